import { lazy, Suspense } from 'react';
import type { ComponentType } from 'react';
import { z } from 'zod';
import { Loading } from './Loading';
import type { AppLocales } from './i18n/bundled-translations';
import { mountApp } from './mount';
import { UnsavedEditsProvider } from './unsaved-edits';
import { useI18n } from './i18n/I18nProvider';

/** What a macro's frame knows from the Forge context. */
export interface MacroFrameProps {
  /** The configuration saved in the macro (empty before the first save). */
  saved: Record<string, unknown>;
  /** The page version the macro is shown at, when Confluence says. */
  contentVersion?: number;
}

const macroExtensionSchema = z.looseObject({
  macro: z.looseObject({ isConfiguring: z.boolean().optional() }).optional(),
  config: z.record(z.string(), z.unknown()).nullish(),
  content: z.looseObject({ version: z.number().int().optional() }).optional(),
});

/** While a macro's config form loads, in the viewer's language. */
function LoadingSettings() {
  const { t } = useI18n();
  return <Loading label={t('common.loadingSettings')} />;
}

/**
 * Boots a Confluence macro's Custom UI: its `View` in the page, its config form (for a macro with
 * a `config` in the manifest) in the macro's config frame. The form is loaded only there (`loadConfig`, a dynamic import): what only the
 * editor of the macro needs stays out of what every reader of the page downloads. The view runs
 * inside an `UnsavedEditsProvider`, so that a freeze or approval in the view can name input typed
 * and not saved yet.
 */
export function mountMacro(
  View: ComponentType<MacroFrameProps>,
  {
    loadConfig,
    locales,
  }: {
    loadConfig?: () => Promise<ComponentType<MacroFrameProps>>;
    /** The macro's own words (`src/locales/<locale>.json`), as mountApp takes them. */
    locales?: AppLocales;
  } = {},
): Promise<void> {
  const Config = loadConfig && lazy(async () => ({ default: await loadConfig() }));
  return mountApp((context) => {
    const parsed = macroExtensionSchema.safeParse(context.extension);
    const extension = parsed.success ? parsed.data : {};
    const props: MacroFrameProps = {
      saved: extension.config ?? {},
      contentVersion: extension.content?.version,
    };
    return Config && extension.macro?.isConfiguring ? (
      <Suspense fallback={<LoadingSettings />}>
        <Config {...props} />
      </Suspense>
    ) : (
      <UnsavedEditsProvider>
        <View {...props} />
      </UnsavedEditsProvider>
    );
  }, locales);
}
