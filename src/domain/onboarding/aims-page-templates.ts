/**
 * The Confluence pages the onboarding creates from templates: the scope and context (4.1–4.3),
 * the AI policy (5.2), the Statement of Applicability (6.1.3) and the management review (9.3),
 * each holding the app's macro with a first configuration.
 */
export const AIMS_PAGE_KINDS = ['scope', 'policy', 'soa', 'review'] as const;
export type AimsPageKind = (typeof AIMS_PAGE_KINDS)[number];

export interface AimsPageTemplate {
  kind: AimsPageKind;
  /** What a person reads in the onboarding step. */
  label: string;
  /** The macro's module key and title in the manifest. */
  moduleKey: string;
  macroTitle: string;
  /** The paragraphs above the macro. */
  intro: string[];
  title: (projectKey: string, year: number) => string;
  config: (projectKey: string, year: number) => Record<string, unknown>;
}

export const AIMS_PAGE_TEMPLATES: readonly AimsPageTemplate[] = [
  {
    kind: 'scope',
    label: 'Scope and context (4.1–4.3)',
    moduleKey: 'aims-scope-context',
    macroTitle: 'AIMS scope and context',
    intro: [
      'The scope of the AI management system and its context: the issues, interested parties and their requirements, and the boundaries of the AIMS (ISO/IEC 42001 clauses 4.1 to 4.3).',
      'An AIMS manager sets the document owner in the macro; the owner keeps the content and it is approved like every controlled document.',
    ],
    title: (projectKey) => `AIMS scope and context (${projectKey})`,
    config: (projectKey) => ({
      documentReference: `${projectKey}-SCOPE-001`,
      reviewIntervalMonths: 12,
      projectKey,
    }),
  },
  {
    kind: 'policy',
    label: 'AI policy (5.2)',
    moduleKey: 'aims-policy',
    macroTitle: 'ISO 42001 AI Policy control',
    intro: [
      'The AI policy of the organization (ISO/IEC 42001 clause 5.2). Write the policy below the macro; the macro keeps its document control: owner, approval bound to a page version, review dates and acknowledgements.',
    ],
    title: (projectKey) => `AI Policy (${projectKey})`,
    config: (projectKey) => ({
      documentReference: `${projectKey}-POL-001`,
      reviewIntervalMonths: 12,
      objectivesProjectKey: projectKey,
    }),
  },
  {
    kind: 'soa',
    label: 'Statement of Applicability (6.1.3)',
    moduleKey: 'aims-soa',
    macroTitle: 'ISO 42001 Statement of Applicability',
    intro: [
      'The Statement of Applicability (ISO/IEC 42001 clause 6.1.3 d): every Annex A control, whether it applies and why, read from the AI Control issues in Jira.',
    ],
    title: (projectKey) => `Statement of Applicability (${projectKey})`,
    config: (projectKey) => ({ projectKey, includeOrganizationControls: true }),
  },
  {
    kind: 'review',
    label: 'Management review (9.3)',
    moduleKey: 'aims-management-review',
    macroTitle: 'ISO 42001 Management Review',
    intro: [
      'Management review of the AI management system (ISO/IEC 42001 clause 9.3). The macro compiles the inputs from Jira and records the decisions; change the period in its settings before the review.',
    ],
    title: (projectKey, year) => `AIMS management review ${year} (${projectKey})`,
    config: (projectKey, year) => ({
      title: `AIMS management review ${year}`,
      projectKey,
      periodStart: `${year}-01-01`,
      periodEnd: `${year}-12-31`,
    }),
  },
];
