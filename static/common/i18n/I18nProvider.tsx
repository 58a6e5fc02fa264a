import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import type { Translator } from './translator';
import { translatorOf } from './translator';

/** Before the translations are loaded (never in a mounted app): keys shown as they are, as Forge does. */
const I18nContext = createContext<Translator>(translatorOf((key) => key, 'en-US'));

/** Gives the screens below it the viewer's translations and formats (mountApp puts it at the root). */
export function I18nProvider({
  translator,
  children,
}: {
  translator: Translator;
  children: ReactNode;
}) {
  return <I18nContext.Provider value={translator}>{children}</I18nContext.Provider>;
}

/** The viewer's translations and date and number formats (`const { t } = useI18n()`). */
export function useI18n(): Translator {
  return useContext(I18nContext);
}
