import { mountMacro } from '../../common';
import { AuditProgrammeMacro } from './AuditProgrammeMacro';

void mountMacro(AuditProgrammeMacro, () =>
  import('./AuditProgrammeConfig.js').then((m) => m.AuditProgrammeConfig),
);
