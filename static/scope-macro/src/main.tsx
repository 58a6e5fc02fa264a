import { mountMacro } from '../../common';
import { ScopeMacro } from './ScopeMacro';

void mountMacro(ScopeMacro, {
  loadConfig: () => import('./ScopeConfig.js').then((m) => m.ScopeConfig),
  locales: (locale) => import(`./locales/${locale}.json`),
});
