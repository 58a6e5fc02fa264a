import type { CSSProperties } from 'react';
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import { router } from '@forge/bridge';
import type { PanelIssueRef } from '../../../src/ui-contract/issue-panel-view';
import { useI18n } from '../../common';

const issueLink: CSSProperties = {
  color: token('color.link'),
  fontWeight: token('font.weight.medium'),
  textDecoration: 'none',
};

/** A link to another issue that the host product opens (router.navigate), keyboard usable. */
export function IssueLink({ issue }: { issue: Pick<PanelIssueRef, 'key' | 'summary'> }) {
  return (
    <a
      href={`/browse/${encodeURIComponent(issue.key)}`}
      style={issueLink}
      title={issue.summary}
      onClick={(e) => {
        e.preventDefault();
        void router.navigate({ target: 'issue', issueKey: issue.key });
      }}
    >
      {issue.key}
    </a>
  );
}

const APPEARANCE: Record<string, 'default' | 'inprogress' | 'success'> = {
  new: 'default',
  indeterminate: 'inprogress',
  done: 'success',
};

/** A Jira status as Jira shows it: a lozenge coloured by status category. */
export function StatusLozenge({
  issue,
}: {
  issue: Pick<PanelIssueRef, 'statusName' | 'statusCategory'>;
}) {
  const { t } = useI18n();
  return (
    <Lozenge appearance={APPEARANCE[issue.statusCategory] ?? 'default'}>
      {issue.statusName || t('panel.unknownStatus')}
    </Lozenge>
  );
}
