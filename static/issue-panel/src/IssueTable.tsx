import type { ReactNode } from 'react';
import DynamicTable from '@atlaskit/dynamic-table';
import { IssueLink, StatusLozenge } from './IssueLink';
import type { PanelIssueRef } from '../../../src/ui-contract/issue-panel-view';
import { muted } from '../../common/styles';

export interface ExtraColumn<T> {
  key: string;
  title: string;
  cell: (row: T) => ReactNode;
}

/** A labelled table of issues: key, summary, status and any extra columns. */
export function IssueTable<T extends PanelIssueRef>({
  label,
  rows,
  columns = [],
  empty,
  testId,
}: {
  label: string;
  rows: readonly T[];
  columns?: readonly ExtraColumn<T>[];
  empty: string;
  testId?: string;
}) {
  if (rows.length === 0)
    return (
      <p style={muted} data-testid={testId}>
        {empty}
      </p>
    );
  return (
    <div data-testid={testId}>
      <DynamicTable
        label={label}
        head={{
          cells: [
            { key: 'key', content: 'Key' },
            { key: 'summary', content: 'Summary' },
            { key: 'status', content: 'Status' },
            ...columns.map((c) => ({ key: c.key, content: c.title })),
          ],
        }}
        rows={rows.map((r) => ({
          key: r.key,
          cells: [
            { key: 'key', content: <IssueLink issue={r} /> },
            { key: 'summary', content: r.summary },
            { key: 'status', content: <StatusLozenge issue={r} /> },
            ...columns.map((c) => ({ key: c.key, content: c.cell(r) })),
          ],
        }))}
      />
    </div>
  );
}
