import type { Router } from 'express';
import { z } from 'zod';
import { principalOf } from '../../core/auth';
import { route } from '../../core/route-table';
import type { SiteUser } from '../../core/users';
import type { IssueDoc } from '../models/issue-store';
import type { JiraModels } from '../models/jira-models';
import { decodePageToken, encodePageToken } from '../search/page-token';
import { searchIssueIds, searchIssues } from '../search/run-search';
import { SearchResultCache } from '../search/search-result-cache';
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

/**
 * Most issues a page holds (the spec of GET/POST /rest/api/3/search/jql, `maxResults`: "The
 * greatest number of items returned per page is achieved when requesting `id` or `key` only. It
 * returns max 5000 issues"): 5000 when only ids/keys are asked, 100 when any field, property or
 * expansion is (as Jira Cloud answers).
 */
export const MAX_IDS_PAGE = 5000;
export const MAX_FIELDS_PAGE = 100;

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
  const cache = new SearchResultCache();
  const version = (): string => `${m.store.version}:${m.links.version}`;

  const search = async (user: SiteUser, r: SearchRequest): Promise<Record<string, unknown>> => {
    const { offset, handle } = decodePageToken(r.jql, r.nextPageToken);
    // The first page's hits, cached behind the token; a new search when they are gone or stale.
    // While search lags, nothing is cached: what the index sees changes with time, not writes.
    const cached = handle ? cache.get(handle, user.accountId, r.jql, version()) : undefined;
    const found = cached ? { ids: cached } : searchIssues(m, user, r.jql, r.reconcile);
    const hits = found.ids;
    const asSeen = found.asSeen;
    const selection = parseFieldSelection(r.fields, 'none');
    const idsOnly =
      selection.base === 'none' &&
      selection.include.size === 0 &&
      r.properties.length === 0 &&
      r.expand === undefined;
    const limit = Math.min(r.maxResults, idsOnly ? MAX_IDS_PAGE : MAX_FIELDS_PAGE);
    const visible = m.permissions.issueFilter(user);
    const pageIds = hits.slice(offset, offset + limit);
    const page = (
      asSeen
        ? pageIds.map((id) => asSeen.get(id)).filter((d): d is IssueDoc => d !== undefined)
        : m.store.byIds(pageIds)
    ).filter(visible);
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
    const next = offset + limit;
    const isLast = next >= hits.length;
    const out: Record<string, unknown> = { issues, isLast };
    if (!isLast) {
      const nextHandle = asSeen
        ? undefined
        : cached && handle
          ? handle
          : cache.put(user.accountId, r.jql, hits, version());
      out.nextPageToken = encodePageToken(r.jql, next, nextHandle);
    }
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
    res.json({ count: searchIssueIds(m, principalOf(res), body.jql ?? '').length });
  });
}
