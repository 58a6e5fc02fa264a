import type { ScopeContext, ScopeChange, ScopeControlRecord } from '../../../../src/domain/scope';

export const OWNER = '712020:owner';
export const MANAGER = '712020:manager';
export const MEMBER = '712020:member';

export const config = {
  documentReference: 'AIMS-SCOPE-001',
  ownerAccountId: OWNER,
  reviewIntervalMonths: 12,
};

/** A complete scope and context, as the owner would record it. */
export function content(): ScopeContext {
  return {
    scope: {
      statement: 'The AIMS covers the AI systems Example Corp develops and provides to lenders.',
      boundaries: 'Development, deployment and operation; not the customers’ own use.',
      organizationalUnits: ['Data science', 'Lending products'],
      locations: ['Berlin', 'Lisbon'],
      exclusions: [
        {
          id: 'exc-1',
          what: 'Internal IT helpdesk chatbot',
          justification: 'A third-party tool with no access to customer data.',
        },
      ],
    },
    issues: [
      {
        id: 'iss-1',
        kind: 'external',
        title: 'EU AI Act obligations for high-risk systems',
        description: 'Credit scoring is high-risk; conformity needed before August 2026.',
      },
      { id: 'iss-2', kind: 'internal', title: 'Small ML team', description: 'Three engineers.' },
    ],
    climateChange: { relevant: false, note: 'Training runs are small and hosted in the EU.' },
    aiRoles: { roles: ['provider', 'customer'], note: 'We buy the chatbot model.' },
    parties: [
      {
        id: 'par-1',
        name: 'Loan applicants',
        kind: 'external',
        requirements: [
          { id: 'req-1', text: 'An explanation of credit decisions', addressed: true },
          { id: 'req-2', text: 'Fair treatment across groups', addressed: true },
        ],
      },
      {
        id: 'par-2',
        name: 'Works council',
        kind: 'internal',
        requirements: [{ id: 'req-3', text: 'Consultation on AI in hiring', addressed: false }],
      },
    ],
  };
}

export const actor = (accountId: string, isManager = false) => ({
  accountId,
  isManager,
  managerGroup: 'aims-managers',
});

export function change(
  record: ScopeControlRecord | undefined,
  who: ReturnType<typeof actor>,
  version: number,
  now = new Date('2026-03-10T10:00:00Z'),
): ScopeChange {
  return { record, config, page: { id: '77', title: 'AIMS scope', version }, actor: who, now };
}
