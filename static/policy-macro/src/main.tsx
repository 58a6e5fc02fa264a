import { mountMacro } from '../../common';
import { PolicyMacro } from './PolicyMacro';

void mountMacro(PolicyMacro, {
  loadConfig: () => import('./PolicyConfig.js').then((m) => m.PolicyConfig),
  locales: (locale) => import(`./locales/${locale}.json`),
});
