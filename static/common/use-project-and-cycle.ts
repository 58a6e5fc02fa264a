import { useEffect, useState } from 'react';
import { z } from 'zod';
import { callResolver } from './resolver-call';
import { useAsync } from './use-async';

const defaultsSchema = z.object({ projectKey: z.string(), cycle: z.string() });

/** A saved config value as text (absent or not a string: empty). */
export const configText = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * The project and audit cycle of a macro's config form: the saved values, or, where none is saved,
 * the defaults the macro's `getConfigDefaults` resolver function answers (the audit programme and
 * the readiness report share them).
 */
export function useProjectAndCycle(saved: Record<string, unknown>) {
  const { state } = useAsync(() => callResolver('getConfigDefaults', defaultsSchema), []);
  const [projectKey, setProjectKey] = useState(configText(saved.projectKey));
  const [cycle, setCycle] = useState(configText(saved.cycle));
  useEffect(() => {
    if (state.status !== 'ready') return;
    if (!projectKey) setProjectKey(state.data.projectKey);
    if (!cycle) setCycle(state.data.cycle);
  }, [state.status]);
  return { loading: state.status === 'loading', projectKey, setProjectKey, cycle, setCycle };
}
