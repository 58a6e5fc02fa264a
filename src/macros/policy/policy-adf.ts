/**
 * The AI Policy macro as ADF, for Confluence's PDF/Word export: the same content as the
 * Custom UI — document-control table, clause 5.2 checklist, AI objectives.
 */
import { doc, heading, p, table, tableRow, text } from '@atlaskit/adf-utils/builders';
import { cell, headerCell, moreInJiraParagraph, note } from '../adf-blocks';
import { documentControlAdf } from '../document-control/document-control-adf';
import type { PolicyView } from './policy-view';

export function policyViewToAdf(view: PolicyView, siteUrl: string) {
  const { warnings, control } = documentControlAdf(view, {
    unapproved: 'the current text',
    reviewName: 'policy review',
  });
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
