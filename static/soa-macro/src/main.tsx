import { mountMacro } from '../../common';
import { SoaConfig } from './SoaConfig';
import { SoaMacro } from './SoaMacro';

void mountMacro(SoaMacro, SoaConfig);
