import { mountMacro } from '../../common';
import { ScopeMacro } from './ScopeMacro';

void mountMacro(ScopeMacro, () => import('./ScopeConfig.js').then((m) => m.ScopeConfig));
