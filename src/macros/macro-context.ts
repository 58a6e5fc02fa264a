/**
 * Where a macro's resolver or export runs, from the Forge extension context (never from the
 * payload): the page the macro sits on, its saved configuration, the site and the user.
 */
import { z } from 'zod';
import { Refusal, zodIssueLines } from '../domain/refusal';

const macroContextSchema = z.looseObject({
  accountId: z.string().optional(),
  siteUrl: z.string().optional(),
  extension: z.looseObject({
    content: z.looseObject({ id: z.string().regex(/^\d+$/, 'The macro is not on a saved page') }),
    config: z.unknown().optional(),
  }),
});

export interface MacroContext {
  pageId: string;
  /** The configuration Confluence saved in the macro node (validated by each macro). */
  rawConfig: unknown;
  /** The site's address ('' when the context does not say). */
  siteUrl: string;
  accountId: string | undefined;
}

/** The macro's context, or a refusal naming the macro when the call comes from elsewhere. */
export function parseMacroContext(context: unknown, macroName: string): MacroContext {
  const parsed = macroContextSchema.safeParse(context);
  if (!parsed.success) {
    throw new Refusal(
      `This function only works inside the ${macroName} macro on a saved Confluence page.`,
    );
  }
  const { accountId, siteUrl, extension } = parsed.data;
  return {
    pageId: extension.content.id,
    rawConfig: extension.config,
    siteUrl: siteUrl ?? '',
    accountId,
  };
}

/**
 * The documented adfExport payload: `exportType` ('pdf' | 'word' | 'other') and the macro's
 * extension context (manifest-reference/modules/macro, adfExport; the export-view tutorial reads
 * `payload.context.extension.content.id`). Forge documents no user for an export — the page may be
 * exported as a PDF or Word file, shown in the page history or read through the REST API — so
 * an export has no reader: it must not read as a user, and shows only what every viewer of the
 * page may see (see macro-export.ts).
 */
const exportPayloadSchema = z.looseObject({
  exportType: z.enum(['pdf', 'word', 'other']).catch('other'),
  context: z.looseObject({ extension: z.unknown() }),
});

export interface MacroExportContext {
  pageId: string;
  rawConfig: unknown;
  exportType: 'pdf' | 'word' | 'other';
}

/** The context of an adfExport call (PDF/Word export, page history, export_view): no user. */
export function parseMacroExport(payload: unknown, macroName: string): MacroExportContext {
  const parsed = exportPayloadSchema.safeParse(payload);
  if (!parsed.success) {
    throw new Refusal(
      `The ${macroName} macro could not be exported.`,
      zodIssueLines(parsed.error, { root: 'payload' }),
    );
  }
  const { pageId, rawConfig } = parseMacroContext(parsed.data.context, macroName);
  return { pageId, rawConfig, exportType: parsed.data.exportType };
}
