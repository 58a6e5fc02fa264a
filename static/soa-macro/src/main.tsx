import { mountMacro } from '../../common';
import { SoaMacro } from './SoaMacro';

void mountMacro(SoaMacro, {
  loadConfig: () => import('./SoaConfig.js').then((m) => m.SoaConfig),
});
