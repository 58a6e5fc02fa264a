/**
 * Shared pieces of the app's Custom UI front ends (static/<name>/).
 *
 * An app folder (a resource in manifest.yml) holds `src/main.tsx`; every app is served in the same
 * page, static/common/index.html, titled by the module that shows it:
 *
 *   void mountApp((context) => <MyPanel context={context} />, (locale) => import(`./locales/${locale}.json`));
 *   void mountMacro(MyMacro, { loadConfig, locales }); // a Confluence macro: its view, or its config form
 *
 * The second argument (`locales`) loads the app's own words, `src/locales/<locale>.json`, bundled with
 * it; `useI18n()` finds them first, then the manifest's shared `common.*` (docs/decisions/0010).
 * `mountApp` reads the Forge context, loads the Atlaskit tokens in the host's theme (light/dark,
 * following html[data-color-mode] as the host sets it) and the Atlaskit CSS reset. Call resolvers
 * with `callResolver(key, zodSchema, payload)` (the schemas of src/ui-contract); show `<Loading/>`
 * and `<Problem error/>` (or use `useAsync`, and `useAction` for what a person starts). Styles:
 * `./styles` (Atlaskit tokens). `npm run build:static` builds every app to static/<name>/build/.
 *
 * The form pieces only some screens use (the macro config form `./MacroConfigForm`, `./SelectField`,
 * `./PersonField`, built on @atlaskit/select; `./TextAreaField`; the changes table
 * `./ContextChanges`) are imported from their modules, not from here: what this module exports is
 * in every app's first download.
 */
export { mountApp } from './mount';
export type { FrameContext } from './mount';
export { mountMacro } from './mount-macro';
export type { MacroFrameProps } from './mount-macro';
export { useAction } from './use-action';
export { TextField } from './TextField';
export { NativeSelectField } from './NativeSelectField';
export type { NativeSelectOption } from './NativeSelectField';
export { KeyValueTable } from './KeyValueTable';
export { Confirmation } from './Confirmation';
export { UnsavedEditsProvider, useReportUnsaved, useUnsavedEdits } from './unsaved-edits';
export type { UnsavedEdit } from './unsaved-edits';
export { TitledSection } from './TitledSection';
export { downloadText } from './download';
export { tableOf } from './table-of';
export type { Column } from './table-of';
export { invokeChecked, ResolverResponseError } from './invoke';
export { callResolver, detailsOf, RefusedError } from './resolver-call';
export { Loading } from './Loading';
export { ErrorMessage } from './ErrorMessage';
export { errorMessageOf } from './error-message';
export { useAsync } from './use-async';
export type { AsyncState } from './use-async';
export { applyColorMode, followHostTheme } from './theme';
export type { ColorMode } from './theme';
export { Problem } from './Problem';
export { MoreInJira } from './MoreInJira';
export { JiraSearchLink } from './JiraSearchLink';
export { JiraPathLink } from './JiraPathLink';
export { useI18n } from './i18n/I18nProvider';
export type { Translator, TranslationValues } from './i18n/translator';
