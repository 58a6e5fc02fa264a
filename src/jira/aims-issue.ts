import type { ProvisioningState } from '../storage/provisioning-state';
import type { AimsIssueTypeKey, AimsLinkTypeKey, AimsStatusKey } from './aims-schema';
import { AIMS_FIELDS, AIMS_LINK_TYPES, fieldDefinition } from './aims-schema';
import type { SearchedIssue } from './issue-search';
import { doc, p, text } from '@atlaskit/adf-utils/builders';

export interface UserRef {
  accountId: string;
  displayName?: string;
}

export type AimsFieldValue = string | string[] | number | UserRef | null;

export interface AimsLinkedIssue {
  id: string;
  key: string;
  summary: string;
  statusName: string;
  statusCategory: string;
  /** The app's status key of the linked issue, when its status is one the app provisioned. */
  statusKey?: AimsStatusKey;
  typeName: string;
  typeId: string;
}

export interface AimsLink {
  id: string;
  /** The app's link type, when the link is one of the app's. */
  linkTypeKey: AimsLinkTypeKey | undefined;
  linkTypeName: string;
  /** 'outward': this issue is the outward side ("<this> mitigates <other>"). */
  direction: 'outward' | 'inward';
  issue: AimsLinkedIssue;
}

/** A Jira issue read through the app's provisioning: fields by logical key, type and status by key. */
export interface AimsIssue {
  id: string;
  key: string;
  summary: string;
  typeKey: AimsIssueTypeKey | undefined;
  typeName: string;
  statusKey: AimsStatusKey | undefined;
  statusId: string;
  statusName: string;
  statusCategory: string;
  assignee: UserRef | null;
  reporter: UserRef | null;
  duedate: string | null;
  created: string | null;
  updated: string | null;
  resolutiondate: string | null;
  labels: string[];
  /** Name of the issue's security level (null: none). */
  securityLevel: string | null;
  /** Id of the issue's security level, to give a derived issue the same one. */
  securityLevelId: string | null;
  values: Record<string, AimsFieldValue>;
  links: AimsLink[];
}

/** System fields the reader understands. */
export const SYSTEM_FIELDS = [
  'summary',
  'issuetype',
  'status',
  'assignee',
  'reporter',
  'duedate',
  'created',
  'updated',
  'resolutiondate',
  'labels',
  'security',
  'issuelinks',
] as const;

/** The `fields` list for a search: system fields plus the given logical custom fields. */
export function searchFieldsFor(state: ProvisioningState, fieldKeys: readonly string[]): string[] {
  return [...SYSTEM_FIELDS, ...fieldKeys.map((k) => fieldIdOf(state, k))];
}

export function fieldIdOf(state: ProvisioningState, fieldKey: string): string {
  fieldDefinition(fieldKey);
  const id = state.fields[fieldKey];
  if (!id)
    throw new Error(
      `The field '${fieldDefinition(fieldKey).name}' is not provisioned in ${state.projectKey}; run provisioning again.`,
    );
  return id;
}

const obj = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : undefined;
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function userRef(v: unknown): UserRef | null {
  const o = obj(v);
  const accountId = str(o?.accountId);
  return accountId
    ? { accountId, ...(str(o?.displayName) ? { displayName: str(o?.displayName) } : {}) }
    : null;
}

function invert<T extends string>(record: Record<string, string>): Map<string, T> {
  return new Map(Object.entries(record).map(([k, id]) => [id, k as T]));
}

function readValue(raw: unknown, kind: string): AimsFieldValue {
  if (raw === undefined || raw === null) return null;
  switch (kind) {
    case 'select':
      return str(obj(raw)?.value) ?? null;
    case 'multiselect':
      return Array.isArray(raw)
        ? raw.map((o) => str(obj(o)?.value)).filter((v): v is string => Boolean(v))
        : [];
    case 'userpicker':
      return userRef(raw);
    case 'float':
      return typeof raw === 'number' ? raw : null;
    case 'textarea':
      return typeof raw === 'string' ? raw : adfText(raw);
    default:
      return str(raw) ?? null;
  }
}

/** Plain text of an ADF document (for textarea fields stored as ADF). */
export function adfText(node: unknown): string {
  const o = obj(node);
  if (!o) return '';
  if (o.type === 'text') return str(o.text) ?? '';
  const content = Array.isArray(o.content) ? o.content : [];
  const parts = content.map(adfText);
  const blockish = ['doc', 'bulletList', 'orderedList', 'table', 'tableRow'];
  return parts.join(blockish.includes(str(o.type) ?? '') ? '\n' : '').trim();
}

