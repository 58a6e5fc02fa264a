/**
 * Browser script of the shell pages: theme toggle, Forge Custom UI frames (created through
 * POST /forge/frames), the bridge's postMessage events (submit, close, navigate, refresh,
 * resize), the issue view's in-place refresh, the create form following its
 * chosen type and the macro configuration dialog. Built to emulator/shell/build/shell.js.
 */
import { applyThemeToFrames, initThemeToggle } from './theme-toggle';
import { initFrames } from './frames';
import { initBridgeMessages } from './bridge-messages';
import { initConfigButtons } from './macro-config';
import { initFlashFlags } from './flags';
import { dropRefusalParam, initBoardMoves } from './board-moves';
import { initIssueRefresh } from './issue-refresh';
import { initCreateForm } from './create-form';

function start(): void {
  initThemeToggle();
  initFlashFlags();
  dropRefusalParam();
  initBoardMoves(document);
  initBridgeMessages();
  initConfigButtons();
  initIssueRefresh();
  initCreateForm();
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
    button.addEventListener('click', () => window.print());
  }
  void initFrames(document).then(() => applyThemeToFrames());
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
