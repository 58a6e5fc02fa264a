/**
 * The gap analysis as exported (PDF/Word, page history, export_view): everything here is stored
 * on the page itself, so the export shows the whole assessment — readiness per clause and Annex A
 * objective, every requirement's status, gap and evidence, the comparison with the previous one.
 */
import { doc, heading, link, p, strong, text } from '@atlaskit/adf-utils/builders';
import { AIMS_REQUIREMENTS } from '../../domain/catalog';
import { GAP_STATUS_NAMES } from '../../domain/gap-analysis';
import type { GapMacroView } from '../../ui-contract/gap-macro-view';
import { cell, note, tableOf, textCell } from '../adf-blocks';

type Doc = ReturnType<typeof doc>;
type Block = Parameters<typeof doc>[number];

const TITLE = 'Gap analysis (ISO/IEC 42001 clauses 4–10 and Annex A)';

const score = (value: number | null): string => (value === null ? 'n/a' : `${value}%`);

function integrityBlock(view: GapMacroView): Block[] {
  const current = view.current;
  if (!current) return [];
  if (!current.completed) {
    return [p(strong('Status: '), text(`in progress, started on ${current.startedOn}.`))];
  }
  const who = view.completedByName ?? current.completed.byAccountId;
  const completed = text(
    `completed by ${who} on ${current.completed.at.slice(0, 10)} (${current.completed.contentHash.slice(0, 19)}…).`,
  );
  return view.completedIntact
    ? [p(strong('Status: '), completed)]
    : [
        p(strong('Status: '), completed),
        note(
          'error',
          strong('Changed since completion: '),
          text('the stored assessment no longer matches what was completed.'),
        ),
      ];
}

function readinessTable(view: GapMacroView): Block[] {
  if (!view.readiness) return [];
  const r = view.readiness;
  return [
    p(
      strong('Readiness: '),
      text(
        `${score(r.overall.score)} overall — clauses 4–10 ${score(r.clauses.score)}, Annex A ${score(r.annexA.score)}.`,
      ),
    ),
    tableOf(
      [
        'Group',
        'Readiness',
        'Conformant',
        'Partly',
        'Not started',
        'Not applicable',
        'Not assessed',
      ],
      r.groups.map((g) => [
        textCell(`${g.group} ${g.title}`),
        textCell(score(g.score)),
        textCell(String(g.conformant)),
        textCell(String(g.partly)),
        textCell(String(g.notStarted)),
        textCell(String(g.notApplicable)),
        textCell(String(g.unassessed)),
      ]),
    ),
  ];
}

function requirementsTable(view: GapMacroView): Block[] {
  const current = view.current;
  if (!current) return [];
  return [
    heading({ level: 3 })(text('Requirements')),
    tableOf(
      ['Requirement', 'Status', 'Gap or justification', 'Evidence', 'Issue'],
      AIMS_REQUIREMENTS.map((req) => {
        const item = current.items[req.ref];
        return [
          textCell(`${req.ref} ${req.title}`),
          textCell(item ? GAP_STATUS_NAMES[item.status] : 'Not assessed'),
          textCell(item?.gap ?? item?.justification ?? ''),
          cell(
            ...(item?.evidence ?? []).flatMap((e, i) => [
              ...(i > 0 ? [text(', ')] : []),
              link({ href: e.url })(text(e.label ?? e.url)),
            ]),
          ),
          textCell(current.gapIssues[req.ref] ?? ''),
        ];
      }),
    ),
  ];
}

function comparisonBlocks(view: GapMacroView): Block[] {
  const c = view.comparison;
  if (!c) return [];
  return [
    heading({ level: 3 })(text(`Since "${c.previous.title}"`)),
    p(
      text(
        `Readiness ${score(c.overall.previous)} → ${score(c.overall.current)}; ${c.improved} improved, ${c.regressed} regressed, ${c.changes.length} changed in all.`,
      ),
    ),
    ...(c.changes.length > 0
      ? [
          tableOf(
            ['Requirement', 'Before', 'Now', 'Change'],
            c.changes.map((ch) => [
              textCell(`${ch.ref} ${ch.title}`),
              textCell(ch.from ? GAP_STATUS_NAMES[ch.from] : 'Not assessed'),
              textCell(ch.to ? GAP_STATUS_NAMES[ch.to] : 'Not assessed'),
              textCell(ch.direction),
            ]),
          ),
        ]
      : []),
  ];
}

export function gapExportAdf(view: GapMacroView): Doc {
  if (!view.current) {
    return doc(
      heading({ level: 2 })(text(TITLE)),
      p(text('No gap analysis has been started on this page.')),
    );
  }
  return doc(
    heading({ level: 2 })(text(`${TITLE}: ${view.current.title}`)),
    ...integrityBlock(view),
    ...readinessTable(view),
    ...comparisonBlocks(view),
    ...requirementsTable(view),
  );
}

export function gapMessageAdf(message: string): Doc {
  return doc(heading({ level: 2 })(text(TITLE)), note('warning', text(message)));
}
