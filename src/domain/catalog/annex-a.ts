/**
 * ISO/IEC 42001:2023 Annex A — the nine control objectives (A.2–A.10) and the
 * 38 reference controls, as identifiers and titles only (never the standard's text).
 */
export interface AnnexAObjective {
  /** Namespaced ID, e.g. `ISO42001:A.6`. */
  readonly id: string;
  /** Bare number as printed in the standard, e.g. `A.6`. */
  readonly ref: string;
  readonly title: string;
}

export interface AnnexAControl {
  /** Namespaced ID, e.g. `ISO42001:A.6.2.4`. */
  readonly id: string;
  /** Bare number as printed in the standard, e.g. `A.6.2.4`. */
  readonly ref: string;
  readonly title: string;
  /** Namespaced ID of the objective group the control belongs to, e.g. `ISO42001:A.6`. */
  readonly objectiveId: string;
}

export const ISO42001_NAMESPACE = 'ISO42001';

const objective = (ref: string, title: string): AnnexAObjective => ({
  id: `${ISO42001_NAMESPACE}:${ref}`,
  ref,
  title,
});

export const ANNEX_A_OBJECTIVES: readonly AnnexAObjective[] = [
  objective('A.2', 'Policies related to AI'),
  objective('A.3', 'Internal organization'),
  objective('A.4', 'Resources for AI systems'),
  objective('A.5', 'Assessing impacts of AI systems'),
  objective('A.6', 'AI system life cycle'),
  objective('A.7', 'Data for AI systems'),
  objective('A.8', 'Information for interested parties of AI systems'),
  objective('A.9', 'Use of AI systems'),
  objective('A.10', 'Third-party and customer relationships'),
];

const control = (ref: string, title: string): AnnexAControl => {
  const objectiveRef = ref.split('.').slice(0, 2).join('.');
  return {
    id: `${ISO42001_NAMESPACE}:${ref}`,
    ref,
    title,
    objectiveId: `${ISO42001_NAMESPACE}:${objectiveRef}`,
  };
};

export const ANNEX_A_CONTROLS: readonly AnnexAControl[] = [
  control('A.2.2', 'AI policy'),
  control('A.2.3', 'Alignment with other organizational policies'),
  control('A.2.4', 'Review of the AI policy'),
  control('A.3.2', 'AI roles and responsibilities'),
  control('A.3.3', 'Reporting of concerns'),
  control('A.4.2', 'Resource documentation'),
  control('A.4.3', 'Data resources'),
  control('A.4.4', 'Tooling resources'),
  control('A.4.5', 'System and computing resources'),
  control('A.4.6', 'Human resources'),
  control('A.5.2', 'AI system impact assessment process'),
  control('A.5.3', 'Documentation of AI system impact assessments'),
  control('A.5.4', 'Assessing AI system impact on individuals or groups of individuals'),
  control('A.5.5', 'Assessing societal impacts of AI systems'),
  control('A.6.1.2', 'Objectives for responsible development of AI system'),
  control('A.6.1.3', 'Processes for responsible AI system design and development'),
  control('A.6.2.2', 'AI system requirements and specification'),
  control('A.6.2.3', 'Documentation of AI system design and development'),
  control('A.6.2.4', 'AI system verification and validation'),
  control('A.6.2.5', 'AI system deployment'),
  control('A.6.2.6', 'AI system operation and monitoring'),
  control('A.6.2.7', 'AI system technical documentation'),
  control('A.6.2.8', 'AI system recording of event logs'),
  control('A.7.2', 'Data for development and enhancement of AI system'),
  control('A.7.3', 'Acquisition of data'),
  control('A.7.4', 'Quality of data for AI systems'),
  control('A.7.5', 'Data provenance'),
  control('A.7.6', 'Data preparation'),
  control('A.8.2', 'System documentation and information for users'),
  control('A.8.3', 'External reporting'),
  control('A.8.4', 'Communication of incidents'),
  control('A.8.5', 'Information for interested parties'),
  control('A.9.2', 'Processes for responsible use of AI systems'),
  control('A.9.3', 'Objectives for responsible use of AI system'),
  control('A.9.4', 'Intended use of the AI system'),
  control('A.10.2', 'Allocating responsibilities'),
  control('A.10.3', 'Suppliers'),
  control('A.10.4', 'Customers'),
];
