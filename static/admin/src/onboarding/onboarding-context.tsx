import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import Lozenge from '@atlaskit/lozenge';
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
  const index = steps.findIndex((s) => s.sectionId === sectionId);
  const step = steps[index];
  if (!step) return null;
  return (
    <span data-testid={`step-status-${sectionId}`}>
      <Lozenge appearance={step.done ? 'success' : 'default'}>
        {`Step ${index + 1} of ${steps.length}${step.optional ? ' (optional)' : ''}: ${step.done ? 'done' : 'to do'}`}
      </Lozenge>
    </span>
  );
}
