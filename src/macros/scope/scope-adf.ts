/**
 * The "AIMS scope and context" macro as ADF, for Confluence's PDF/Word export: the same content
 * as the Custom UI — document control, the scope (4.3), the context (4.1) and the interested
 * parties (4.2) as the page stores them; the AI systems in scope, Jira issues, only when the view
 * was read for someone (an export has no reader: a note says they are on the page).
 */
import { doc, heading, p, strong, text } from '@atlaskit/adf-utils/builders';
import { AI_ROLE_NAMES } from '../../domain/records/ai-role-names';
import { CONTEXT_ISSUE_KIND_NAMES } from '../../domain/scope/scope-context';
import type { ScopeContext } from '../../domain/scope/scope-context';
import { moreInJiraParagraph, note, tableOf, textCell } from '../adf-blocks';
import { liveDataNote } from '../macro-export';
import { contextChangesAdf } from '../document-control/context-changes-adf';
import { documentControlAdf } from '../document-control/document-control-adf';
import type { ScopeView } from './scope-view';

type Block = Parameters<typeof doc>[number];

const h3 = (title: string) => heading({ level: 3 })(text(title));
const h4 = (title: string) => heading({ level: 4 })(text(title));
const para = (value: string) => p(text(value));
const labelled = (label: string, value: string) => p(strong(text(`${label}: `)), text(value));

function aiSystemsBlocks(view: ScopeView, siteUrl: string): Block[] {
  const systems = view.aiSystems;
  // An export has no reader: the AI systems, Jira issues, are left out with the note.
  if (!systems) return [liveDataNote('The list of AI systems in scope')];
  if (!systems.available) return [para(systems.message)];
  const which = systems.filteredByInScope
    ? `AI System issues of ${systems.projectKey} marked in scope, as you see them in Jira.`
    : `AI System issues of ${systems.projectKey}, as you see them in Jira.`;
  return [
    para(which),
    systems.items.length
      ? tableOf(
          ['Key', 'AI system', 'Status', 'Owner'],
          systems.items.map((s) => [
            textCell(s.key),
            textCell(s.summary),
            textCell(s.statusName),
            textCell(s.owner ?? '—'),
          ]),
        )
      : para('No AI systems that you can see.'),
    ...(systems.more
      ? [moreInJiraParagraph(systems.items.length, systems.more, 'AI systems', siteUrl)]
      : []),
  ];
}

function contentBlocks(view: ScopeView, content: ScopeContext, siteUrl: string): Block[] {
  const { scope } = content;
  return [
    h3('Scope of the AIMS (ISO/IEC 42001 4.3)'),
    para(scope.statement),
    labelled('Boundaries', scope.boundaries),
    labelled('Organizational units', scope.organizationalUnits.join(', ')),
    labelled('Locations', scope.locations.join(', ')),
    h4('AI systems in scope'),
    ...aiSystemsBlocks(view, siteUrl),
    h4('Exclusions'),
    scope.exclusions.length
      ? tableOf(
          ['Excluded', 'Justification'],
          scope.exclusions.map((e) => [textCell(e.what), textCell(e.justification ?? '')]),
        )
      : para('Nothing is excluded.'),
    h3('Context of the organization (ISO/IEC 42001 4.1)'),
    tableOf(
      ['Issue', 'Internal or external', 'How it affects the AIMS'],
      content.issues.map((i) => [
        textCell(i.title),
        textCell(CONTEXT_ISSUE_KIND_NAMES[i.kind]),
        textCell(i.description ?? '—'),
      ]),
    ),
    labelled(
      'Climate change is a relevant issue',
      `${content.climateChange.relevant ? 'Yes' : 'No'}. ${content.climateChange.note}`,
    ),
    labelled(
      "The organization's AI roles",
      `${content.aiRoles.roles.map((r) => AI_ROLE_NAMES[r]).join(', ')}${content.aiRoles.note ? `. ${content.aiRoles.note}` : ''}`,
    ),
    h3('Interested parties (ISO/IEC 42001 4.2)'),
    tableOf(
      ['Interested party', 'Requirement', 'Addressed by the AIMS'],
      content.parties.flatMap((party) =>
        party.requirements.map((r, i) => [
          textCell(
            i === 0 ? `${party.name} (${party.kind})${party.note ? ` — ${party.note}` : ''}` : '',
          ),
          textCell(r.text),
          textCell(r.addressed ? 'Yes' : 'No'),
        ]),
      ),
    ),
  ];
}

export function scopeViewToAdf(view: ScopeView, siteUrl: string) {
  const { warnings, control } = documentControlAdf(view, {
    unapproved: 'the current scope and context',
    reviewName: 'review of the scope and context',
  });
  const changes = view.changesSinceApproval;
  return doc(
    h3('Document control (ISO/IEC 42001 7.5)'),
    ...warnings,
    control,
    ...(changes
      ? [
          h4('Changes since the approved content'),
          contextChangesAdf(
            [...changes.issues, ...changes.parties],
            'The entries did not change; the page itself did.',
          ),
        ]
      : []),
    ...(view.contentShown === 'current-instead'
      ? [
          note(
            'info',
            text(
              `The entries as they stood at page version ${view.page.viewedVersion} are not kept; these are the current ones.`,
            ),
          ),
        ]
      : []),
    ...(view.content
      ? contentBlocks(view, view.content.value, siteUrl)
      : [
          para('No scope and context is recorded yet.'),
          h4('AI systems in scope'),
          ...aiSystemsBlocks(view, siteUrl),
        ]),
  );
}

/** The export shown in place of the macro when it is not configured or cannot be exported. */
export function scopeMessageAdf(message: string) {
  return doc(note('warning', text(message)));
}
