import { mountMacro } from '../../common';
import { SoaMacro } from './SoaMacro';

void mountMacro(SoaMacro, {
  loadConfig: () => import('./SoaConfig.js').then((m) => m.SoaConfig),
  locales: (locale) => import(`./locales/${locale}.json`),
});
