/**
 * The contract between the JQL engine (emulator/jira/jql, owned by J2) and the Jira issue model /
 * search routes (owned by J1).
 *
 * Usage (J1):
 *
 * ```ts
 * import { compileJql, JqlError } from '../jql';
 * const compiled = compileJql(jql, env);        // throws JqlError (a 400 JiraError) on bad JQL
 * const hits = issues.map(toJqlIssue).filter((i) => compiled.matches(i)).sort(compiled.compare);
 * ```
 *
 * `compileJql(jql: string, env: JqlEnvironment): CompiledJql` parses with Atlassian's
 * `@atlaskit/jql-ast`, resolves every field, operator, function and value against `env` ONCE (so
 * errors surface before any issue is read) and returns a matcher + comparator. An empty / blank
 * JQL compiles to "match everything" (`hasWhereClause` false) with the default order.
 *
 * Simplifications vs Jira (documented where implemented): `~` is a case-insensitive word/phrase
 * search with `*`/`?` wildcards, light plural stemming and stop words, not Lucene (./text-match.ts);
 * history operators (WAS, CHANGED), predicates and entity properties are refused as unsupported.
 *
 * Errors: everything wrong with a query throws `JqlError` (see ./jql-error.ts), which extends
 * core's `JiraError` with status 400 — let it propagate from an express handler and the error
 * handler renders Jira's body `{ errorMessages: [...], errors: {} }`. The messages are Jira's:
 *
 * - syntax:        `Error in the JQL Query: <detail> (line 1, character 12)`
 * - unknown field: `Field 'foo' does not exist or you do not have permission to view it.`
 * - operator:      `The operator '~' is not supported by the 'issuetype' field.`
 * - bad value:     `The value 'NOPE' does not exist for the field 'project'.`
 * - date value:    `Date value '2024-13-45' for field 'created' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.`
 * - function:      `Unsupported JQL: function 'membersOf' is not supported by this site.`
 * - other unsupported syntax (WAS/CHANGED, predicates, entity properties):
 *                  `Unsupported JQL: the history operator 'WAS' is not supported by this site.`
 * - linkedIssues:  `Issue 'DEMO-99' could not be found in function 'linkedIssues'. …`
 * - ORDER BY:      `Field 'foo' does not exist or you do not have permission to view it.` /
 *                  `Field 'description' does not support sorting.`
 */

/**
 * How the engine treats a field. For each kind, the normalized value J1 must return from
 * `JqlIssue.value(field.id)` (`null`/`undefined` = the field is empty):
 *
 * | kind             | value                                                        | operators                       |
 * |------------------|--------------------------------------------------------------|---------------------------------|
 * | `text`           | `string` (plain text; ADF already flattened), or `string[]` (e.g. comment bodies) | ~ !~ IS [NOT] EMPTY |
 * | `string`         | `string` (exact, case-insensitive match; e.g. a URL or read-only text field) | = != IN NOT IN ~ !~ IS |
 * | `number`         | `number`                                                     | = != IN NOT IN > >= < <= IS     |
 * | `date`           | `'YYYY-MM-DD'` string or `Date`                              | = != IN NOT IN > >= < <= IS     |
 * | `datetime`       | ISO-8601 string or `Date`                                    | = != IN NOT IN > >= < <= IS     |
 * | `user`           | accountId `string`, or `string[]` for multi-user fields      | = != IN NOT IN IS               |
 * | `option`         | `{ id: string; value: string }` or an array of them (multi-select/checkboxes) | = != IN NOT IN IS |
 * | `labels`         | `string[]`                                                   | = != IN NOT IN IS               |
 * | `project`        | `{ id: string; key: string; name: string }`                  | = != IN NOT IN IS               |
 * | `issuetype`      | `{ id: string; name: string }`                               | = != IN NOT IN IS               |
 * | `status`         | `{ id: string; name: string; categoryKey: string }`          | = != IN NOT IN IS               |
 * | `statusCategory` | `{ id: string; key: string; name: string }` (value of field id `statusCategory`) | = != IN NOT IN IS |
 * | `resolution`     | `{ id: string; name: string }` or null (= Unresolved)        | = != IN NOT IN IS               |
 * | `priority`       | `{ id: string; name: string; sequence: number }` (1 = Highest) | = != IN NOT IN IS (ORDER BY uses sequence) |
 * | `issuekey`       | not read through value(): uses `JqlIssue.id` / `JqlIssue.key` | = != IN NOT IN > >= < <=       |
 * | `issue`          | `{ id: string; key: string }` (e.g. `parent`)               | = != IN NOT IN IS               |
 *
 * Matching rules: names compare case-insensitively; a value may also be given by id (project by
 * id, key or name; issue type / status / resolution / priority / option by id or name; status
 * category by id, key or name, e.g. `statusCategory = Done` or `= done` or `= 3`).
 */
