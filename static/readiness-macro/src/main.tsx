import { mountMacro } from '../../common';
import { ReadinessMacro } from './ReadinessMacro';

void mountMacro(ReadinessMacro, {
  loadConfig: () => import('./ReadinessConfig.js').then((m) => m.ReadinessConfig),
  locales: (locale) => import(`./locales/${locale}.json`),
});
