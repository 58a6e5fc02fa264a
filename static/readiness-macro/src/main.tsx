import { mountMacro } from '../../common';
import { ReadinessMacro } from './ReadinessMacro';

void mountMacro(ReadinessMacro, () =>
  import('./ReadinessConfig.js').then((m) => m.ReadinessConfig),
);
