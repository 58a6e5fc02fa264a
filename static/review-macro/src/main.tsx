import { mountMacro } from '../../common';
import { ReviewConfig } from './ReviewConfig';
import { ReviewMacro } from './ReviewMacro';

void mountMacro(ReviewMacro, ReviewConfig);
