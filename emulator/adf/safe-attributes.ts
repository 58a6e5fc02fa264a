/** Link schemes that render as links; anything else with a scheme (javascript:, data:, …) does not. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * The href to render, or undefined when it must not be a link: only http, https, mailto and
 * relative references. Browsers ignore tabs and newlines inside a URL and control characters and
 * spaces around it, so the scheme is read as they would read it.
 */
export function safeHref(href: unknown): string | undefined {
  if (typeof href !== 'string') return undefined;
  // eslint-disable-next-line no-control-regex
  const normalized = href.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(normalized)?.[1];
  if (scheme !== undefined && !SAFE_SCHEMES.has(scheme.toLowerCase())) return undefined;
  return href;
}

/** A CSS colour as ADF stores it (#rgb, #rrggbb, a name, rgb()/rgba()), or undefined. */
export function safeColor(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  return /^(#[0-9a-f]{3,8}|[a-z]+|rgba?\([0-9.,%\s]+\))$/i.test(value.trim())
    ? value.trim()
    : undefined;
}
