import DynamicTable from '@atlaskit/dynamic-table';
import { IssueLink, StatusLozenge } from './IssueLink';
import type { PanelIssueRef } from '../../../src/ui-contract/issue-panel-view';
import type { Column, Translator } from '../../common';
import { tableOf, useI18n } from '../../common';
import { muted } from '../../common/styles';

/** Every issue table starts with the issue's key (a link), summary and status. */
const issueColumns = (t: Translator['t']): readonly Column<PanelIssueRef>[] => [
  { key: 'key', title: t('panel.table.key'), cell: (r) => <IssueLink issue={r} /> },
  { key: 'summary', title: t('panel.table.summary'), cell: (r) => r.summary },
  { key: 'status', title: t('panel.status'), cell: (r) => <StatusLozenge issue={r} /> },
];

export interface IssueTableProps<T extends PanelIssueRef> {
  label: string;
  rows: readonly T[];
  columns?: readonly Column<T>[];
  /** What the panel says instead of an empty table. */
  empty: string;
  testId?: string;
}

/** Rows a table shows at once; a longer list is paged (every row is there, a page at a time). */
export const ROWS_PER_PAGE = 20;

/** A labelled table of issues: key, summary, status and any extra columns. */
export function IssueTable<T extends PanelIssueRef>({
  label,
  rows,
  columns = [],
  empty,
  testId,
}: IssueTableProps<T>) {
  const { t } = useI18n();
  if (rows.length === 0)
    return (
      <p style={muted} data-testid={testId}>
        {empty}
      </p>
    );
  const paged = rows.length > ROWS_PER_PAGE;
  return (
    <div data-testid={testId}>
      {paged && (
        <p style={muted}>
          {t('panel.table.paged', { count: rows.length, perPage: ROWS_PER_PAGE })}
        </p>
      )}
      <DynamicTable
        label={label}
        {...tableOf([...issueColumns(t), ...columns], rows, (r) => r.key)}
        {...(paged ? { rowsPerPage: ROWS_PER_PAGE, defaultPage: 1 } : {})}
      />
    </div>
  );
}
