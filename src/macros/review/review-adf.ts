/**
 * The Management Review as ADF, for Confluence's PDF/Word export: the same content as the
 * Custom UI — held/draft status, inputs 9.3.2 a–e with their figures and trends, attendees and
 * decisions 9.3.3 with their Jira actions.
 */
import { doc, heading, p, strong, text } from '@atlaskit/adf-utils/builders';
import { FINDING_GRADES } from '../../domain/records/audit-finding';
import type { TrackedItemTrends } from '../../domain/review';
import { cell, note, tableOf } from '../adf-blocks';
import { DECISION_KIND_LABELS, GRADE_LABELS } from '../../ui-contract/review-labels';
import { reviewContextAdf } from './review-context-adf';
import type { ReviewView } from './review-view';

type Block = Parameters<typeof doc>[number];

const valueCell = (value: string | number) => cell(text(String(value) || '—'));
const grid = (headers: string[], rows: (string | number)[][]) =>
  tableOf(
    headers,
    rows.map((r) => r.map(valueCell)),
  );
const para = (value: string) => p(text(value));

function lines(value: string): ReturnType<typeof p>[] {
  const list = value
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return list.length ? list.map(para) : [para('Nothing entered.')];
}

function trendBlocks(label: string, t: TrackedItemTrends): Block[] {
  return [
    heading({ level: 4 })(text(label)),
    para(
      `Opened ${t.opened}, closed ${t.closed}, overdue ${t.overdue}, open at the end of the period ${t.openAtEnd}.`,
    ),
    grid(
      ['Month', 'Opened', 'Closed', 'Overdue'],
      t.byMonth.map((m) => [m.month, m.opened, m.closed, m.overdue]),
    ),
    ...(t.bySource.length
      ? [
          grid(
            ['Source', 'Opened', 'Closed', 'Overdue'],
            t.bySource.map((s) => [s.source, s.opened, s.closed, s.overdue]),
          ),
        ]
      : []),
  ];
}

export function reviewViewToAdf(view: ReviewView) {
  if (!view.configured) return reviewMessageAdf(view.message);
  const title = heading({ level: 2 })(text(view.title));
  const periodLine = para(
    `Period ${view.period.start} to ${view.period.end} · Jira project ${view.projectKey}`,
  );
  if (view.state === 'tampered') {
    return doc(
      title,
      periodLine,
      note(
        'error',
        `The held record of this review was altered after it was recorded and cannot be trusted: ${view.integrityProblems.join('; ')}`,
      ),
    );
  }
  const status = view.held
    ? note(
        'success',
        `Held — recorded by ${view.held.heldBy.displayName} at ${view.held.heldAt}` +
          `${view.held.pageVersion ? ` (page version ${view.held.pageVersion})` : ''}. Content hash ${view.held.contentHash}.`,
      )
    : note(
        'info',
        'Draft — the inputs below are live from Jira and will be frozen when the review is recorded as held.',
      );
  const blocks: Block[] = [];
  const inputs = view.inputs;
  if (inputs) {
    const name = (id: string | null) => (id ? (view.names[id] ?? id) : '—');
    blocks.push(
      heading({ level: 3 })(text('Inputs (9.3.2)')),
      heading({ level: 4 })(text('a) Status of actions from previous reviews')),
      ...(inputs.a.actions.length
        ? [
            para(
              `${inputs.a.total} actions: ${inputs.a.done} done, ${inputs.a.open} open, ${inputs.a.overdue} overdue.`,
            ),
            grid(
              ['Action', 'Summary', 'Status', 'Owner', 'Due', 'Overdue'],
              inputs.a.actions.map((a) => [
                a.key,
                a.summary ?? '',
                a.status,
                name(a.ownerAccountId),
                a.dueDate ?? '',
                a.overdue ? 'Yes' : 'No',
              ]),
            ),
          ]
        : [
            para(
              view.previousReviewPageId
                ? 'No actions from the previous review are visible to you.'
                : 'No previous review is configured.',
            ),
          ]),
      heading({ level: 4 })(text('b) Changes in external and internal issues')),
      ...reviewContextAdf(view.contextChanges, 'issues'),
      ...lines(view.entered.externalInternalIssues),
      heading({ level: 4 })(text('c) Changes in needs and expectations of interested parties')),
      ...reviewContextAdf(view.contextChanges, 'parties'),
      ...lines(view.entered.interestedParties),
      heading({ level: 4 })(text('d) AIMS performance')),
      ...trendBlocks('Nonconformities', inputs.d.nonconformities),
      ...trendBlocks('Corrective actions', inputs.d.correctiveActions),
      heading({ level: 4 })(text('Audit results by grade')),
      grid(
        ['Month', ...FINDING_GRADES.map((g) => GRADE_LABELS[g])],
        [
          ...inputs.d.auditResults.byMonth.map((m) => [
            m.month,
            ...FINDING_GRADES.map((g) => m.byGrade[g]),
          ]),
          ['Total', ...FINDING_GRADES.map((g) => inputs.d.auditResults.byGrade[g])],
        ],
      ),
      heading({ level: 4 })(text('Risk levels (open risks)')),
      grid(
        ['Level', 'Risks'],
        [
          ...inputs.d.riskLevels.bands.map((b) => [b.label, b.count]),
          ['Not assessed', inputs.d.riskLevels.notAssessed],
        ],
      ),
      heading({ level: 4 })(text('Statement of Applicability')),
      para(
        inputs.d.soa
          ? `${inputs.d.soa.implemented} of ${inputs.d.soa.applicable} applicable controls implemented (${inputs.d.soa.implementedPercent ?? 0}%).`
          : 'No applicable controls are recorded.',
      ),
      heading({ level: 4 })(text('e) Opportunities for improvement')),
      ...(inputs.e.opportunities.length
        ? [
            grid(
              ['Item', 'Summary', 'Origin', 'Open'],
              inputs.e.opportunities.map((o) => [
                o.key,
                o.summary ?? '',
                o.origin === 'audit-finding' ? 'Audit finding' : 'Improvement item',
                o.open ? 'Yes' : 'No',
              ]),
            ),
          ]
        : [para('No opportunities for improvement recorded.')]),
    );
  }
  blocks.push(
    heading({ level: 3 })(text('Attendees')),
    para(
      view.attendees.length
        ? view.attendees.map((a) => a.displayName).join(', ')
        : 'None recorded.',
    ),
    heading({ level: 3 })(text('Decisions (9.3.3)')),
    view.decisions.length
      ? grid(
          ['Decision', 'Kind', 'Owner', 'Due', 'AIMS Action'],
          view.decisions.map((d) => [
            d.description,
            DECISION_KIND_LABELS[d.kind],
            d.owner?.displayName ?? '',
            d.dueDate ?? '',
            d.actionKey ?? '',
          ]),
        )
      : para('No decisions recorded.'),
  );
  return doc(title, periodLine, status, ...blocks);
}

/** A short message in place of the review (not configured, or the export could not run). */
export function reviewMessageAdf(message: string) {
  return doc(p(strong(text('Management review: ')), text(message)));
}
