import DynamicTable from '@atlaskit/dynamic-table';
import SectionMessage from '@atlaskit/section-message';
import type { Column, Translator } from '../../common';
import { tableOf, useI18n } from '../../common';
import type { ImportResult } from './admin-schemas';

type T = Translator['t'];

/** A problem the server found in one row (or one finding of a webhook body), by its number. */
export interface RowProblem {
  kind: 'row' | 'finding';
  number: number;
  problem: string;
}

export type Outcome =
  | { kind: 'result'; result: ImportResult }
  | { kind: 'refused'; error: string; rows: RowProblem[]; other: string[] };

type Finding = ImportResult['findings'][number];

const rowName = (t: T, r: RowProblem): string =>
  r.kind === 'row'
    ? t('admin.import.row', { number: r.number })
    : t('admin.import.finding', { number: r.number });

const rowProblemColumns = (t: T): Column<RowProblem>[] => [
  { key: 'row', title: t('admin.import.column.row'), cell: (r) => rowName(t, r) },
  { key: 'problem', title: t('admin.import.column.problem'), cell: (r) => r.problem },
];

const keyColumn = (t: T): Column<Finding> => ({
  key: 'key',
  title: t('admin.import.column.key'),
  cell: (f) => f.key ?? '',
});
const findingColumns = (t: T): Column<Finding>[] => [
  { key: 'summary', title: t('admin.import.column.summary'), cell: (f) => f.summary },
  { key: 'grade', title: t('admin.import.column.grade'), cell: (f) => f.grade },
  { key: 'reference', title: t('admin.import.column.reference'), cell: (f) => f.isoReference },
  { key: 'audit', title: t('admin.import.column.audit'), cell: (f) => f.auditKey },
];

/** What an import or a check did: the findings (to be) created, or why none was. */
export function ImportOutcome({ outcome }: { outcome: Outcome }) {
  const { t, tn } = useI18n();
  if (outcome.kind === 'refused') {
    return (
      <div data-testid="import-refused" style={{ display: 'contents' }}>
        <div role="alert">
          <SectionMessage appearance="error" title={t('admin.import.noneCreated')}>
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
                ? t('admin.import.correctRows')
                : t('admin.import.correctFile')}
            </p>
          </SectionMessage>
        </div>
        {outcome.rows.length > 0 && (
          <div data-testid="import-row-errors">
            <DynamicTable
              label={t('admin.import.problemsByRow')}
              {...tableOf(rowProblemColumns(t), outcome.rows, (_r, i) => `${i}`)}
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
              ? tn('admin.import.valid', n)
              : tn('admin.import.imported', n, { keys: created.join(', ') })}
          </p>
        </SectionMessage>
      </div>
      <DynamicTable
        label={result.dryRun ? t('admin.import.wouldCreate') : t('admin.import.created')}
        {...tableOf(
          result.dryRun ? findingColumns(t) : [keyColumn(t), ...findingColumns(t)],
          result.findings,
          (_f, i) => `${i}`,
        )}
      />
    </div>
  );
}
