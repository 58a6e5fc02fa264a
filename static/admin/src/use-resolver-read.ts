import { useCallback, useEffect, useState } from 'react';
import type { z } from 'zod';
import { callResolver } from '../../common';

/**
 * A resolver read, on mount and on `refresh()`. A refresh keeps what is shown until the new answer
 * arrives, so the page (and what a section shows, e.g. the changes just made) stays in place.
 */
export function useResolverRead<S extends z.ZodType>(functionKey: string, schema: S) {
  const [value, setValue] = useState<z.output<S> | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);
  const refresh = useCallback(async (): Promise<void> => {
    try {
      setValue(await callResolver(functionKey, schema));
      setFailure(undefined);
    } catch (err) {
      setFailure(err);
    }
  }, [functionKey, schema]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return { value, failure, refresh };
}
