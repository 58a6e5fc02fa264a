import { mountMacro } from '../../common';
import { ScopeConfig } from './ScopeConfig';
import { ScopeMacro } from './ScopeMacro';

void mountMacro(ScopeMacro, ScopeConfig);
