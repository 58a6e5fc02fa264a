import DynamicTable from '@atlaskit/dynamic-table';
import Lozenge from '@atlaskit/lozenge';
import type { ThemeAppearance } from '@atlaskit/lozenge';
import type { Column } from '../../common';
import { tableOf } from '../../common';
import type { ProvisioningChange } from './admin-schemas';

const ACTION: Record<ProvisioningChange['action'], { text: string; appearance: ThemeAppearance }> =
  {
    create: { text: 'Create', appearance: 'new' },
    update: { text: 'Update', appearance: 'moved' },
    adopt: { text: 'Adopt existing', appearance: 'default' },
  };

const COLUMNS: Column<ProvisioningChange>[] = [
  {
    key: 'step',
    title: 'Step',
    width: 14,
    cell: (c) => <span style={{ whiteSpace: 'nowrap' }}>{c.step}</span>,
  },
  {
    key: 'action',
    title: 'Action',
    width: 14,
    cell: (c) => (
      <Lozenge appearance={ACTION[c.action].appearance}>{ACTION[c.action].text}</Lozenge>
    ),
  },
  { key: 'target', title: 'Target', width: 36, cell: (c) => c.target },
  { key: 'detail', title: 'Detail', width: 36, cell: (c) => c.detail ?? '' },
];

/** Provisioning changes (planned or made): step, action, target, detail; 25 a page. */
export function ChangeTable({
  changes,
  label,
  testId,
}: {
  changes: readonly ProvisioningChange[];
  label: string;
  testId: string;
}) {
  return (
    <div data-testid={testId}>
      <DynamicTable
        label={label}
        {...tableOf(COLUMNS, changes, (_c, i) => `${i}`)}
        rowsPerPage={25}
      />
    </div>
  );
}
