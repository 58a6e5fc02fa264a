/**
 * Who may change what through the Confluence macros: each write names the AIMS roles allowed
 * (besides, the person must be able to edit the page in Confluence, checked as them — or only
 * view it, for a write that records the reader's own act: acknowledging the AI policy). Rules that
 * depend on the record itself — only the document owner ticks the checklist, the owner never
 * approves, the author of a page version does not approve it — stay in the record's own rules.
 */
import type { AimsRole, RoleGroups } from './aims-roles';
import { AIMS_ROLES, AIMS_ROLE_DEFINITIONS, groupOfRole } from './aims-roles';

export interface MacroWrite {
  /** What it does, after "You cannot …" / "Only … can …". */
  what: string;
  roles: readonly AimsRole[];
  /** What the person must be able to do with the page: edit it (default) or only view it. */
  page?: 'view';
}

const DOCUMENT_PEOPLE: readonly AimsRole[] = ['manager', 'topManagement', 'member'];
const REVIEW_PEOPLE: readonly AimsRole[] = ['manager', 'topManagement'];
const GAP_ASSESSORS: readonly AimsRole[] = ['manager', 'auditor'];

export const MACRO_WRITES = {
  'soa.approve': { what: 'approve the Statement of Applicability', roles: ['manager'] },
  'policy.setOwner': { what: 'set the owner of the AI policy', roles: ['manager'] },
  'policy.checklist': { what: 'tick the clause 5.2 checklist', roles: DOCUMENT_PEOPLE },
  'policy.requestApproval': { what: 'ask for approval of the AI policy', roles: DOCUMENT_PEOPLE },
  'policy.approve': { what: 'approve the AI policy', roles: ['manager'] },
  'policy.supersede': { what: 'mark the AI policy as superseded', roles: DOCUMENT_PEOPLE },
  'policy.acknowledge': {
    what: 'acknowledge the AI policy',
    roles: AIMS_ROLES,
    page: 'view',
  },
  'scope.setOwner': { what: 'set the owner of the AIMS scope and context', roles: ['manager'] },
  'scope.content': { what: 'change the AIMS scope and context', roles: DOCUMENT_PEOPLE },
  'scope.requestApproval': {
    what: 'ask for approval of the AIMS scope and context',
    roles: DOCUMENT_PEOPLE,
  },
  'scope.approve': { what: 'approve the AIMS scope and context', roles: ['manager'] },
  'scope.supersede': {
    what: 'mark the AIMS scope and context as superseded',
    roles: DOCUMENT_PEOPLE,
  },
  'review.inputs': { what: 'change the inputs of a management review', roles: REVIEW_PEOPLE },
  'review.attendees': { what: 'change the attendees of a management review', roles: REVIEW_PEOPLE },
  'review.decision': { what: 'record a management review decision', roles: REVIEW_PEOPLE },
  'review.hold': { what: 'record a management review as held', roles: REVIEW_PEOPLE },
  'gap.start': { what: 'start a gap analysis', roles: ['manager'] },
  'gap.assess': { what: 'assess a requirement in the gap analysis', roles: GAP_ASSESSORS },
  'gap.complete': { what: 'complete the gap analysis', roles: ['manager'] },
  'gap.raiseIssues': { what: 'raise Jira issues for the gaps', roles: ['manager'] },
  'readiness.stages': {
    what: 'set the Stage 1 and Stage 2 dates of the certification audit',
    roles: ['manager'],
  },
} as const satisfies Record<string, MacroWrite>;
export type MacroWriteKey = keyof typeof MACRO_WRITES;

/** "members of aims-managers (AIMS manager) or aims-top-management (top management)" */
export function whoMay(write: MacroWrite, groups: RoleGroups): string {
  return write.roles
    .map((role) => `${groupOfRole(groups, role)} (${AIMS_ROLE_DEFINITIONS[role].name})`)
    .join(' or ');
}

/** Why a person with `roles` may not make this write; empty when their role allows it. */
export function roleBlockers(
  write: MacroWrite,
  roles: readonly AimsRole[],
  groups: RoleGroups,
): string[] {
  if (write.roles.some((role) => roles.includes(role))) return [];
  return [`Only members of ${whoMay(write, groups)} can ${write.what}.`];
}
