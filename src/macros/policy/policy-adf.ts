/**
 * The AI Policy macro as ADF, for Confluence's PDF/Word export: the same content as the
 * Custom UI — document-control table, clause 5.2 checklist, AI objectives.
 */
import {
  doc,
  heading,
  p,
  status,
  strong,
  table,
  tableRow,
  text,
} from '@atlaskit/adf-utils/builders';
import type { AdfInline } from '../adf-blocks';
import { cell, headerCell, moreInJiraParagraph, note, personInline } from '../adf-blocks';
import type { PolicyView } from './policy-view';

const row = (label: string, ...value: AdfInline[]) =>
  tableRow([cell(strong(text(label))), cell(...value)]);

const STATUS_COLOURS = {
  draft: 'neutral',
  'in-review': 'blue',
  approved: 'green',
  superseded: 'purple',
} as const;

function statusText(view: PolicyView): AdfInline[] {
  const lozenge = status({
    text: view.statusName.toUpperCase(),
    color: STATUS_COLOURS[view.status],
    localId: `policy-status-${view.page.id}`,
  });
  if (view.changedSinceApproval && view.approval) {
    return [lozenge, text(` Changed since approved version ${view.approval.approvedVersion}`)];
  }
  return [lozenge];
}

function policyReviewText(view: PolicyView): string {
  const date = view.review.nextReviewDate;
  if (!date) return `Every ${view.reviewIntervalMonths} months; not scheduled until approved`;
  if (view.review.state === 'overdue')
    return `${date} (overdue by ${view.review.daysOverdue} days)`;
  if (view.review.state === 'due') return `${date} (due today)`;
  return `${date} (every ${view.reviewIntervalMonths} months)`;
}

export function policyViewToAdf(view: PolicyView, siteUrl: string) {
  const approval: AdfInline[] = view.approval
    ? [
        personInline(view.approval.approver),
        text(
          `, ${view.approval.approvedAt.slice(0, 16).replace('T', ' ')} UTC, page version ${view.approval.approvedVersion}`,
        ),
      ]
    : [text('Not approved yet')];
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
    row('Next review', text(policyReviewText(view))),
  );
  const checklist = table(
    tableRow([
      headerCell('Clause 5.2: the AI policy'),
      headerCell('Covered'),
      headerCell('Where the page covers it'),
    ]),
    ...view.checklist.map((item) =>
      tableRow([
        cell(text(item.name)),
        cell(text(item.covered ? 'Yes' : 'No')),
        cell(text(item.where ?? '—')),
      ]),
    ),
  );
  const objectives: Parameters<typeof doc>[number][] = view.objectives.available
    ? view.objectives.items.length > 0
      ? [
          table(
            tableRow(
              ['Key', 'Objective', 'Status', 'AI objective area', 'Measure and target', 'Due'].map(
                headerCell,
              ),
            ),
            ...view.objectives.items.map((o) =>
              tableRow([
                cell(text(o.key)),
                cell(text(o.summary)),
                cell(text(o.statusName)),
                cell(text(o.annexCObjective ?? '—')),
                cell(text(o.measure ?? '—')),
                cell(text(o.dueDate ?? '—')),
              ]),
            ),
          ),
        ]
      : [p(text(`No AI objectives in project ${view.objectives.projectKey} that you can see.`))]
    : [p(text(view.objectives.message))];
  if (view.objectives.available && view.objectives.more) {
    objectives.push(
      moreInJiraParagraph(
        view.objectives.items.length,
        view.objectives.more,
        'AI objectives',
        siteUrl,
      ),
    );
  }
  const warnings = [
    ...(view.changedSinceApproval && view.approval
      ? [
          note(
            'warning',
            `This page changed since approved version ${view.approval.approvedVersion}; the current text is not approved.`,
          ),
        ]
      : []),
    ...(view.review.state === 'overdue'
      ? [note('error', `The policy review is overdue since ${view.review.nextReviewDate}.`)]
      : []),
  ];
  return doc(
    heading({ level: 3 })(text('Document control (ISO/IEC 42001 7.5)')),
    ...warnings,
    control,
    heading({ level: 3 })(text('AI policy elements (ISO/IEC 42001 5.2)')),
    checklist,
    heading({ level: 3 })(text('AI objectives (ISO/IEC 42001 6.2)')),
    ...objectives,
  );
}

/** The export shown in place of a macro that is not configured. */
export function notConfiguredAdf(message: string) {
  return doc(note('warning', message));
}
