import SectionMessage from '@atlaskit/section-message';
import { useI18n } from '../i18n/I18nProvider';
import type { Translator } from '../i18n/translator';
import type { DocumentControlView } from '../../../src/ui-contract/document-control-view';

/** The action a document review opened, when the viewer can see it. */
type ReviewAction = { key: string; statusName: string } | null;

const actionText = (t: Translator['t'], action: ReviewAction): string =>
  action
    ? t('common.document.warnings.reviewAction', { key: action.key, status: action.statusName })
    : '';

/**
 * Warnings an auditor must not miss: an old version, a change since the approval, a review due
 * or overdue, no owner yet (`ownerTask` says what the owner then does), and no document control
 * yet (`startHint` says how the owner starts it).
 */
export function DocumentWarnings({
  view,
  reviewName,
  ownerTask,
  startHint,
  reviewAction = null,
}: {
  view: DocumentControlView;
  /** "Policy review". */
  reviewName: string;
  /** "ticks the clause 5.2 checklist". */
  ownerTask: string;
  startHint: string;
  reviewAction?: ReviewAction;
}) {
  const { t, tn, date } = useI18n();
  return (
    <>
      {!view.page.isCurrent && (
        <SectionMessage
          appearance="information"
          title={t('common.document.warnings.oldVersion', {
            version: view.page.viewedVersion,
            current: view.page.currentVersion,
          })}
        >
          <p>
            {t('common.document.warnings.oldVersionText', { version: view.page.viewedVersion })}
          </p>
        </SectionMessage>
      )}
      {view.changedSinceApproval && view.approval && (
        <div data-testid="changed-since-approval">
          <SectionMessage
            appearance="warning"
            title={t('common.document.warnings.changed', {
              version: view.approval.approvedVersion,
            })}
          >
            <p>
              {t('common.document.warnings.changedText', {
                version: view.approval.approvedVersion,
              })}
            </p>
          </SectionMessage>
        </div>
      )}
      {view.review.state === 'overdue' && (
        <div data-testid="review-overdue">
          <SectionMessage
            appearance="error"
            title={t('common.document.warnings.overdue', { review: reviewName })}
          >
            <p>
              {tn('common.document.warnings.overdueText', view.review.daysOverdue, {
                date: date(view.review.nextReviewDate ?? ''),
              })}
              {actionText(t, reviewAction)}
            </p>
          </SectionMessage>
        </div>
      )}
      {view.review.state === 'due' && (
        <SectionMessage
          appearance="warning"
          title={t('common.document.warnings.due', { review: reviewName })}
        >
          <p>
            {t('common.document.warnings.dueText')}
            {actionText(t, reviewAction)}
          </p>
        </SectionMessage>
      )}
      {view.page.isCurrent && view.owner === null && (
        <div data-testid="no-owner">
          <SectionMessage appearance="warning" title={t('common.document.warnings.noOwner')}>
            <p>{t('common.document.warnings.noOwnerText', { task: ownerTask })}</p>
          </SectionMessage>
        </div>
      )}
      {view.uncontrolled && view.owner !== null && (
        <SectionMessage appearance="information" title={t('common.document.warnings.uncontrolled')}>
          <p>{startHint}</p>
        </SectionMessage>
      )}
    </>
  );
}
