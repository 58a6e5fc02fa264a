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
  /** Why a step done before is to do again, in words. */
  detail?: string;
}

/**
 * The onboarding's steps in order, each done or to do from the state read back, named by `t`.
 * The roadmap and the AIMS board are optional: an AIMS runs without them.
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
      // An issue type still to rename in Jira (after an upgrade or a new name) makes it to do.
      done: status.provisioned && status.issueTypesToRename.length === 0,
      ...(status.issueTypesToRename.length > 0
        ? {
            detail: t('admin.onboarding.step.renames', {
              renames: status.issueTypesToRename
                .map((r) => t('admin.onboarding.step.rename', { from: r.from, to: r.to }))
                .join(', '),
            }),
          }
        : {}),
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
    {
      sectionId: 'board',
      label: t('admin.onboarding.step.board'),
      done: status.board?.board != null && status.board.problems.length === 0,
      optional: true,
    },
  ];
}

/** The first required step still to do (undefined when every required step is done). */
export const nextStep = (steps: readonly OnboardingStep[]): OnboardingStep | undefined =>
  steps.find((s) => !s.done && !s.optional);
