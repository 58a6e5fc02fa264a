import { z } from 'zod';
import { mountApp } from '../../common';
import { PolicyConfig } from './PolicyConfig';
import { PolicyMacro } from './PolicyMacro';

const macroExtension = z.looseObject({
  macro: z.looseObject({ isConfiguring: z.boolean().optional() }).optional(),
  config: z.record(z.string(), z.unknown()).nullish(),
  content: z.looseObject({ version: z.number().int().optional() }).optional(),
});

void mountApp((context) => {
  const extension = macroExtension.safeParse(context.extension);
  const data = extension.success ? extension.data : {};
  if (data.macro?.isConfiguring) return <PolicyConfig saved={data.config ?? {}} />;
  return <PolicyMacro initialVersion={data.content?.version} />;
});
