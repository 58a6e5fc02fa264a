import type { ComponentType } from 'react';
import { z } from 'zod';
import { mountApp } from './mount';
import { UnsavedEditsProvider } from './unsaved-edits';

/** What a macro's frame knows from the Forge context. */
export interface MacroFrameProps {
  /** The configuration saved in the macro (empty before the first save). */
  saved: Record<string, unknown>;
  /** The page version the macro is shown at, when Confluence says. */
  contentVersion?: number;
}

const macroExtensionSchema = z.looseObject({
  macro: z.looseObject({ isConfiguring: z.boolean().optional() }).optional(),
  config: z.record(z.string(), z.unknown()).nullish(),
  content: z.looseObject({ version: z.number().int().optional() }).optional(),
});

/**
 * Boots a Confluence macro's Custom UI: its `Config` form in the macro's config frame, its `View`
 * everywhere else — inside an `UnsavedEditsProvider`, so that a freeze or approval in the view can
 * name input typed and not saved yet.
 */
export function mountMacro(
  View: ComponentType<MacroFrameProps>,
  Config: ComponentType<MacroFrameProps>,
): Promise<void> {
  return mountApp((context) => {
    const parsed = macroExtensionSchema.safeParse(context.extension);
    const extension = parsed.success ? parsed.data : {};
    const props: MacroFrameProps = {
      saved: extension.config ?? {},
      contentVersion: extension.content?.version,
    };
    return extension.macro?.isConfiguring ? (
      <Config {...props} />
    ) : (
      <UnsavedEditsProvider>
        <View {...props} />
      </UnsavedEditsProvider>
    );
  });
}
