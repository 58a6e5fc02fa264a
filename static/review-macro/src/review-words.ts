import type { Translator } from '../../common';
import type { AimsRole } from '../../../src/domain/authorization/aims-roles';
import { AIMS_ROLES } from '../../../src/domain/authorization/aims-roles';
import type { FindingGrade } from '../../../src/domain/records/audit-finding';
import type { ReviewDecisionKind } from '../../../src/domain/records/management-review';

/**
 * The management review's words for the domain's codes, in the viewer's language (the export
 * keeps src/ui-contract/review-labels' English).
 */
export const gradeLabel = (t: Translator['t'], grade: FindingGrade): string =>
  ({
    'major-nc': t('review.grade.majorNc'),
    'minor-nc': t('review.grade.minorNc'),
    observation: t('review.grade.observation'),
    'opportunity-for-improvement': t('review.grade.opportunity'),
  })[grade];

export const decisionKindLabel = (t: Translator['t'], kind: ReviewDecisionKind): string =>
  ({
    'continual-improvement': t('review.kind.continualImprovement'),
    'aims-change': t('review.kind.aimsChange'),
    other: t('review.kind.other'),
  })[kind];

/** An AIMS role's name; a role the app does not know is shown as recorded. */
export function roleName(t: Translator['t'], role: string): string {
  if (!(AIMS_ROLES as readonly string[]).includes(role)) return role;
  const names: Record<AimsRole, string> = {
    manager: t('review.role.manager'),
    topManagement: t('review.role.topManagement'),
    auditor: t('review.role.auditor'),
    member: t('review.role.member'),
  };
  return names[role as AimsRole];
}
