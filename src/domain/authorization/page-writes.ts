/**
 * Who may change what through the app's Jira pages (not on a Confluence page, so only the AIMS
 * role counts): the overview's monitoring register and the competence requirements per role are kept by AIMS
 * managers; from the issue
 * panel, managers create corrective actions and choose who implements and who reviews, auditors
 * (and managers) add findings to an audit, and anyone with an AIMS role may run a transition (Jira's
 * own conditions and the app's validators then decide, as the person).
 */
import type { MacroWrite } from './macro-writes';

export const PAGE_WRITES = {
  'register.edit': { what: 'change the monitoring register', roles: ['manager'] },
  'competence.edit': {
    what: 'change the competence requirements of the AIMS roles',
    roles: ['manager'],
  },
  'panel.correctiveAction': { what: 'create a corrective action', roles: ['manager'] },
  'panel.finding': { what: 'add a finding to an audit', roles: ['manager', 'auditor'] },
  'panel.person': {
    what: 'choose the implementer or the effectiveness reviewer',
    roles: ['manager'],
  },
  'panel.transition': {
    what: 'move an AIMS record to its next step',
    roles: ['manager', 'auditor', 'member', 'topManagement'],
  },
} as const satisfies Record<string, MacroWrite>;
export type PageWriteKey = keyof typeof PAGE_WRITES;
