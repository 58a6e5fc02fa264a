import { useCallback, useEffect, useState } from 'react';
import type { OnboardingStatus } from '../../../../src/ui-contract/onboarding-view';
import { onboardingStatusSchema } from '../../../../src/ui-contract/onboarding-view';
import { callResolver } from '../../../common';

/**
 * The onboarding's state, read back from the server on mount and on `refresh()`. While a refresh
 * runs, the last state stays shown (the page does not jump).
 */
export function useOnboardingStatus() {
  const [status, setStatus] = useState<OnboardingStatus | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);
  const refresh = useCallback(async (): Promise<void> => {
    try {
      setStatus(await callResolver('getOnboarding', onboardingStatusSchema));
      setFailure(undefined);
    } catch (err) {
      setFailure(err);
    }
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return { status, failure, refresh };
}
