/**
 * The Management Review as ADF, for Confluence's PDF/Word export: the same content as the
 * Custom UI — held/draft status, inputs 9.3.2 a–e with their figures and trends, attendees and
 * decisions 9.3.3 with their Jira actions.
 */
import { doc, heading, p, strong, text } from '@atlaskit/adf-utils/builders';
import { FINDING_GRADES } from '../../domain/records/audit-finding';
import type { TrackedItemTrends } from '../../domain/review';
import { cell, moreInJiraParagraph, note, personInline, sealNote, tableOf } from '../adf-blocks';
import { liveDataNote } from '../macro-export';
import {
  COUNTED_BY_JIRA,
  DECISION_KIND_LABELS,
  GRADE_LABELS,
  exportLeavesOutSentence,
  heldCountsSentence,
  competenceFiguresText,
  competenceGapLines,
  incidentFiguresText,
  policyAwarenessLines,
} from '../../ui-contract/review-labels';
import { reviewContextAdf } from './review-context-adf';
import type { ReviewView } from './review-view';

type Block = Parameters<typeof doc>[number];

type Person = { accountId: string; displayName: string };
type Value = string | number | Person;

const valueCell = (value: Value) =>
  typeof value === 'object' ? cell(personInline(value)) : cell(text(String(value) || '—'));
const grid = (headers: string[], rows: Value[][]) =>
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

function trendBlocks(
  label: string,
  t: TrackedItemTrends,
  overdueJql: string | null,
  siteUrl: string,
): Block[] {
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
    ...(t.overdueItems.length
      ? [
          grid(
            ['Overdue', 'Summary', 'Due'],
            t.overdueItems.map((i) => [i.key, i.summary ?? '', i.dueDate]),
          ),
          ...(t.overdue > t.overdueItems.length
            ? [
                moreInJiraParagraph(
                  t.overdueItems.length,
                  { total: t.overdue, jql: overdueJql },
                  'overdue items',
                  siteUrl,
                ),
              ]
            : []),
        ]
      : []),
  ];
}

