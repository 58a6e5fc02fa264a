import { mountMacro } from '../../common';
import { ReviewMacro } from './ReviewMacro';

void mountMacro(ReviewMacro, {
  loadConfig: () => import('./ReviewConfig.js').then((m) => m.ReviewConfig),
  locales: (locale) => import(`./locales/${locale}.json`),
});
