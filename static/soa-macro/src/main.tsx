import { mountMacro } from '../../common';
import { SoaMacro } from './SoaMacro';

void mountMacro(SoaMacro, () => import('./SoaConfig.js').then((m) => m.SoaConfig));
