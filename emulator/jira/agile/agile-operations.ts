import { z } from 'zod';

/** The body of `POST /rest/agile/1.0/board` (jira.js `Parameters.CreateBoard`). */
export const createBoardBody = z
  .object({
    name: z.string().trim().min(1, "Board name can't be empty").max(255),
    type: z.enum(['kanban', 'scrum']),
    filterId: z.number().int(),
    location: z
      .object({
        type: z.enum(['project', 'user']),
        projectKeyOrId: z.string().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export interface AgileOperation {
  method: 'GET' | 'POST';
  /** As Jira Software documents it. */
  path: string;
  regex: RegExp;
  /** Query parameters Jira Software documents for it. */
  query: readonly string[];
  body?: z.ZodType;
  /**
   * The Jira Software scopes it needs (Forge docs, manifest-reference/scopes-product-jsw: "View
   * boards, issues on a board" — read:board-scope; "View the configuration" —
   * read:board-scope.admin; "Create and update the configuration and project for a board" —
   * write:board-scope.admin).
   */
  scopes: readonly string[];
}

const BOARD_LIST_QUERY = [
  'startAt',
  'maxResults',
  'type',
  'name',
  'projectKeyOrId',
  'accountIdLocation',
  'projectLocation',
  'includePrivate',
  'negateLocationFiltering',
  'orderBy',
  'expand',
  'projectTypeLocation',
  'filterId',
] as const;

/** The Jira Software operations the emulator serves, for the Forge host's scope and request checks. */
export const AGILE_OPERATIONS: readonly AgileOperation[] = [
  {
    method: 'GET',
    path: '/rest/agile/1.0/board',
    regex: /^\/rest\/agile\/1\.0\/board\/?$/,
    query: BOARD_LIST_QUERY,
    scopes: ['read:board-scope:jira-software'],
  },
  {
    method: 'POST',
    path: '/rest/agile/1.0/board',
    regex: /^\/rest\/agile\/1\.0\/board\/?$/,
    query: [],
    body: createBoardBody,
    scopes: ['write:board-scope.admin:jira-software'],
  },
  {
    method: 'GET',
    path: '/rest/agile/1.0/board/{boardId}',
    regex: /^\/rest\/agile\/1\.0\/board\/[^/]+\/?$/,
    query: [],
    scopes: ['read:board-scope:jira-software'],
  },
  {
    method: 'GET',
    path: '/rest/agile/1.0/board/{boardId}/configuration',
    regex: /^\/rest\/agile\/1\.0\/board\/[^/]+\/configuration\/?$/,
    query: [],
    scopes: ['read:board-scope.admin:jira-software'],
  },
  {
    method: 'GET',
    path: '/rest/agile/1.0/board/{boardId}/issue',
    regex: /^\/rest\/agile\/1\.0\/board\/[^/]+\/issue\/?$/,
    query: ['startAt', 'maxResults', 'jql', 'validateQuery', 'fields', 'expand'],
    scopes: ['read:board-scope:jira-software'],
  },
];

export function agileOperationOf(method: string, pathOnly: string): AgileOperation | undefined {
  const m = method.toUpperCase();
  return AGILE_OPERATIONS.find((op) => op.method === m && op.regex.test(pathOnly));
}

/** What is wrong with a request to Jira Software's API (empty: nothing). */
export function agileRequestProblems(
  method: string,
  path: string,
  body: unknown,
): { operation: string; problems: string[] } {
  const [pathOnly = '', query = ''] = path.split('?', 2);
  const op = agileOperationOf(method, pathOnly);
  if (!op) {
    return {
      operation: `${method.toUpperCase()} ${pathOnly}`,
      problems: [`Jira Software's REST API has no ${method.toUpperCase()} ${pathOnly}`],
    };
  }
  const problems: string[] = [];
  for (const name of new URLSearchParams(query).keys()) {
    if (!op.query.includes(name)) problems.push(`unknown query parameter '${name}'`);
  }
  if (op.body) {
    const parsed = op.body.safeParse(body);
    if (!parsed.success) {
      problems.push(
        ...parsed.error.issues.map((i) => `body ${i.path.join('.') || '(root)'}: ${i.message}`),
      );
    }
  } else if (body !== undefined) problems.push('the operation takes no request body');
  return { operation: `${op.method} ${op.path}`, problems };
}
