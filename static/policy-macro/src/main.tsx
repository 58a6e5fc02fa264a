import { mountMacro } from '../../common';
import { PolicyConfig } from './PolicyConfig';
import { PolicyMacro } from './PolicyMacro';

void mountMacro(PolicyMacro, PolicyConfig);
