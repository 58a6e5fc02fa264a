import type { OnboardingStatus } from '../../../../src/ui-contract/onboarding-view';
import { ONBOARDING_PAGE_KINDS } from '../../../../src/ui-contract/onboarding-view';
import type { Translator } from '../../../common/i18n/translator';

/** One step of the guided onboarding: where its section is and whether it is done (read back). */
export interface OnboardingStep {
  /** The id of its section on the admin page (the tracker links to it). */
  sectionId: string;
  /** Its name, in the viewer's language. */
  label: string;
  done: boolean;
  /** Optional steps never hold the next one back. */
  optional?: boolean;
}

/**
 * The onboarding's steps in order, each done or to do from the state read back, named by `t`.
 * (A "Kanban board" step goes after the roadmap when the board section exists.)
 */
export function onboardingSteps(status: OnboardingStatus, t: Translator['t']): OnboardingStep[] {
  return [
    {
      sectionId: 'project',
      label: t('admin.onboarding.step.project'),
      done: status.project.found?.companyManaged === true,
    },
    {
      sectionId: 'provisioning',
      label: t('admin.onboarding.step.provision'),
      done: status.provisioned,
    },
    {
      sectionId: 'risk-matrix',
      label: t('admin.onboarding.step.riskMatrix'),
      done: status.riskMatrixSaved,
    },
    {
      sectionId: 'roles',
      label: t('admin.onboarding.step.roles'),
      done: status.roles.every((r) => r.exists),
    },
    {
      sectionId: 'pages',
      label: t('admin.onboarding.step.pages'),
      done: ONBOARDING_PAGE_KINDS.every((k) => status.pages.present.includes(k)),
    },
    {
      sectionId: 'roadmap',
      label: t('admin.onboarding.step.roadmap'),
      done: status.roadmapMissing === 0,
      optional: true,
    },
  ];
}

/** The first required step still to do (undefined when every required step is done). */
export const nextStep = (steps: readonly OnboardingStep[]): OnboardingStep | undefined =>
  steps.find((s) => !s.done && !s.optional);
