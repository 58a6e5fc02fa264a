import { KeyValueTable } from '../../common';
import type { PanelFact } from '../../../src/ui-contract/issue-panel-view';

/** Recorded facts of a record, by the names Jira shows ("Not recorded" when empty). */
export function FactsTable({
  label,
  facts,
  testId,
}: {
  label: string;
  facts: readonly PanelFact[];
  testId: string;
}) {
  return (
    <KeyValueTable
      plain
      label={label}
      rows={facts.map((f) => [f.label, f.value])}
      testId={testId}
    />
  );
}
