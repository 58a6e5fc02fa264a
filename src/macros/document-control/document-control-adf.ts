/**
 * The document-control part of a controlled document's export (ADF, for Confluence's PDF/Word
 * export): the warnings an auditor must not miss, and the table of identification, status,
 * approval and next review — the same content as the macro shows.
 */
import { status, strong, table, tableRow, text } from '@atlaskit/adf-utils/builders';
import type { DocumentControlView } from '../../ui-contract/document-control-view';
import type { AdfInline } from '../adf-blocks';
import { cell, note, personInline, sealNote } from '../adf-blocks';

const row = (label: string, ...value: AdfInline[]) =>
  tableRow([cell(strong(text(label))), cell(...value)]);

const STATUS_COLOURS = {
  draft: 'neutral',
  'in-review': 'blue',
  approved: 'green',
  superseded: 'purple',
} as const;

function statusText(view: DocumentControlView): AdfInline[] {
  const lozenge = status({
    text: view.statusName.toUpperCase(),
    color: STATUS_COLOURS[view.status],
    localId: `document-status-${view.page.id}`,
  });
  if (view.changedSinceApproval && view.approval) {
    return [lozenge, text(` Changed since approved version ${view.approval.approvedVersion}`)];
  }
  return [lozenge];
}

function nextReviewText(view: DocumentControlView): string {
  const date = view.review.nextReviewDate;
  if (!date) return `Every ${view.reviewIntervalMonths} months; not scheduled until approved`;
  if (view.review.state === 'overdue')
    return `${date} (overdue by ${view.review.daysOverdue} days)`;
  if (view.review.state === 'due') return `${date} (due today)`;
  return `${date} (every ${view.reviewIntervalMonths} months)`;
}

export interface DocumentControlWords {
  /** What is not approved once the document changed: "the current text". */
  unapproved: string;
  /** The document's review: "policy review". */
  reviewName: string;
}

export function documentControlAdf(view: DocumentControlView, words: DocumentControlWords) {
  // People by name when the view knows it, else mentioned (an export has no reader).
  const approval: AdfInline[] = view.approval
    ? [
        personInline(view.approval.approver),
        text(
          `, ${view.approval.approvedAt.slice(0, 16).replace('T', ' ')} UTC, page version ${view.approval.approvedVersion}`,
        ),
      ]
    : [text('Not approved yet')];
  const warnings = [
    ...(view.seal ? [sealNote(view.seal)] : []),
    ...(view.changedSinceApproval && view.approval
      ? [
          note(
            'warning',
            text(
              `This page changed since approved version ${view.approval.approvedVersion}; ${words.unapproved} is not approved.`,
            ),
          ),
        ]
      : []),
    ...(view.review.state === 'overdue'
      ? [
          note(
            'error',
            text(`The ${words.reviewName} is overdue since ${view.review.nextReviewDate}.`),
          ),
        ]
      : []),
  ];
  const control = table(
    row('Document ID', text(view.documentReference)),
    row('Title', text(view.page.title)),
    row(
      'Page version',
      text(
        `${view.page.viewedVersion}${view.page.isCurrent ? ' (current)' : ` of ${view.page.currentVersion}`}`,
      ),
    ),
    row('Owner', view.owner ? personInline(view.owner) : text('No owner set yet')),
    row('Status', ...statusText(view)),
    row('Approval', ...approval),
    row('Next review', text(nextReviewText(view))),
  );
  return { warnings, control };
}
