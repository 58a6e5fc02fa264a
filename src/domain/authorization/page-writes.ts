/**
 * Who may change what through the app's Jira pages (not on a Confluence page, so only the AIMS
 * role counts): the overview's monitoring register is kept by AIMS managers.
 */
import type { MacroWrite } from './macro-writes';

export const PAGE_WRITES = {
  'register.edit': { what: 'change the monitoring register', roles: ['manager'] },
} as const satisfies Record<string, MacroWrite>;
export type PageWriteKey = keyof typeof PAGE_WRITES;
