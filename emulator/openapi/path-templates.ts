/** Matching between OpenAPI path templates (`/issue/{issueIdOrKey}`) and concrete paths. */

const regexes = new Map<string, RegExp>();

/** The regular expression of a template, one capture group per parameter (built once). */
export function templateRegex(template: string): RegExp {
  const cached = regexes.get(template);
  if (cached) return cached;
  const pattern = template
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith('{') ? '([^/]+)' : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')))
    .join('');
  const regex = new RegExp(`^${pattern}$`);
  regexes.set(template, regex);
  return regex;
}

const paramCount = (template: string): number => (template.match(/\{[^}]+\}/g) ?? []).length;

/** True when the concrete path (no query string) is an instance of the template. */
export function matchesTemplate(template: string, concretePath: string): boolean {
  return templateRegex(template).test(concretePath);
}

/**
 * The template a concrete path belongs to. Literal segments win over parameters, as servers route
 * them (`/issue/createmeta` is not `/issue/{issueIdOrKey}`).
 */
export function templateFor(templates: Iterable<string>, concretePath: string): string | undefined {
  let best: string | undefined;
  for (const template of templates) {
    if (!matchesTemplate(template, concretePath)) continue;
    if (best === undefined || paramCount(template) < paramCount(best)) best = template;
  }
  return best;
}

/** Fills a template's parameters: `fillTemplate('/issue/{key}', { key: 'A-1' })`. */
export function fillTemplate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{([^}]+)\}/g, (_m, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`No value for {${name}} in ${template}`);
    return encodeURIComponent(String(value));
  });
}
