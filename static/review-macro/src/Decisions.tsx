import DynamicTable from '@atlaskit/dynamic-table';
import type { Column, Translator } from '../../common';
import { TitledSection, tableOf, useI18n } from '../../common';
import { muted } from '../../common/styles';
import type { ConfiguredReviewView } from '../../../src/ui-contract/review-macro-view';
import type { PersonView } from '../../../src/ui-contract/wire-shapes';
import { AddDecision } from './AddDecision';
import { IssueKeyLink } from '../../common/IssueKeyLink';
import { decisionKindLabel } from './review-words';

type Decision = ConfiguredReviewView['decisions'][number];

const columns = ({ t, date }: Translator): Column<Decision>[] => [
  { key: 'description', title: t('review.decisions.decision'), cell: (d) => d.description },
  { key: 'kind', title: t('review.decisions.kind'), cell: (d) => decisionKindLabel(t, d.kind) },
  { key: 'owner', title: t('review.owner'), cell: (d) => d.owner?.displayName ?? '—' },
  { key: 'due', title: t('review.due'), cell: (d) => (d.dueDate ? date(d.dueDate) : '—') },
  {
    key: 'action',
    title: t('review.decisions.action'),
    cell: (d) =>
      d.actionKey ? (
        <IssueKeyLink issueKey={d.actionKey} />
      ) : (
        <span style={muted}>{t('review.decisions.notCreated')}</span>
      ),
  },
];

/** "Decision recorded as AIMS Action AIMS-12.", the key a link to the issue. */
function DecisionAdded({ actionKey }: { actionKey: string }) {
  const { t } = useI18n();
  const [before, after] = t('review.decisions.added').split('{key}');
  return (
    <p role="status" data-testid="decision-added">
      {before}
      <IssueKeyLink issueKey={actionKey} />
      {after}
    </p>
  );
}

/** 9.3.3: the decisions of the review; each one becomes an AIMS Action in Jira. */
export function Decisions({
  view,
  people,
  lastAdded,
  onAdded,
}: {
  view: ConfiguredReviewView;
  people: readonly PersonView[];
  /** The action key of the decision added last (kept by the parent across reloads). */
  lastAdded: string | undefined;
  onAdded: (actionKey: string) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const editable = view.state === 'draft' && view.editBlockers.length === 0;
  return (
    <TitledSection titleId="decisions" title={t('review.decisions.title')} testId="decisions">
      <DynamicTable
        label={t('review.decisions.label')}
        {...tableOf(columns(i18n), view.decisions, (d, i) => d.id ?? String(i))}
        emptyView={<p style={muted}>{t('review.decisions.empty')}</p>}
      />
      {lastAdded && <DecisionAdded actionKey={lastAdded} />}
      {editable && <AddDecision people={people} onAdded={onAdded} />}
    </TitledSection>
  );
}
