import type { PanelIssueRef } from '../../../src/ui-contract/issue-panel-view';
import type { IssueTableProps } from './IssueTable';
import { IssueTable } from './IssueTable';
import { PanelSection } from './PanelSection';

/** A titled part of the panel listing issues; the table is named by the title unless labelled. */
export function IssueListSection<T extends PanelIssueRef>({
  title,
  label = title,
  testId,
  ...table
}: Omit<IssueTableProps<T>, 'label'> & { title: string; label?: string; testId: string }) {
  return (
    <PanelSection titleId={`${testId}-title`} title={title}>
      <IssueTable label={label} testId={testId} {...table} />
    </PanelSection>
  );
}