export function reviewViewToAdf(view: ReviewView, siteUrl: string) {
  if (!view.configured) return reviewMessageAdf(view.message);
  const title = heading({ level: 2 })(text(view.title));
  const periodLine = para(
    `Period ${view.period.start} to ${view.period.end} · Jira project ${view.projectKey}`,
  );
  const seal = view.seal ? [sealNote(view.seal)] : [];
  if (view.state === 'tampered') {
    return doc(
      title,
      periodLine,
      ...seal,
      note(
        'error',
        `The held record of this review was altered after it was recorded and cannot be trusted: ${view.integrityProblems.join('; ')}`,
      ),
    );
  }
  const status = view.held
    ? note(
        'success',
        text('Held — recorded by '),
        personInline(view.held.heldBy),
        text(
          ` at ${view.held.heldAt}` +
            `${view.held.pageVersion ? ` (page version ${view.held.pageVersion})` : ''}. Content hash ${view.held.contentHash}.` +
            (view.held.hiddenItems ? ` ${exportLeavesOutSentence(view.held.hiddenItems)}` : '') +
            ` ${heldCountsSentence('', view.held.heldAt, view.held.countedUnseen)}`,
        ),
      )
    : view.inputs
      ? note(
          'info',
          text(
            'Draft — the inputs below are live from Jira and will be frozen when the review is recorded as held.',
          ),
        )
      : note('info', text('Draft — not recorded as held yet.'));
  const blocks: Block[] = [];
  const inputs = view.inputs;
  if (!inputs && !view.held) {
    blocks.push(liveDataNote('While the review is a draft, its inputs (9.3.2 a–e)'));
  }
  const searches = view.searches;
  if (inputs) {
    const name = (id: string | null): Value =>
      id ? { accountId: id, displayName: view.names[id] ?? '' } : '—';
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
            ...(inputs.a.total > inputs.a.actions.length
              ? [
                  moreInJiraParagraph(
                    inputs.a.actions.length,
                    { total: inputs.a.total, jql: searches?.previousActions ?? null },
                    'actions',
                    siteUrl,
                  ),
                ]
              : []),
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
      ...trendBlocks(
        'Nonconformities',
        inputs.d.nonconformities,
        searches?.overdueNonconformities ?? null,
        siteUrl,
      ),
      ...trendBlocks(
        'Corrective actions',
        inputs.d.correctiveActions,
        searches?.overdueCorrectiveActions ?? null,
        siteUrl,
      ),
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
      para(COUNTED_BY_JIRA),
      heading({ level: 4 })(text('Risk levels (open risks)')),
      grid(
        ['Level', 'Risks'],
        [
          ...inputs.d.riskLevels.bands.map((b) => [b.label, b.count]),
          ['Not assessed', inputs.d.riskLevels.notAssessed],
        ],
      ),
      para(COUNTED_BY_JIRA),
      heading({ level: 4 })(text('Monitoring and measurement results (9.3.2 d) 2)')),
      ...(inputs.d.monitoring && inputs.d.monitoring.length > 0
        ? [
            grid(
              ['KPI', 'Target', 'Latest result', 'Previous result', 'Owner'],
              inputs.d.monitoring.map((k) => [
                k.name,
                k.target,
                k.latest ? `${k.latest.value} (${k.latest.on})` : 'None recorded',
                k.previous ? `${k.previous.value} (${k.previous.on})` : 'None recorded',
                k.owner,
              ]),
            ),
          ]
        : [
            para(
              inputs.d.monitoring
                ? 'The monitoring register has no KPI yet.'
                : 'Not part of this review.',
            ),
          ]),
      heading({ level: 4 })(text('Statement of Applicability')),
      para(
        inputs.d.soa
          ? `${inputs.d.soa.implemented} of ${inputs.d.soa.applicable} applicable controls implemented (${inputs.d.soa.implementedPercent ?? 0}%).`
          : 'No applicable controls are recorded.',
      ),
      heading({ level: 4 })(text('AI incidents (A.8.4)')),
      para(incidentFiguresText(inputs.d.incidents)),
      heading({ level: 4 })(text('Competence (7.2, A.4.6)')),
      para(competenceFiguresText(inputs.d.competence)),
      ...competenceGapLines(inputs.d.competence?.gaps).map(para),
      heading({ level: 4 })(text('Awareness of the AI policy (7.3)')),
      ...policyAwarenessLines(inputs.d.policyAwareness).map(para),
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
            ...((inputs.e.total ?? 0) > inputs.e.opportunities.length
              ? [
                  moreInJiraParagraph(
                    inputs.e.opportunities.length,
                    { total: inputs.e.total ?? 0, jql: searches?.opportunities ?? null },
                    'opportunities',
                    siteUrl,
                  ),
                ]
              : []),
          ]
        : [para('No opportunities for improvement recorded.')]),
    );
  }
  blocks.push(
    heading({ level: 3 })(text('Attendees')),
    view.attendees.length
      ? p(...view.attendees.flatMap((a, i) => [...(i ? [text(', ')] : []), personInline(a)]))
      : para('None recorded.'),
    heading({ level: 3 })(text('Decisions (9.3.3)')),
    view.decisions.length
      ? grid(
          ['Decision', 'Kind', 'Owner', 'Due', 'AIMS Action'],
          view.decisions.map((d) => [
            d.description,
            DECISION_KIND_LABELS[d.kind],
            d.owner ?? '',
            d.dueDate ?? '',
            d.actionKey ?? '',
          ]),
        )
      : para('No decisions recorded.'),
  );
  return doc(title, periodLine, ...seal, status, ...blocks);
}

/** A short message in place of the review (not configured, or the export could not run). */
export function reviewMessageAdf(message: string) {
  return doc(p(strong(text('Management review: ')), text(message)));
}
