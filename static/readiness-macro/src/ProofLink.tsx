import { issueSearchPath } from '../../../src/ui-contract/issue-search-link';
import type { ReadinessProof } from '../../../src/ui-contract/readiness-macro-view';
import { JiraSearchLink, useI18n } from '../../common';
import { ConfluencePageLink } from '../../common/ConfluencePageLink';

/** What proves an item: its page in Confluence, or its search in Jira (opened by the host). */
export function ProofLink({ proof }: { proof: ReadinessProof }) {
  const { t } = useI18n();
  if (proof.kind === 'jql')
    return (
      <JiraSearchLink jql={proof.jql}>
        {t('readiness.item.inJira', { label: proof.label })}
      </JiraSearchLink>
    );
  return <ConfluencePageLink pageId={proof.pageId} title={proof.title} testId="proof-page" />;
}

export { issueSearchPath };
