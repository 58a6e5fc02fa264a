import DynamicTable from '@atlaskit/dynamic-table';
import { REQUIREMENT_GROUPS } from '../../src/domain/catalog/requirements';
import type { Column } from './table-of';
import { tableOf } from './table-of';

/**
 * Rows about ISO/IEC 42001 requirements, one table per group (clauses 4–10, then the Annex A
 * objectives) captioned with the group; groups with no row are left out.
 */
export function RequirementTables<T extends { ref: string; group: string }>({
  rows,
  columns,
}: {
  rows: readonly T[];
  columns: readonly Column<T>[];
}) {
  return (
    <>
      {REQUIREMENT_GROUPS.map((g) => {
        const groupRows = rows.filter((r) => r.group === g.ref);
        if (groupRows.length === 0) return null;
        const table = tableOf(columns, groupRows, (r) => r.ref);
        return (
          <DynamicTable
            key={g.ref}
            caption={`${g.ref} ${g.title}`}
            label={`${g.ref} ${g.title}`}
            head={table.head}
            rows={table.rows}
          />
        );
      })}
    </>
  );
}
