import { useCallback, useEffect, useRef, useState } from 'react';
import { callResolver } from '../../common';
import type { ProvisioningProgressView } from '../../../src/ui-contract/provisioning-view';
import { provisioningProgressAnswerSchema } from '../../../src/ui-contract/provisioning-view';

/** How often the page asks how a run is going while it runs. */
const POLL_MS = 1000;

const isGoing = (run: ProvisioningProgressView | null | undefined): boolean =>
  !!run && (run.status === 'queued' || run.status === 'running' || run.status === 'waiting');

/**
 * The latest provisioning run: read on mount, polled while it goes on, started or resumed on
 * request. `onFinished` runs when a run this page watched stops (completed or failed).
 */
export function useProvisioningRun(onFinished: () => void) {
  const [run, setRun] = useState<ProvisioningProgressView | null | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async (): Promise<void> => {
    try {
      setRun((await callResolver('provisioningProgress', provisioningProgressAnswerSchema)).run);
      setFailure(undefined);
    } catch (err) {
      setFailure(err);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const going = isGoing(run);
  useEffect(() => {
    if (!going) return undefined;
    const timer = setInterval(() => void load(), POLL_MS);
    return () => clearInterval(timer);
  }, [going, load]);

  const wasGoing = useRef(false);
  useEffect(() => {
    if (wasGoing.current && !going) onFinished();
    wasGoing.current = going;
  }, [going, onFinished]);

  const act = useCallback(async (functionKey: 'startProvisioning' | 'resumeProvisioning') => {
    setBusy(true);
    setFailure(undefined);
    try {
      setRun((await callResolver(functionKey, provisioningProgressAnswerSchema)).run);
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  }, []);

  return {
    run,
    going,
    failure,
    busy,
    start: () => act('startProvisioning'),
    resume: () => act('resumeProvisioning'),
  };
}