function readLinks(
  raw: unknown,
  linkTypeKeyByName: Map<string, AimsLinkTypeKey>,
  statusKeys: Map<string, AimsStatusKey>,
): AimsLink[] {
  if (!Array.isArray(raw)) return [];
  const links: AimsLink[] = [];
  for (const entry of raw) {
    const l = obj(entry);
    const type = obj(l?.type);
    const outwardIssue = obj(l?.outwardIssue);
    const inwardIssue = obj(l?.inwardIssue);
    const other = outwardIssue ?? inwardIssue;
    if (!l || !type || !other) continue;
    const fields = obj(other.fields) ?? {};
    const status = obj(fields.status);
    const name = str(type.name) ?? '';
    const statusKey = statusKeys.get(str(status?.id) ?? '');
    links.push({
      id: str(l.id) ?? '',
      linkTypeKey: linkTypeKeyByName.get(name),
      linkTypeName: name,
      // Jira lists `outwardIssue: B` on A when "A <outward> B" (A is the link's source, e.g. A blocks B).
      direction: outwardIssue ? 'outward' : 'inward',
      issue: {
        id: str(other.id) ?? '',
        key: str(other.key) ?? '',
        summary: str(fields.summary) ?? '',
        statusName: str(status?.name) ?? '',
        statusCategory: str(obj(status?.statusCategory)?.key) ?? '',
        ...(statusKey ? { statusKey } : {}),
        typeName: str(obj(fields.issuetype)?.name) ?? '',
        typeId: str(obj(fields.issuetype)?.id) ?? '',
      },
    });
  }
  return links;
}

export function readAimsIssue(raw: SearchedIssue, state: ProvisioningState): AimsIssue {
  const f = raw.fields;
  const typeId = str(obj(f.issuetype)?.id) ?? '';
  const status = obj(f.status);
  const statusId = str(status?.id) ?? '';
  const typeKeys = invert<AimsIssueTypeKey>(state.issueTypes);
  const statusKeys = invert<AimsStatusKey>(state.statuses);
  const linkTypeKeyByName = new Map(
    Object.entries(state.linkTypes).map(([k, v]) => [v.name, k as AimsLinkTypeKey]),
  );
  for (const def of AIMS_LINK_TYPES)
    if (!linkTypeKeyByName.has(def.name)) linkTypeKeyByName.set(def.name, def.key);
  const values: Record<string, AimsFieldValue> = {};
  for (const def of AIMS_FIELDS) {
    const id = state.fields[def.key];
    if (id && id in f) values[def.key] = readValue(f[id], def.kind);
  }
  return {
    id: raw.id,
    key: raw.key,
    summary: str(f.summary) ?? '',
    typeKey: typeKeys.get(typeId),
    typeName: str(obj(f.issuetype)?.name) ?? '',
    statusKey: statusKeys.get(statusId),
    statusId,
    statusName: str(status?.name) ?? '',
    statusCategory: str(obj(status?.statusCategory)?.key) ?? '',
    assignee: userRef(f.assignee),
    reporter: userRef(f.reporter),
    duedate: str(f.duedate) ?? null,
    created: str(f.created) ?? null,
    updated: str(f.updated) ?? null,
    resolutiondate: str(f.resolutiondate) ?? null,
    labels: Array.isArray(f.labels)
      ? f.labels.filter((x): x is string => typeof x === 'string')
      : [],
    securityLevel: str(obj(f.security)?.name) ?? null,
    securityLevelId: str(obj(f.security)?.id) ?? null,
    values,
    links: readLinks(f.issuelinks, linkTypeKeyByName, statusKeys),
  };
}

/** Field values by logical key → the `fields` object of a Jira create/edit request. */
export function toJiraFields(
  state: ProvisioningState,
  values: Record<string, AimsFieldValue | undefined>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const def = fieldDefinition(key);
    const id = fieldIdOf(state, key);
    if (value === null) {
      out[id] = null;
      continue;
    }
    switch (def.kind) {
      case 'select':
        out[id] = { value: String(value) };
        break;
      case 'multiselect':
        out[id] = (Array.isArray(value) ? value : [String(value)]).map((v) => ({ value: v }));
        break;
      case 'userpicker':
        out[id] =
          typeof value === 'object' && !Array.isArray(value)
            ? { accountId: value.accountId }
            : { accountId: String(value) };
        break;
      case 'textarea':
        out[id] = adfDoc(String(value));
        break;
      default:
        out[id] = value;
    }
  }
  return out;
}

/** An ADF document holding plain text, one paragraph per line. */
export function adfDoc(value: string): ReturnType<typeof doc> {
  return doc(...value.split('\n').map((line) => (line ? p(text(line)) : p())));
}
