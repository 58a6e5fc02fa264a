/** ISO/IEC 42001:2023 clauses 4–10: numbers and titles only. */
export interface Clause {
  /** Namespaced ID, e.g. `ISO42001:10.2`. */
  readonly id: string;
  readonly ref: string;
  readonly title: string;
}

const clause = (ref: string, title: string): Clause => ({ id: `ISO42001:${ref}`, ref, title });

export const CLAUSES: readonly Clause[] = [
  clause('4', 'Context of the organization'),
  clause('4.1', 'Understanding the organization and its context'),
  clause('4.2', 'Understanding the needs and expectations of interested parties'),
  clause('4.3', 'Determining the scope of the AI management system'),
  clause('4.4', 'AI management system'),
  clause('5', 'Leadership'),
  clause('5.1', 'Leadership and commitment'),
  clause('5.2', 'AI policy'),
  clause('5.3', 'Roles, responsibilities and authorities'),
  clause('6', 'Planning'),
  clause('6.1', 'Actions to address risks and opportunities'),
  clause('6.1.1', 'General'),
  clause('6.1.2', 'AI risk assessment'),
  clause('6.1.3', 'AI risk treatment'),
  clause('6.1.4', 'AI system impact assessment'),
  clause('6.2', 'AI objectives and planning to achieve them'),
  clause('6.3', 'Planning of changes'),
  clause('7', 'Support'),
  clause('7.1', 'Resources'),
  clause('7.2', 'Competence'),
  clause('7.3', 'Awareness'),
  clause('7.4', 'Communication'),
  clause('7.5', 'Documented information'),
  clause('7.5.1', 'General'),
  clause('7.5.2', 'Creating and updating documented information'),
  clause('7.5.3', 'Control of documented information'),
  clause('8', 'Operation'),
  clause('8.1', 'Operational planning and control'),
  clause('8.2', 'AI risk assessment'),
  clause('8.3', 'AI risk treatment'),
  clause('8.4', 'AI system impact assessment'),
  clause('9', 'Performance evaluation'),
  clause('9.1', 'Monitoring, measurement, analysis and evaluation'),
  clause('9.2', 'Internal audit'),
  clause('9.2.1', 'General'),
  clause('9.2.2', 'Internal audit programme'),
  clause('9.3', 'Management review'),
  clause('9.3.1', 'General'),
  clause('9.3.2', 'Management review inputs'),
  clause('9.3.3', 'Management review results'),
  clause('10', 'Improvement'),
  clause('10.1', 'Continual improvement'),
  clause('10.2', 'Nonconformity and corrective action'),
];
