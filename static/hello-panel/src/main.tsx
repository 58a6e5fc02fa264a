import { z } from 'zod';
import { mountApp } from '../../common';
import { HelloConfig } from './HelloConfig';
import { HelloPanel } from './HelloPanel';

const macroExtension = z.object({
  macro: z.object({ isConfiguring: z.boolean().optional() }).optional(),
  config: z.object({ greeting: z.string().optional() }).nullish(),
});

void mountApp((context) => {
  const macro = macroExtension.safeParse(context.extension);
  if (macro.success && macro.data.macro?.isConfiguring) {
    return <HelloConfig greeting={macro.data.config?.greeting ?? ''} />;
  }
  return <HelloPanel context={context} />;
});
