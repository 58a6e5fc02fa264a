/**
 * The demo's view of the provisioned AIMS project, found the way any REST client finds it: field
 * ids by the names the app gives its fields (GET /field), issue types by name (createmeta),
 * transitions by name (GET /transitions), link types by name. Plus the few actions people take:
 * create, edit, transition, link.
 */
import type { AimsFieldKind } from '../../../src/jira/aims-schema/fields';
import { AIMS_FIELDS } from '../../../src/jira/aims-schema/fields';
import type { DemoLogin, DemoSite } from './demo-rest';
import { textToAdf } from '../../adf/adf-text';
import { demoRest, demoUser } from './demo-rest';

export const DEMO_PROJECT = 'AIMS';

/** A demo value for a field, by the field's kind: option text, text, a person, a date. */
export type DemoValue = string | number | readonly string[] | { user: DemoLogin };
export type DemoValues = Record<string, DemoValue | undefined>;

interface FieldRef {
  id: string;
  kind: AimsFieldKind;
}

export class DemoJira {
  private constructor(
    readonly site: DemoSite,
    private readonly fields: ReadonlyMap<string, FieldRef>,
    private readonly issueTypes: ReadonlyMap<string, string>,
    readonly confidentialLevelId: string | undefined,
  ) {}

  /** Reads field ids, issue types and the security level; fails if the app has not provisioned AIMS. */
  static async connect(site: DemoSite): Promise<DemoJira> {
    const fieldList = await demoRest<{ id: string; name: string }[]>(
      site,
      'admin',
      'GET',
      '/rest/api/3/field',
    );
    const fields = new Map<string, FieldRef>();
    for (const def of AIMS_FIELDS) {
      const found = fieldList.find((f) => f.name === def.name);
      if (!found)
        throw new Error(`Field "${def.name}" is missing: the app has not provisioned project AIMS`);
      fields.set(def.key, { id: found.id, kind: def.kind });
    }
    const types = await demoRest<{ issueTypes: { id: string; name: string }[] }>(
      site,
      'admin',
      'GET',
      `/rest/api/3/issue/createmeta/${DEMO_PROJECT}/issuetypes?maxResults=100`,
    );
    const levels = await demoRest<{ levels: { id: string; name: string }[] }>(
      site,
      'admin',
      'GET',
      `/rest/api/3/project/${DEMO_PROJECT}/securitylevel`,
    );
    return new DemoJira(
      site,
      fields,
      new Map(types.issueTypes.map((t) => [t.name, t.id])),
      levels.levels.find((l) => l.name === 'Confidential')?.id,
    );
  }

  fieldId(key: string): string {
    const ref = this.fields.get(key);
    if (!ref) throw new Error(`Unknown AIMS field '${key}'`);
    return ref.id;
  }

  /** Jira's JSON for the demo values, by field kind. */
  jiraFields(values: DemoValues): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined) continue;
      const ref = this.fields.get(key);
      if (!ref) throw new Error(`Unknown AIMS field '${key}'`);
      out[ref.id] = jiraValue(ref.kind, value);
    }
    return out;
  }

  async create(
    login: DemoLogin,
    typeName: string,
    summary: string,
    values: DemoValues = {},
    extra: Record<string, unknown> = {},
  ): Promise<string> {
    const typeId = this.issueTypes.get(typeName);
    if (!typeId) throw new Error(`Issue type "${typeName}" is not in project ${DEMO_PROJECT}`);
    const created = await demoRest<{ key: string }>(this.site, login, 'POST', '/rest/api/3/issue', {
      fields: {
        project: { key: DEMO_PROJECT },
        issuetype: { id: typeId },
        summary,
        ...extra,
        ...this.jiraFields(values),
      },
    });
    return created.key;
  }

  async edit(
    login: DemoLogin,
    key: string,
    values: DemoValues,
    extra: Record<string, unknown> = {},
  ): Promise<void> {
    await demoRest(this.site, login, 'PUT', `/rest/api/3/issue/${key}`, {
      fields: { ...extra, ...this.jiraFields(values) },
    });
  }

  /** Runs the transition offered under `name`; with a comment when given (e.g. a closing reason). */
  async transition(login: DemoLogin, key: string, name: string, comment?: string): Promise<void> {
    const offered = await demoRest<{ transitions: { id: string; name: string }[] }>(
      this.site,
      login,
      'GET',
      `/rest/api/3/issue/${key}/transitions`,
    );
    const t = offered.transitions.find((x) => x.name === name);
    if (!t) {
      throw new Error(
        `${key}: transition "${name}" is not offered to ${login} (offered: ${offered.transitions.map((x) => x.name).join(', ')})`,
      );
    }
    await demoRest(this.site, login, 'POST', `/rest/api/3/issue/${key}/transitions`, {
      transition: { id: t.id },
      ...(comment ? { update: { comment: [{ add: { body: textToAdf(comment) } }] } } : {}),
    });
  }

  /** "<source> <outward> <target>" with one of the app's link types (by its Jira name). */
  async link(login: DemoLogin, typeName: string, source: string, target: string): Promise<void> {
    await demoRest(this.site, login, 'POST', '/rest/api/3/issueLink', {
      type: { name: typeName },
      inwardIssue: { key: source },
      outwardIssue: { key: target },
    });
  }

  async statusOf(key: string): Promise<string> {
    const issue = await demoRest<{ fields: { status: { name: string } } }>(
      this.site,
      'admin',
      'GET',
      `/rest/api/3/issue/${key}?fields=status`,
    );
    return issue.fields.status.name;
  }

  /** Keys and summaries of the issues a JQL query finds (as admin, who sees everything). */
  async search(jql: string, fields: string[] = ['summary']): Promise<SearchHit[]> {
    const hits: SearchHit[] = [];
    let nextPageToken: string | undefined;
    do {
      const page: { issues: SearchHit[]; nextPageToken?: string | null } = await demoRest(
        this.site,
        'admin',
        'POST',
        '/rest/api/3/search/jql',
        { jql, fields, maxResults: 100, ...(nextPageToken ? { nextPageToken } : {}) },
      );
      hits.push(...page.issues);
      nextPageToken = page.nextPageToken ?? undefined;
    } while (nextPageToken);
    return hits;
  }
}

export interface SearchHit {
  key: string;
  fields: Record<string, unknown>;
}

/** Jira's REST JSON for a value of a field of this kind (what `POST /issue` takes). */
export function jiraValue(kind: AimsFieldKind, value: DemoValue): unknown {
  if (typeof value === 'object' && !Array.isArray(value) && 'user' in value) {
    return { accountId: demoUser(value.user).accountId };
  }
  switch (kind) {
    case 'select':
      return { value: String(value) };
    case 'multiselect':
      return (Array.isArray(value) ? value : [String(value)]).map((v: string) => ({ value: v }));
    case 'textarea':
      return textToAdf(String(value));
    case 'float':
      return Number(value);
    default:
      return String(value);
  }
}
