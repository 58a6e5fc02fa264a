import { z } from 'zod';
import type { SiteUser, Users } from '../../core/users';
import type { CustomFieldModel } from './custom-fields';
import type { FieldCatalog, FieldInfo } from './field-catalog';
import type { IssueStore } from './issue-store';
import type { IssueTypeDoc, IssueTypeModel } from './issue-types';
import type { IssueTypeSchemeModel } from './issue-type-schemes';
import type { PermissionModel } from './permissions';
import type { PriorityModel } from './priorities';
import type { ProjectDoc } from './projects';
import type { SecuritySchemeModel } from './security-schemes';

/** Field values in requests (create, edit, transition): their context and Jira's messages. */

export type InputMode = 'create' | 'edit' | 'transition';

export interface FieldInputContext {
  project: ProjectDoc;
  issueType: IssueTypeDoc;
  actor: SiteUser;
  mode: InputMode;
  /**
   * The fields on the screen of this operation (create or edit screen of the issue's project and
   * type, or the transition's screen; none when the transition has none): any other field is
   * refused with Jira's "cannot be set" error, whatever its value.
   */
  screenFieldIds: ReadonlySet<string>;
}

export interface FieldInputDeps {
  users: Users;
  catalog: FieldCatalog;
  customFields: CustomFieldModel;
  priorities: PriorityModel;
  security: SecuritySchemeModel;
  permissions: PermissionModel;
  store: IssueStore;
  issueTypes: IssueTypeModel;
  issueTypeSchemes: IssueTypeSchemeModel;
}

/** A value that could not be taken, with Jira's message. */
export class Refusal {
  constructor(readonly error: string) {}
}

export const ADF_MESSAGE =
  'Operation value must be an Atlassian Document (see the Atlassian Document Format)';
export const NO_SUCH_USER = 'Specified user does not exist or you do not have required permissions';
export const NOT_AN_ARRAY = 'data was not an array';

export const idOrName = z
  .object({ id: z.union([z.string(), z.number()]).optional(), name: z.string().optional() })
  .loose();
const userRef = z.object({ accountId: z.string() }).loose();
const optionRef = z
  .object({ id: z.union([z.string(), z.number()]).optional(), value: z.string().optional() })
  .loose();
export const issueRef = z
  .object({ id: z.union([z.string(), z.number()]).optional(), key: z.string().optional() })
  .loose();

export const cannotBeSet = (fieldId: string): string =>
  `Field '${fieldId}' cannot be set. It is not on the appropriate screen, or unknown.`;

/** Fields that choose the screen or the hierarchy rather than sit on it: never refused for the screen. */
const OFF_SCREEN_FIELDS = new Set(['project', 'issuetype', 'parent']);

/** Whether a request may set the field in this operation, as far as screens go. */
export function onScreen(fieldId: string, c: Pick<FieldInputContext, 'screenFieldIds'>): boolean {
  return OFF_SCREEN_FIELDS.has(fieldId) || c.screenFieldIds.has(fieldId);
}

export function isMultiValued(info: FieldInfo): boolean {
  if (info.id === 'labels') return true;
  const kind = info.customField?.kind;
  return kind === 'multiselect' || kind === 'multiuserpicker' || kind === 'labels';
}

export function labelError(label: unknown): string | undefined {
  if (typeof label !== 'string' || label === '') return 'Labels must be non-empty strings.';
  if (/\s/.test(label)) return `The label '${label}' contains spaces which is invalid.`;
  if (label.length > 255) return 'The label must not exceed 255 characters.';
  return undefined;
}

/** The values of an array value, each parsed, without repeats; the first refusal otherwise. */
export function parseEach(
  value: unknown,
  parse: (item: unknown) => string | Refusal,
): string[] | Refusal {
  if (!Array.isArray(value)) return new Refusal(NOT_AN_ARRAY);
  const out: string[] = [];
  for (const item of value) {
    const parsed = parse(item);
    if (parsed instanceof Refusal) return parsed;
    if (!out.includes(parsed)) out.push(parsed);
  }
  return out;
}

/** A label, or why it is not one. */
export function parseLabel(label: unknown): string | Refusal {
  const error = labelError(label);
  return error ? new Refusal(error) : (label as string);
}

/** An option of the field's context (by id or value), enabled; its id. */
export function parseOption(
  d: FieldInputDeps,
  info: FieldInfo,
  value: unknown,
  c: FieldInputContext,
  issueTypeId?: string,
): string | Refusal {
  const parsed = optionRef.safeParse(value);
  if (!parsed.success || (parsed.data.id === undefined && parsed.data.value === undefined)) {
    return new Refusal(`Specify a valid 'id' or 'value' for ${info.name}`);
  }
  const context = d.customFields.applicableContext(
    info.id,
    c.project.id,
    issueTypeId ?? c.issueType.id,
  );
  const options = context ? d.customFields.optionsOf(context.id).filter((o) => !o.disabled) : [];
  if (parsed.data.id !== undefined) {
    const id = String(parsed.data.id);
    return options.find((o) => o.id === id)?.id ?? new Refusal(`Option id '${id}' is not valid`);
  }
  const v = parsed.data.value ?? '';
  return options.find((o) => o.value === v)?.id ?? new Refusal(`Option value '${v}' is not valid`);
}

/** An active user (`{accountId}`); their account id. */
export function parseUser(d: FieldInputDeps, value: unknown): string | Refusal {
  const parsed = userRef.safeParse(value);
  const user = parsed.success ? d.users.byAccountId(parsed.data.accountId) : undefined;
  return user && user.active ? user.accountId : new Refusal(NO_SUCH_USER);
}
