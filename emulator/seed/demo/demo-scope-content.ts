/**
 * The demo organization's AIMS scope and context (ISO/IEC 42001 4.1–4.3), in our own words: as
 * approved before the 2026-Q3 management review, and as revised after it (a new supplier, an
 * outage that made climate change relevant, the works council added as the Q3 review decided).
 */

const initialIssues = [
  {
    id: 'iss-eu-ai-act',
    kind: 'external',
    title: 'EU AI Act: obligations for high-risk AI systems',
    description:
      'Credit scoring and CV screening are high-risk uses; risk management, logging, human oversight and a conformity assessment are needed before the obligations apply.',
  },
  {
    id: 'iss-gdpr-art22',
    kind: 'external',
    title: 'GDPR rules on automated decisions',
    description:
      'Applicants may contest decisions taken with the credit model; each decision needs an explanation and a human who can review it.',
  },
  {
    id: 'iss-tenders',
    kind: 'external',
    title: 'Customers ask for model documentation in tenders',
    description: 'Lenders now score suppliers on the transparency of their AI systems.',
  },
  {
    id: 'iss-ml-team',
    kind: 'internal',
    title: 'Small machine-learning team',
    description:
      'Three engineers maintain every model; monitoring and retraining depend on a few people.',
  },
  {
    id: 'iss-training-platform',
    kind: 'internal',
    title: 'Move to a managed model-training platform',
    description:
      'Training moved to a managed platform in the second quarter; provenance records must follow the data.',
  },
] as const;

const initialParties = [
  {
    id: 'par-applicants',
    name: 'Loan applicants',
    kind: 'external',
    requirements: [
      { id: 'req-explanation', text: 'An explanation of each credit decision', addressed: true },
      {
        id: 'req-fairness',
        text: 'Fair treatment regardless of age, gender or origin',
        addressed: true,
      },
      { id: 'req-contest', text: 'A person to contest a decision with', addressed: true },
    ],
  },
  {
    id: 'par-lenders',
    name: 'Lenders using the credit scoring model',
    kind: 'external',
    requirements: [
      { id: 'req-model-docs', text: 'Model documentation and validation reports', addressed: true },
      { id: 'req-change-notice', text: 'Notice of material model changes', addressed: true },
    ],
    note: 'Contract schedule "AI transparency" and the model card of each release.',
  },
  {
    id: 'par-job-applicants',
    name: 'Job applicants',
    kind: 'external',
    requirements: [
      { id: 'req-screening', text: 'No unfair screening of applications', addressed: true },
    ],
  },
  {
    id: 'par-dpa',
    name: 'Data protection authority',
    kind: 'external',
    requirements: [
      { id: 'req-profiling', text: 'Lawful profiling under the GDPR', addressed: true },
    ],
  },
  {
    id: 'par-staff',
    name: 'Staff',
    kind: 'internal',
    requirements: [
      {
        id: 'req-training',
        text: 'Training on the AI policy and their role in it',
        addressed: true,
      },
    ],
  },
] as const;

/** As approved before the Q3 review. */
export function initialScopeContent() {
  return {
    scope: {
      statement:
        'The AI management system of Example Corp covers the AI systems it designs, develops and provides in its lending and customer-service products, and the AI systems it uses to recruit staff.',
      boundaries:
        'Every stage of the life cycle of the AI systems in scope, from inception to retirement, including data acquisition, model training, deployment and monitoring. The use of our products by customers on their own premises is outside the boundary; their obligations are set in our contracts.',
      organizationalUnits: [
        'Data Science',
        'Lending Products',
        'Customer Service',
        'People and Recruiting',
        'Information Security',
      ],
      locations: ['Berlin (headquarters)', 'Lisbon (customer service)', 'EU cloud region'],
      exclusions: [
        {
          id: 'exc-code-assistant',
          what: 'Code completion assistant used by developers',
          justification:
            'A third-party tool used under the vendor’s terms; it processes no personal or customer data and takes no decisions about people. The IT acceptable-use policy covers it.',
        },
      ],
    },
    issues: initialIssues,
    climateChange: {
      relevant: false,
      note: 'Our models are small, trained a few times a year in an EU cloud region on renewable energy; climate change does not affect the intended outcomes of the AIMS. Looked at again at every management review.',
    },
    aiRoles: {
      roles: ['provider', 'customer'],
      note: 'We provide the credit scoring model to lenders, and use a supplier’s language model in the support chatbot.',
    },
    parties: initialParties,
  };
}

/** As revised after the Q3 review. */
export function revisedScopeContent() {
  const initial = initialScopeContent();
  return {
    ...initial,
    issues: [
      {
        ...initialIssues[0],
        description:
          'Credit scoring is high-risk; its conformity assessment is planned for the first quarter of 2027. The CV screening assistant will be retired rather than certified.',
      },
      ...initialIssues.slice(1, 4),
      {
        id: 'iss-speech-supplier',
        kind: 'external',
        title: 'New supplier of the speech-to-text model used by support',
        description:
          'Support calls are transcribed by a new supplier’s model since October; the supplier controls (A.10.3) apply.',
      },
    ],
    climateChange: {
      relevant: true,
      note: 'A heat wave in July 2026 took the Lisbon data centre offline for a day and the support chatbot with it; climate-related outages are now an issue for the availability of our AI systems.',
    },
    parties: [
      initialParties[0],
      {
        ...initialParties[1],
        requirements: [
          ...initialParties[1].requirements,
          {
            id: 'req-deployer-duties',
            text: 'Support for their own duties as deployers under the EU AI Act',
            addressed: false,
          },
        ],
      },
      ...initialParties.slice(2),
      {
        id: 'par-works-council',
        name: 'Works council',
        kind: 'internal',
        requirements: [
          {
            id: 'req-consultation',
            text: 'Consultation before AI is used in hiring',
            addressed: true,
          },
          {
            id: 'req-monitoring-info',
            text: 'Information on any monitoring of staff by AI systems',
            addressed: false,
          },
        ],
        note: 'Added as the 2026-Q3 management review decided.',
      },
    ],
  };
}
