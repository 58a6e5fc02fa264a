import type { Router } from 'express';
import { z } from 'zod';
import { principalOf } from '../../core/auth';
import { route } from '../../core/route-table';
import type { SiteUser } from '../../core/users';
import type { JiraModels } from '../models/jira-models';
import { decodePageToken, encodePageToken } from '../search/page-token';
import { runSearch } from '../search/run-search';
import { reconcileSet } from '../search/search-visibility';
import { parseExpand, parseFieldSelection, selects } from '../views/field-selection';
import { transitionViews } from './transitions';
import { queryInt, queryList, queryString, queryValues } from './query-params';
import { parseBody } from './request-body';

const searchBody = z.object({
  jql: z.string().optional(),
  nextPageToken: z.string().optional(),
  maxResults: z.number().int().min(0).optional(),
  fields: z.array(z.string()).optional(),
  expand: z.string().optional(),
  properties: z.array(z.string()).optional(),
  fieldsByKeys: z.boolean().optional(),
  reconcileIssues: z.array(z.number().int()).optional(),
});
const countBody = z.object({ jql: z.string().optional() });

/** Most issues a page holds: ids/keys only up to 5000, with fields up to 100 (as Jira Cloud). */
const MAX_IDS_PAGE = 5000;
const MAX_FIELDS_PAGE = 100;

interface SearchRequest {
  jql: string;
  /** `reconcileIssues`: issue ids read with read-after-write consistency. */
  reconcile: Set<string>;
  nextPageToken: string | undefined;
  maxResults: number;
  fields: string[];
  expand: string | undefined;
  properties: string[];
}

/** JQL search (GET/POST /search/jql) and approximate counts. */
export function registerSearchRoutes(router: Router, m: JiraModels): void {
  const search = async (user: SiteUser, r: SearchRequest): Promise<Record<string, unknown>> => {
    const hits = runSearch(m, user, r.jql, r.reconcile);
    const offset = decodePageToken(r.jql, r.nextPageToken);
    const selection = parseFieldSelection(r.fields, 'none');
    const limit = Math.min(
      r.maxResults,
      selection.base === 'none' && selection.include.size === 0 ? MAX_IDS_PAGE : MAX_FIELDS_PAGE,
    );
    const page = hits.slice(offset, offset + limit);
    const expand = parseExpand(r.expand);
    const issueExpand = new Set([...expand].filter((e) => e !== 'names' && e !== 'schema'));
    const issues: Record<string, unknown>[] = [];
    for (const issue of page) {
      const transitions = expand.has('transitions')
        ? transitionViews(m, await m.issues.availableTransitions(user, issue))
        : undefined;
      const bean = m.view.render(issue, user, {
        fields: selection,
        expand: issueExpand,
        ...(transitions ? { transitions } : {}),
      });
      if (r.properties.length) {
        bean.properties = Object.fromEntries(
          r.properties
            .map((k) => [k, m.properties.get(issue.id, k)])
            .filter(([, v]) => (v as { found: boolean }).found)
            .map(([k, v]) => [k, (v as { value: unknown }).value]),
        );
      }
      issues.push(bean);
    }
    const isLast = offset + page.length >= hits.length;
    const out: Record<string, unknown> = { issues, isLast };
    if (!isLast) out.nextPageToken = encodePageToken(r.jql, offset + page.length);
    if (expand.has('names') || expand.has('schema')) {
      const sample = page[0];
      const infos = sample ? m.view.fieldsFor(sample).filter((i) => selects(selection, i)) : [];
      if (expand.has('names')) out.names = Object.fromEntries(infos.map((i) => [i.id, i.name]));
      if (expand.has('schema'))
        out.schema = Object.fromEntries(infos.filter((i) => i.schema).map((i) => [i.id, i.schema]));
    }
    return out;
  };

  route(router, 'jira', 'get', '/rest/api/3/search/jql', async (req, res) => {
    res.json(
      await search(principalOf(res), {
        jql: queryString(req, 'jql') ?? '',
        reconcile: reconcileSet(
          queryValues(req, 'reconcileIssues')
            .flatMap((v) => v.split(','))
            .map(Number),
        ),
        nextPageToken: queryString(req, 'nextPageToken'),
        maxResults: queryInt(req, 'maxResults', 50),
        fields: queryValues(req, 'fields'),
        expand: queryList(req, 'expand').join(',') || undefined,
        properties: queryList(req, 'properties'),
      }),
    );
  });

  route(router, 'jira', 'post', '/rest/api/3/search/jql', async (req, res) => {
    const body = parseBody(searchBody, req.body);
    res.json(
      await search(principalOf(res), {
        jql: body.jql ?? '',
        reconcile: reconcileSet(body.reconcileIssues),
        nextPageToken: body.nextPageToken,
        maxResults: body.maxResults ?? 50,
        fields: body.fields ?? [],
        expand: body.expand,
        properties: body.properties ?? [],
      }),
    );
  });

  route(router, 'jira', 'post', '/rest/api/3/search/approximate-count', (req, res) => {
    const body = parseBody(countBody, req.body);
    res.json({ count: runSearch(m, principalOf(res), body.jql ?? '').length });
  });
}
