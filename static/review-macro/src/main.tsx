import { mountMacro } from '../../common';
import { ReviewMacro } from './ReviewMacro';

void mountMacro(ReviewMacro, () => import('./ReviewConfig.js').then((m) => m.ReviewConfig));
