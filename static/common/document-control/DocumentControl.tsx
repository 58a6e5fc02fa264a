import type { ReactNode } from 'react';
import Lozenge from '@atlaskit/lozenge';
import type { ThemeAppearance } from '@atlaskit/lozenge';
import type { DocumentControlView } from '../../../src/ui-contract/document-control-view';
import { KeyValueTable } from '../KeyValueTable';
import { useI18n } from '../i18n/I18nProvider';
import type { Translator } from '../i18n/translator';

const STATUS_APPEARANCE: Record<DocumentControlView['status'], ThemeAppearance> = {
  draft: 'default',
  'in-review': 'inprogress',
  approved: 'success',
  superseded: 'removed',
};

const STATUS_NAMES: Record<DocumentControlView['status'], (t: Translator['t']) => string> = {
  draft: (t) => t('common.document.status.draft'),
  'in-review': (t) => t('common.document.status.inReview'),
  approved: (t) => t('common.document.status.approved'),
  superseded: (t) => t('common.document.status.superseded'),
};

function nextReview({ t, tn, date }: Translator, view: DocumentControlView): string {
  const next = view.review.nextReviewDate;
  if (!next) return t('common.document.control.notSet');
  if (view.review.state === 'overdue')
    return tn('common.document.control.overdue', view.review.daysOverdue, { date: date(next) });
  if (view.review.state === 'due')
    return t('common.document.control.dueToday', { date: date(next) });
  return date(next);
}

/** The document-control block (7.5.2 identification, review and approval). */
export function DocumentControl({ view }: { view: DocumentControlView }) {
  const i18n = useI18n();
  const { t, tn } = i18n;
  const rows: [string, ReactNode][] = [
    [t('common.document.control.reference'), view.documentReference],
    [t('common.document.control.title'), view.page.title],
    [
      t('common.document.control.pageVersion'),
      view.page.isCurrent
        ? t('common.document.control.current', { version: view.page.viewedVersion })
        : t('common.document.control.notCurrent', {
            version: view.page.viewedVersion,
            current: view.page.currentVersion,
          }),
    ],
    [
      t('common.document.control.owner'),
      view.owner?.displayName ?? t('common.document.control.noOwner'),
    ],
    [
      t('common.document.control.status'),
      <span data-testid="document-status">
        <Lozenge appearance={STATUS_APPEARANCE[view.status]}>
          {STATUS_NAMES[view.status](t)}
        </Lozenge>
        {view.changedSinceApproval && view.approval && (
          <span>
            {' '}
            {t('common.document.control.changedSince', {
              version: view.approval.approvedVersion,
            })}
          </span>
        )}
      </span>,
    ],
    [
      t('common.document.control.approved'),
      view.approval
        ? t('common.document.control.approvedBy', {
            name: view.approval.approver.displayName,
            date: i18n.dateTime(view.approval.approvedAt),
            version: view.approval.approvedVersion,
          })
        : t('common.document.control.notApproved'),
    ],
    [
      t('common.document.control.interval'),
      tn('common.document.control.months', view.reviewIntervalMonths),
    ],
    [t('common.document.control.nextReview'), nextReview(i18n, view)],
  ];
  return (
    <KeyValueTable
      label={t('common.document.control.label')}
      rows={rows}
      testId="document-control"
    />
  );
}
