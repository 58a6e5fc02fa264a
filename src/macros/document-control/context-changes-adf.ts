/**
 * Changes in the scope and context as an ADF table (what changed since the approval on the scope
 * page; inputs 9.3.2 b and c in the management review's export).
 */
import { p, text } from '@atlaskit/adf-utils/builders';
import type { ContextChangeView } from '../../ui-contract/context-changes-view';
import { CONTEXT_CHANGE_LABELS } from '../../ui-contract/context-changes-view';
import { tableOf, textCell } from '../adf-blocks';

/** The changes as a table, or a sentence saying there were none. */
export function contextChangesAdf(changes: readonly ContextChangeView[], none: string) {
  if (changes.length === 0) return p(text(none));
  return tableOf(
    ['Change', 'Entry', 'What changed'],
    changes.map((c) => [
      textCell(CONTEXT_CHANGE_LABELS[c.change]),
      textCell(c.title),
      textCell(c.details.join('; ')),
    ]),
  );
}
