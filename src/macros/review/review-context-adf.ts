/**
 * Inputs 9.3.2 b) and c) from the AIMS scope and context in the review's export: where the changes
 * come from, then the changes of the part asked for (b: issues, c: interested parties).
 */
import { p, text } from '@atlaskit/adf-utils/builders';
import type { ReviewContextChangesView } from '../../ui-contract/review-macro-view';
import { contextChangesAdf } from '../document-control/context-changes-adf';

/** Where the changes were worked out from, in one sentence. */
export function contextChangesSource(changes: ReviewContextChangesView): string {
  const { current, baseline } = changes;
  if (!current) return changes.note ?? '';
  const now = `"${current.title}" (revision ${current.revision})`;
  if (baseline) {
    return `Changes in the AIMS scope and context ${now} since the previous review held on ${baseline.heldAt.slice(0, 10)} (revision ${baseline.revision}).`;
  }
  return `Changes in the AIMS scope and context ${now}. ${changes.note ?? ''}`.trim();
}

export function reviewContextAdf(
  changes: ReviewContextChangesView | null,
  part: 'issues' | 'parties',
) {
  if (!changes) return [];
  if (changes.basis === 'none') return [p(text(contextChangesSource(changes)))];
  return [
    p(text(contextChangesSource(changes))),
    contextChangesAdf(
      changes[part],
      part === 'issues'
        ? 'No changes in the scope, the internal and external issues, climate change or the AI roles.'
        : 'No changes in the interested parties or their requirements.',
    ),
  ];
}
