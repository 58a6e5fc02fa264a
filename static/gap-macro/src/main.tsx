import { mountMacro } from '../../common';
import { GapMacro } from './GapMacro';

void mountMacro(GapMacro, { locales: (locale) => import(`./locales/${locale}.json`) });
