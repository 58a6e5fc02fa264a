import { useState } from 'react';
import type { ReactNode } from 'react';
import SectionMessage from '@atlaskit/section-message';
import type { z } from 'zod';
import { useI18n } from '../i18n/I18nProvider';
import { Loading } from '../Loading';
import { Problem } from '../Problem';
import { callResolver } from '../resolver-call';
import { frame } from '../styles';
import { useAsync } from '../use-async';
import { useDocumentAction } from './use-document-action';

type NotConfigured = { configured: false; message: string };
type Configured<S extends z.ZodType> = Extract<z.output<S>, { configured: true }>;

/** What a controlled document's macro renders once its view is loaded and configured. */
export interface ControlledDocumentProps<V> {
  view: V;
  /** Shows another page version's document control. */
  pickVersion: (version: number) => void;
  action: ReturnType<typeof useDocumentAction>;
}

/**
 * A controlled document's macro (AI policy, scope and context): loads its view for the page
 * version shown (`getView`), says when it is loading, failed or not configured, and otherwise
 * renders `children` with the view and the document actions.
 */
export function ControlledDocumentMacro<S extends z.ZodType<{ configured: true } | NotConfigured>>({
  contentVersion,
  schema,
  macroTitle,
  what,
  notConfiguredTestId,
  children,
}: {
  contentVersion: number | undefined;
  schema: S;
  /** The macro's name, over the "not configured" message. */
  macroTitle: string;
  /** What is loaded, in messages: "the document control". */
  what: string;
  notConfiguredTestId: string;
  children: (props: ControlledDocumentProps<Configured<S>>) => ReactNode;
}) {
  const [pageVersion, setPageVersion] = useState<number | undefined>(contentVersion);
  const { state, reload } = useAsync(
    () => callResolver('getView', schema, pageVersion ? { pageVersion } : {}),
    [pageVersion],
  );
  const action = useDocumentAction(reload);
  const { t } = useI18n();
  if (state.status === 'loading')
    return (
      <div style={frame}>
        <Loading label={t('common.document.loading', { what })} />
      </div>
    );
  if (state.status === 'error')
    return (
      <div style={frame}>
        <Problem
          error={state.error}
          title={capitalized(t('common.document.loadFailed', { what }))}
        />
      </div>
    );
  const view = state.data as z.output<S>;
  if (!view.configured) {
    return (
      <div style={frame} data-testid={notConfiguredTestId}>
        <SectionMessage appearance="warning" title={macroTitle}>
          <p>{view.message}</p>
        </SectionMessage>
      </div>
    );
  }
  return <>{children({ view: view as Configured<S>, pickVersion: setPageVersion, action })}</>;
}

const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
