import { mountMacro } from '../../common';
import { GapMacro } from './GapMacro';

void mountMacro(GapMacro);
