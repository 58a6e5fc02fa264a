import { z } from 'zod';
import { mountApp } from '../../common';
import { SoaConfig } from './SoaConfig';
import { SoaMacro } from './SoaMacro';

const macroExtension = z.looseObject({
  macro: z.looseObject({ isConfiguring: z.boolean().optional() }).optional(),
  config: z.record(z.string(), z.unknown()).nullish(),
});

void mountApp((context) => {
  const extension = macroExtension.safeParse(context.extension);
  const data = extension.success ? extension.data : {};
  if (data.macro?.isConfiguring) return <SoaConfig saved={data.config ?? {}} />;
  return <SoaMacro />;
});
