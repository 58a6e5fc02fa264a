import type { Translator } from '../../common';
import type { AiRole } from '../../../src/domain/records/ai-system';
import type { ContextIssueKind } from '../../../src/domain/scope/scope-context';

type T = Translator['t'];

/** An AI role (4.1, ISO/IEC 22989) in the viewer's language. */
export const AI_ROLE_LABELS: Readonly<Record<AiRole, (t: T) => string>> = {
  provider: (t) => t('scope.role.provider'),
  producer: (t) => t('scope.role.producer'),
  customer: (t) => t('scope.role.customer'),
  partner: (t) => t('scope.role.partner'),
  subject: (t) => t('scope.role.subject'),
  'relevant-authority': (t) => t('scope.role.relevantAuthority'),
};

/** An issue's kind, as a heading names it ("Internal issue"). */
export const ISSUE_KIND_LABELS: Readonly<Record<ContextIssueKind, (t: T) => string>> = {
  internal: (t) => t('scope.kind.internal'),
  external: (t) => t('scope.kind.external'),
};

/** A party's kind, as a note after its name ("internal"). */
export const PARTY_KIND_LABELS: Readonly<Record<ContextIssueKind, (t: T) => string>> = {
  internal: (t) => t('scope.partyKind.internal'),
  external: (t) => t('scope.partyKind.external'),
};
