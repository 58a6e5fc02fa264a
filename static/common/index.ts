/**
 * Shared pieces of the app's Custom UI front ends (static/<name>/).
 *
 * An app folder (a resource in manifest.yml) holds `src/main.tsx`; every app is served in the same
 * page, static/common/index.html, titled by the module that shows it:
 *
 *   void mountApp((context) => <MyPanel context={context} />);
 *
 * `mountApp` reads the Forge context, loads the Atlaskit tokens in the host's theme (light/dark,
 * following html[data-color-mode] as the host sets it) and the Atlaskit CSS reset. Call resolvers
 * with `invokeChecked(key, zodSchema, payload)`; show `<Loading/>` and `<ErrorMessage error/>`
 * (or use `useAsync`). `npm run build:static` builds every app to static/<name>/build/.
 */
export { mountApp } from './mount';
export type { FrameContext } from './mount';
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
