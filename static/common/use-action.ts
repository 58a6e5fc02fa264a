import { useCallback, useState } from 'react';

/**
 * Runs something the person asked for (a save, an approval), tracking whether it is running and
 * what went wrong. `run` resolves to true when the action succeeded; a failure is kept in `error`
 * (cleared when the next run starts) for showing with <Problem/>.
 */
export function useAction() {
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const run = useCallback(async (action: () => Promise<void>): Promise<boolean> => {
    setRunning(true);
    setError(undefined);
    try {
      await action();
      return true;
    } catch (err) {
      setError(err);
      return false;
    } finally {
      setRunning(false);
    }
  }, []);
  return { run, running, error };
}
