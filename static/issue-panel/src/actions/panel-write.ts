import { useAction, callResolver } from '../../../common';
import type { IssuePanelView } from '../../../../src/ui-contract/issue-panel-view';
import { issuePanelViewSchema } from '../../../../src/ui-contract/issue-panel-view';

/**
 * One of the panel's writes (create, choose, transition): runs the resolver function, then shows
 * the panel it answers (the issue as it now is); a refusal stays in `error` for <Problem/>.
 */
export function usePanelWrite(onChange: (panel: IssuePanelView) => void) {
  const action = useAction();
  const write = (functionKey: string, payload: Record<string, unknown>) =>
    action.run(async () => {
      onChange(await callResolver(functionKey, issuePanelViewSchema, payload));
    });
  return { ...action, write };
}

/** An id for one form shown: sent with its create, so a repeat of the request creates nothing more. */
export function newRequestId(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  c.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
