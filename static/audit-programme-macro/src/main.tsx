import { mountMacro } from '../../common';
import { AuditProgrammeMacro } from './AuditProgrammeMacro';

void mountMacro(AuditProgrammeMacro, {
  loadConfig: () => import('./AuditProgrammeConfig.js').then((m) => m.AuditProgrammeConfig),
  locales: (locale) => import(`./locales/${locale}.json`),
});
