/**
 * Escapes text for HTML and XHTML (Confluence storage format): element content and double- or
 * single-quoted attribute values alike. The one escaper of the emulator.
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
