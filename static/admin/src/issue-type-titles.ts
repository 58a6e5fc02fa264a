import type { Translator } from '../../common/i18n/translator';
import type { IssueTypeKey } from './config-schema';

type T = Translator['t'];

const TITLES: Readonly<Record<IssueTypeKey, (t: T) => string>> = {
  aiSystem: (t) => t('admin.issueType.aiSystem'),
  aiRisk: (t) => t('admin.issueType.aiRisk'),
  impactAssessment: (t) => t('admin.issueType.impactAssessment'),
  aiControl: (t) => t('admin.issueType.aiControl'),
  audit: (t) => t('admin.issueType.audit'),
  auditFinding: (t) => t('admin.issueType.auditFinding'),
  nonconformity: (t) => t('admin.issueType.nonconformity'),
  correctiveAction: (t) => t('admin.issueType.correctiveAction'),
  aimsAction: (t) => t('admin.issueType.aimsAction'),
  aiObjective: (t) => t('admin.issueType.aiObjective'),
  competenceRecord: (t) => t('admin.issueType.competenceRecord'),
};

/** What an AIMS issue type is, in the viewer's language (its Jira name is configured). */
export const issueTypeTitle = (t: T, key: IssueTypeKey): string => TITLES[key](t);
