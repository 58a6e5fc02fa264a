/**
 * The implementation roadmap of an AIMS: the ten steps organizations take to ISO/IEC 42001
 * certification, each with starter tasks and the requirements (clause 4–10 sub-clauses and
 * Annex A controls, as in src/domain/catalog/requirements.ts) that doing it satisfies.
 */

export interface StarterTask {
  /** Stable within its step: `3.2` is the second task of step 3. */
  readonly id: string;
  readonly summary: string;
  readonly requirements: readonly string[];
}

export interface ProgrammeStep {
  readonly step: number;
  readonly title: string;
  readonly purpose: string;
  readonly requirements: readonly string[];
  readonly tasks: readonly StarterTask[];
}

const step = (
  n: number,
  title: string,
  purpose: string,
  tasks: readonly [string, readonly string[]][],
): ProgrammeStep => ({
  step: n,
  title,
  purpose,
  requirements: [...new Set(tasks.flatMap(([, refs]) => refs))],
  tasks: tasks.map(([summary, requirements], i) => ({
    id: `${n}.${i + 1}`,
    summary,
    requirements,
  })),
});

export const PROGRAMME_STEPS: readonly ProgrammeStep[] = [
  step(1, 'Understand the requirements', 'Know what the standard asks of this organization.', [
    ['Brief the AIMS team on clauses 4–10 and Annex A', ['4.1', '4.2']],
    ['List the interested parties and what they require of the AI systems', ['4.2']],
    ['Record the AI systems the organization develops, provides or uses', ['4.1', 'A.4.2']],
  ]),
  step(
    2,
    'Secure top management commitment and assign roles',
    'Leadership owns the AIMS and names who does what.',
    [
      ['Obtain top management’s written commitment to the AIMS', ['5.1']],
      ['Assign AIMS roles, responsibilities and authorities', ['5.3', 'A.3.2']],
      ['Set up how AI concerns are reported', ['A.3.3']],
    ],
  ),
  step(
    3,
    'Run a gap analysis and plan the roadmap',
    'Measure where the organization stands against every requirement and plan the gaps away.',
    [
      ['Assess every clause and Annex A control in a gap analysis', ['6.1.1']],
      ['Raise the gaps as AIMS Actions and plan them', ['6.1.1', '6.2']],
    ],
  ),
  step(4, 'Set the scope and objectives', 'Decide what the AIMS covers and what it aims for.', [
    ['Define and approve the AIMS scope', ['4.3', '4.4']],
    ['Set measurable AI objectives and plan how to reach them', ['6.2']],
  ]),
  step(
    5,
    'Write the policies and procedures',
    'Document the AI policy and the processes the AIMS runs on.',
    [
      ['Write and approve the AI policy', ['5.2', 'A.2.2']],
      ['Align the AI policy with the other organizational policies', ['A.2.3']],
      ['Set up document control for AIMS information', ['7.5.1', '7.5.2', '7.5.3']],
    ],
  ),
  step(
    6,
    'Allocate resources and build competence',
    'Give the AIMS the people, data, tools and skills it needs.',
    [
      ['Plan the resources the AIMS needs', ['7.1', 'A.4.2']],
      ['Record the competence of the people working on AI systems', ['7.2', 'A.4.6']],
      ['Run AI awareness for everyone concerned', ['7.3']],
      ['Agree what is communicated, to whom and when', ['7.4']],
    ],
  ),
  step(
    7,
    'Implement the AI controls',
    'Assess and treat AI risks and put the controls of the Statement of Applicability in place.',
    [
      ['Assess AI risks and AI system impacts', ['6.1.2', '6.1.4', '8.2', '8.4', 'A.5.2']],
      ['Treat the risks and approve the Statement of Applicability', ['6.1.3', '8.3']],
      [
        'Put in place the life-cycle controls (bias, explainability, robustness)',
        ['8.1', 'A.6.1.2', 'A.6.2.4', 'A.7.4'],
      ],
      ['Set up AI system monitoring and incident response', ['A.6.2.6', 'A.8.4']],
    ],
  ),
  step(8, 'Monitor and measure with KPIs', 'Decide what is measured and watch it.', [
    ['Fill the monitoring register: KPI, method, frequency, owner, target', ['9.1']],
    ['Record the KPIs’ results and act on the trends', ['9.1']],
  ]),
  step(
    9,
    'Run internal audits and management reviews',
    'Check the AIMS works and let top management steer it.',
    [
      ['Plan the internal audit programme of the cycle', ['9.2.1', '9.2.2']],
      ['Hold the management review and follow its actions', ['9.3.1', '9.3.2', '9.3.3']],
      ['Handle nonconformities and corrective actions', ['10.2']],
    ],
  ),
  step(
    10,
    'Get certified and keep improving',
    'Pass the certification audit and keep the AIMS improving.',
    [
      ['Choose an accredited certification body and book Stage 1 and Stage 2', ['10.1']],
      ['Import the external audit findings and close them', ['10.2']],
      ['Review the AIMS for continual improvement', ['10.1']],
    ],
  ),
];

/** The step whose epic holds the AIMS Actions a gap analysis raises for its gaps. */
export const GAP_ANALYSIS_STEP = 3;
