import DynamicTable from '@atlaskit/dynamic-table';
import SectionMessage from '@atlaskit/section-message';
import type { Column } from '../../common';
import { tableOf } from '../../common';
import type { ImportResult } from './admin-schemas';

interface RowProblem {
  row: string;
  problem: string;
}

export type Outcome =
  | { kind: 'result'; result: ImportResult }
  | { kind: 'refused'; error: string; rows: RowProblem[]; other: string[] };

type Finding = ImportResult['findings'][number];

const ROW_PROBLEM_COLUMNS: Column<RowProblem>[] = [
  { key: 'row', title: 'Row', cell: (r) => r.row },
  { key: 'problem', title: 'Problem', cell: (r) => r.problem },
];

const KEY_COLUMN: Column<Finding> = { key: 'key', title: 'Key', cell: (f) => f.key ?? '' };
const FINDING_COLUMNS: Column<Finding>[] = [
  { key: 'summary', title: 'Summary', cell: (f) => f.summary },
  { key: 'grade', title: 'Grade', cell: (f) => f.grade },
  { key: 'reference', title: 'ISO reference', cell: (f) => f.isoReference },
  { key: 'audit', title: 'Audit', cell: (f) => f.auditKey },
];

/** What an import or a check did: the findings (to be) created, or why none was. */
export function ImportOutcome({ outcome }: { outcome: Outcome }) {
  if (outcome.kind === 'refused') {
    return (
      <div data-testid="import-refused" style={{ display: 'contents' }}>
        <div role="alert">
          <SectionMessage appearance="error" title="No finding was created">
            <p>{outcome.error}</p>
            {outcome.other.length > 0 && (
              <ul>
                {outcome.other.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            )}
            <p>
              {outcome.rows.length > 0
                ? 'The whole file was refused: correct the rows listed below and try again.'
                : 'Correct the file and try again.'}
            </p>
          </SectionMessage>
        </div>
        {outcome.rows.length > 0 && (
          <div data-testid="import-row-errors">
            <DynamicTable
              label="Problems by row"
              {...tableOf(ROW_PROBLEM_COLUMNS, outcome.rows, (_r, i) => `${i}`)}
            />
          </div>
        )}
      </div>
    );
  }
  const { result } = outcome;
  const n = result.findings.length;
  const created = result.findings.flatMap((f) => (f.key ? [f.key] : []));
  return (
    <div
      data-testid={result.dryRun ? 'import-checked' : 'import-done'}
      style={{ display: 'contents' }}
    >
      <div role="status">
        <SectionMessage appearance="success">
          <p>
            {result.dryRun
              ? `${n === 1 ? 'The row is' : `All ${n} rows are`} valid. Nothing has been created yet: choose Import to create ${n === 1 ? 'the finding' : 'the findings'}.`
              : `Imported ${n === 1 ? '1 finding' : `${n} findings`}: ${created.join(', ')}.`}
          </p>
        </SectionMessage>
      </div>
      <DynamicTable
        label={result.dryRun ? 'Findings that would be created' : 'Findings created'}
        {...tableOf(
          result.dryRun ? FINDING_COLUMNS : [KEY_COLUMN, ...FINDING_COLUMNS],
          result.findings,
          (_f, i) => `${i}`,
        )}
      />
    </div>
  );
}