export type JqlFieldKind =
  | 'text'
  | 'string'
  | 'number'
  | 'date'
  | 'datetime'
  | 'user'
  | 'option'
  | 'labels'
  | 'project'
  | 'issuetype'
  | 'status'
  | 'statusCategory'
  | 'resolution'
  | 'securityLevel'
  | 'priority'
  | 'issuekey'
  | 'issue';

/** A field a JQL clause or ORDER BY term refers to, after resolution. */
export interface JqlFieldRef {
  /** Field id used with `JqlIssue.value`: a system id (`status`, `duedate`, …) or `customfield_10010`. */
  id: string;
  kind: JqlFieldKind;
  /** Name used in error messages (Jira quotes the name as the user typed it). */
  name: string;
  /** Whether ORDER BY may use the field (Jira refuses e.g. description, text, labels). Default true. */
  sortable?: boolean;
}

/**
 * What the engine needs from the site. All lookups are made while compiling, never per issue
 * (except `JqlIssue.value`).
 */
export interface JqlEnvironment {
  /**
   * Resolves a field name the engine does not know. The engine maps the system fields itself
   * (see `SYSTEM_JQL_FIELDS` in ./system-fields.ts: project, issuetype/type, status, assignee, …),
   * so this is only asked for custom fields: `nameOrCfRef` is either `cf[10010]` (the engine
   * passes it exactly like that) or a display name as typed, without quotes (e.g. `Likelihood`);
   * match names case-insensitively. Return undefined when there is no such field (or the user
   * cannot see it) — the engine then throws "Field '…' does not exist …".
   */
  resolveField(nameOrCfRef: string): JqlFieldRef | undefined;
  /**
   * Optional check that a value exists for fields of kind project, issuetype, status,
   * statusCategory, resolution, priority and option (value as typed: id, key or name). Return
   * false to make the engine throw "The value 'X' does not exist for the field 'status'.".
   * Omit it (or return true) to accept any value (it then simply matches nothing).
   */
  valueExists?(field: JqlFieldRef, value: string): boolean;
  /** accountId of the user running the search (for `currentUser()`); undefined = anonymous. */
  currentAccountId: string | undefined;
  /**
   * Resolves a user value as typed in JQL (an accountId, an email address, or a display name) to
   * an accountId; undefined when no such user exists (→ "The value 'x' does not exist for the
   * field 'assignee'."). `currentUser()` is handled by the engine via `currentAccountId`.
   */
  resolveUser(value: string): string | undefined;
  /**
   * Ids of the issues linked to the issue `issueKeyOrId` (both directions), optionally only by
   * links whose type name, outward description or inward description equals `linkTypeName`
   * (case-insensitive). Undefined when the issue does not exist or is not visible to the user.
   */
  linkedIssueIds(issueKeyOrId: string, linkTypeName?: string): ReadonlySet<string> | undefined;
  /**
   * Ids of the custom fields that the `text` pseudo-field searches, in addition to summary,
   * description, environment and comment (Jira: all free-text custom fields).
   */
  textSearchFieldIds(): readonly string[];
  /** Current time, for relative dates and now()/startOfDay()/…; the emulator passes ctx.now. */
  now(): Date;
  /**
   * Time zone offset of the searching user in minutes east of UTC (e.g. 60 for CET), used for
   * date-only values and startOfDay()/endOfDay(). Default 0 (UTC).
   */
  timeZoneOffsetMinutes?: number;
}

/** An issue as the engine sees it; J1 builds one per stored issue. */
export interface JqlIssue {
  /** Numeric id as a string, e.g. "10001". */
  id: string;
  /** Issue key, e.g. "DEMO-12". */
  key: string;
  /** The normalized value of a field (see `JqlFieldKind` for the shape per kind). */
  value(fieldId: string): unknown;
}

export interface CompiledJql {
  /** Whether the issue satisfies the WHERE part (true for every issue when there is none). */
  matches(issue: JqlIssue): boolean;
  /**
   * Sort comparator for Array.prototype.sort implementing ORDER BY. Empty values sort last in
   * ASC and first in DESC (like Jira). Ties are broken by the issue id descending, so paging is
   * stable. Without ORDER BY the order is Jira's default for REST searches: `created DESC`
   * (then id descending).
   */
  compare(a: JqlIssue, b: JqlIssue): number;
  /**
   * Ids of the fields the query reads through `JqlIssue.value` (WHERE and ORDER BY), deduplicated;
   * `text ~` contributes summary, description, environment, comment and the text custom fields;
   * key/id clauses contribute nothing (they use `JqlIssue.id`/`key`).
   */
  fieldsUsed: string[];
  /** False for an empty query (Jira Cloud's /search/jql calls such a query "unbounded"). */
  hasWhereClause: boolean;
  /** The ORDER BY terms actually applied (for J1's `names`/debugging), e.g. [{fieldId:'created', direction:'DESC'}]. */
  orderBy: { fieldId: string; direction: 'ASC' | 'DESC' }[];
}

/** `compileJql` from `emulator/jira/jql` (./compile-jql.ts) has this type. */
export type CompileJql = (jql: string, env: JqlEnvironment) => CompiledJql;
