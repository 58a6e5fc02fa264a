import { view } from '@forge/bridge';
import { checkedMacroConfigSchema } from '../../src/ui-contract/wire-shapes';
import { callResolver } from './resolver-call';
import { useAction } from './use-action';

/**
 * Saves a macro's configuration from its config frame: the app checks it first with the resolver
 * function `checkFunction` (a bad one is refused with its reasons and nothing is saved), then the
 * configuration the app accepted is handed to Confluence with view.submit.
 */
export function useConfigSubmit(checkFunction: string) {
  const { run, running, error } = useAction();
  const save = (config: Record<string, unknown>): Promise<boolean> =>
    run(async () => {
      const checked = await callResolver(checkFunction, checkedMacroConfigSchema, { config });
      await view.submit({ config: checked.config });
    });
  return { save, saving: running, error };
}
