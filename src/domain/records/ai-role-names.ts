import type { AiRole } from './ai-system';

/** The organization's AI roles (ISO/IEC 22989) as people read them. */
export const AI_ROLE_NAMES: Record<AiRole, string> = {
  provider: 'AI provider',
  producer: 'AI producer',
  customer: 'AI customer (user)',
  partner: 'AI partner',
  subject: 'AI subject',
  'relevant-authority': 'Relevant authority',
};
