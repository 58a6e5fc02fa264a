import { useState } from 'react';
import { z } from 'zod';
import { callResolver } from '../resolver-call';
import { useAction } from '../use-action';
import { useI18n } from '../i18n/I18nProvider';

const done = z.object({}).loose();

/**
 * Runs a resolver function that changes a controlled document (approve, request approval, save),
 * then reloads the view and says what was done in `flag`; a refusal is kept in `error`.
 */
export function useDocumentAction(reload: () => void) {
  const action = useAction();
  const { t } = useI18n();
  const [flag, setFlag] = useState<string | undefined>(undefined);
  const run = async (fn: string, payload: Record<string, unknown>, success: string) => {
    setFlag(undefined);
    return action.run(async () => {
      await callResolver(fn, done, payload);
      setFlag(
        fn === 'approve'
          ? t('common.document.approvedFlag', { version: String(payload.reviewedVersion) })
          : success,
      );
      reload();
    });
  };
  return { run, flag, error: action.error, running: action.running };
}
