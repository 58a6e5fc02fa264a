import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import Lozenge from '@atlaskit/lozenge';
import { useI18n } from '../../../common';
import type { OnboardingStep } from './onboarding-steps';

interface OnboardingState {
  steps: readonly OnboardingStep[];
  /** Reads the onboarding's state back again (after a step changed something). */
  refresh: () => void;
}

const OnboardingContext = createContext<OnboardingState>({ steps: [], refresh: () => undefined });

export function OnboardingProvider({
  steps,
  refresh,
  children,
}: OnboardingState & { children: ReactNode }) {
  return (
    <OnboardingContext.Provider value={{ steps, refresh }}>{children}</OnboardingContext.Provider>
  );
}

export const useOnboarding = (): OnboardingState => useContext(OnboardingContext);

/** "Step 2 of 6" and done / to do, next to the heading of a section that is an onboarding step. */
export function StepBadge({ sectionId }: { sectionId: string }) {
  const { steps } = useOnboarding();
  const { t } = useI18n();
  const index = steps.findIndex((s) => s.sectionId === sectionId);
  const step = steps[index];
  if (!step) return null;
  const at = { number: index + 1, total: steps.length };
  const text = step.optional
    ? step.done
      ? t('admin.onboarding.badge.optionalDone', at)
      : t('admin.onboarding.badge.optionalToDo', at)
    : step.done
      ? t('admin.onboarding.badge.done', at)
      : t('admin.onboarding.badge.toDo', at);
  return (
    <span data-testid={`step-status-${sectionId}`}>
      <Lozenge appearance={step.done ? 'success' : 'default'}>{text}</Lozenge>
    </span>
  );
}
