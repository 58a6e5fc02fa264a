/**
 * The seam through which Confluence's `body-format=export_view` (PDF/Word export) asks the
 * Forge host to render a Forge macro (`extension` ADF node) with the macro's `adfExport`
 * function (which Forge runs without a user). Without a Forge host, macros export as nothing.
 */
export interface ExtensionExportRequest {
  /** The ADF `extension` / `bodiedExtension` node as stored in the page. */
  node: Record<string, unknown>;
  pageId: string;
  spaceId: string;
  /** accountId of the user asking for the export (Confluence checks they may view the page; Forge does not pass it to the app). */
  accountId: string;
  /** 'pdf' | 'word' | 'export_view' — Forge passes the export type to adfExport. */
  exportType: string;
}

export interface ExtensionExporter {
  /** Returns ADF (a doc or a node list) to put in place of the macro. */
  render(request: ExtensionExportRequest): Promise<Record<string, unknown>[]>;
}

export class ExtensionExportHost {
  exporter: ExtensionExporter | undefined;
}
