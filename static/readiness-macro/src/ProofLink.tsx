import { router } from '@forge/bridge';
import { issueSearchPath } from '../../../src/ui-contract/issue-search-link';
import type { ReadinessProof } from '../../../src/ui-contract/readiness-macro-view';
import { JiraSearchLink, useI18n } from '../../common';
import { link } from '../../common/styles';

/** What proves an item: its page in Confluence, or its search in Jira (opened by the host). */
export function ProofLink({ proof }: { proof: ReadinessProof }) {
  const { t } = useI18n();
  if (proof.kind === 'jql')
    return (
      <JiraSearchLink jql={proof.jql}>
        {t('readiness.item.inJira', { label: proof.label })}
      </JiraSearchLink>
    );
  return (
    <a
      href={`/wiki/pages/${proof.pageId}`}
      style={{ ...link, textDecoration: 'underline' }}
      data-testid="proof-page"
      onClick={(e) => {
        e.preventDefault();
        void router.navigate({ target: 'contentView', contentId: proof.pageId });
      }}
    >
      {proof.title}
    </a>
  );
}

export { issueSearchPath };
