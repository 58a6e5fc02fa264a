import fs from 'node:fs';
import path from 'node:path';
import { agileOperationOf } from '../jira/agile/agile-operations';

type Method = 'get' | 'post' | 'put' | 'delete' | 'patch';

interface Operation {
  regex: RegExp;
  literalSegments: number;
  /** Alternative scope sets; the app needs every scope of at least one set. Empty: no scope needed. */
  scopeSets: string[][];
}

interface SpecOperation {
  security?: Record<string, string[]>[];
  'x-atlassian-oauth2-scopes'?: { scopes: string[]; state?: string }[];
}

export interface ScopeRequirement {
  /** Operation found in the product's OpenAPI spec (or by the fallback rules). */
  known: boolean;
  scopeSets: string[][];
}

const PRODUCT_PREFIX = { jira: '', confluence: '/wiki/api/v2' } as const;
const SPEC_FILE = {
  jira: 'jira-platform-rest-v3.openapi.json',
  confluence: 'confluence-rest-v2.openapi.json',
} as const;

/** Parsed specs per directory: they are large (2.5 MB) and the same for every host in a process. */
const cached = new Map<string, Record<'jira' | 'confluence', Map<Method, Operation[]>>>();

export function defaultSpecDir(): string {
  return process.env.AIMS_OPENAPI_DIR ?? path.resolve(__dirname, '../../../shared/specs');
}

/**
 * Which OAuth scopes a product REST operation needs, read from the operation's
 * `x-atlassian-oauth2-scopes` (classic "Current" and granular "Beta" sets) in Atlassian's OpenAPI
 * specs. When the specs are not on disk, falls back to the classic rules: Jira GET needs
 * read:jira-work, other Jira methods write:jira-work (configuration paths manage:jira-configuration).
 */
export class ScopeTable {
  private readonly ops: Record<'jira' | 'confluence', Map<Method, Operation[]>> | undefined;

  constructor(specDir = defaultSpecDir()) {
    const jira = path.join(specDir, SPEC_FILE.jira);
    const confluence = path.join(specDir, SPEC_FILE.confluence);
    if (fs.existsSync(jira) && fs.existsSync(confluence)) {
      this.ops = cached.get(specDir) ?? { jira: load(jira), confluence: load(confluence) };
      cached.set(specDir, this.ops);
    } else {
      console.warn(`[forge-host] OpenAPI specs not found in ${specDir}; using classic scope rules`);
    }
  }

  requirement(
    product: 'jira' | 'confluence',
    method: string,
    requestPath: string,
  ): ScopeRequirement {
    const pathOnly = requestPath.replace(/[?#].*$/, '');
    const m = method.toLowerCase() as Method;
    if (product === 'jira' && pathOnly.startsWith('/rest/agile/')) {
      // Jira Software's API is not in the platform spec: its scopes from the JSW scopes page.
      const op = agileOperationOf(method, pathOnly);
      return op ? { known: true, scopeSets: [[...op.scopes]] } : { known: false, scopeSets: [] };
    }
    if (!this.ops) return fallback(product, m, pathOnly);
    const prefix = PRODUCT_PREFIX[product];
    if (!pathOnly.startsWith(prefix)) return { known: false, scopeSets: [] };
    const specPath = pathOnly.slice(prefix.length);
    const candidates = this.ops[product].get(m) ?? [];
    const op = candidates.find((o) => o.regex.test(specPath));
    return op ? { known: true, scopeSets: op.scopeSets } : { known: false, scopeSets: [] };
  }
}

function load(file: string): Map<Method, Operation[]> {
  const spec = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    paths: Record<string, Record<string, SpecOperation>>;
  };
  const byMethod = new Map<Method, Operation[]>();
  for (const [template, item] of Object.entries(spec.paths)) {
    const segments = template.split('/');
    const pattern = segments
      .map((s) => (/^\{[^}]+\}$/.test(s) ? '[^/]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('/');
    for (const [method, op] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'delete', 'patch'].includes(method)) continue;
      const scopeSets =
        op['x-atlassian-oauth2-scopes']?.map((s) => s.scopes) ??
        (op.security ?? []).flatMap((s) =>
          Object.entries(s)
            .filter(([k]) => k !== 'basicAuth')
            .map(([, v]) => v),
        );
      const list = byMethod.get(method as Method) ?? [];
      list.push({
        regex: new RegExp(`^${pattern}/?$`),
        literalSegments: segments.filter((s) => s && !s.startsWith('{')).length,
        scopeSets: scopeSets.filter((s) => s.length > 0),
      });
      byMethod.set(method as Method, list);
    }
  }
  // Literal paths (…/issue/bulk) win over templated ones (…/issue/{issueIdOrKey}).
  for (const list of byMethod.values()) list.sort((a, b) => b.literalSegments - a.literalSegments);
  return byMethod;
}

const JIRA_CONFIGURATION =
  /^\/rest\/api\/3\/(workflows?|workflowscheme|issuetype|issuetypescheme|issueLinkType|field|statuses|screens?|fieldconfiguration|priority|resolution)/;

function fallback(product: 'jira' | 'confluence', method: Method, p: string): ScopeRequirement {
  if (product === 'jira') {
    if (method === 'get') return { known: true, scopeSets: [['read:jira-work']] };
    if (JIRA_CONFIGURATION.test(p))
      return { known: true, scopeSets: [['manage:jira-configuration']] };
    return { known: true, scopeSets: [['write:jira-work']] };
  }
  const resource = /^\/wiki\/api\/v2\/([a-z-]+?)s?(?:\/|$)/.exec(p)?.[1] ?? 'page';
  const verb = method === 'get' ? 'read' : method === 'delete' ? 'delete' : 'write';
  return { known: true, scopeSets: [[`${verb}:${resource}:confluence`]] };
}
