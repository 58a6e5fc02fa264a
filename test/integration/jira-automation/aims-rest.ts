/** Plain Jira REST as the seeded people, in the words of the AIMS data model (names, not ids). */
import { adfDoc } from '../../../src/jira/aims-issue';
import { fieldDefinition } from '../../../src/jira/aims-schema';
import type { SeededLogin } from '../../support/test-site';
import { callAs } from '../../support/test-site';
import type { AimsSite } from './aims-site';
import { accountOf, jiraOk, linkTypeName } from './aims-site';

export type FieldInput = Record<string, string | string[] | { user: SeededLogin } | null>;

/** Logical field values → Jira `fields` (select options by value, a list for a multi-select, text areas as ADF, users by accountId). */
export function jiraFields(s: AimsSite, values: FieldInput): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    const id = s.ids.fields[key];
    if (!id) throw new Error(`unknown field ${key}`);
    const kind = fieldDefinition(key).kind;
    if (value === null) out[id] = null;
    else if (Array.isArray(value)) out[id] = value.map((v) => ({ value: v }));
    else if (typeof value === 'object') out[id] = { accountId: accountOf(value.user) };
    else if (kind === 'select') out[id] = { value };
    else if (kind === 'textarea') out[id] = adfDoc(value);
    else out[id] = value;
  }
  return out;
}

export async function createAimsIssue(
  s: AimsSite,
  login: SeededLogin,
  type: string,
  summary: string,
  values: FieldInput = {},
  system: Record<string, unknown> = {},
): Promise<string> {
  const created = await jiraOk<{ key: string }>(s.site, login, 'POST', '/rest/api/3/issue', {
    fields: {
      project: { key: 'AIMS' },
      issuetype: { id: s.ids.issueTypes[type] },
      summary,
      ...system,
      ...jiraFields(s, values),
    },
  });
  return created.key;
}

export async function editAimsIssue(
  s: AimsSite,
  login: SeededLogin,
  key: string,
  values: FieldInput,
  system: Record<string, unknown> = {},
): Promise<void> {
  await jiraOk(s.site, login, 'PUT', `/rest/api/3/issue/${key}`, {
    fields: { ...system, ...jiraFields(s, values) },
  });
}

export async function link(
  s: AimsSite,
  login: SeededLogin,
  linkTypeKey: string,
  sourceKey: string,
  targetKey: string,
): Promise<void> {
  await jiraOk(s.site, login, 'POST', '/rest/api/3/issueLink', {
    type: { name: linkTypeName(linkTypeKey) },
    inwardIssue: { key: sourceKey },
    outwardIssue: { key: targetKey },
  });
}

/** A corrective action assigned to the member (its implementer), linked: it "corrects" `nc`. */
export async function correctiveActionOf(
  s: AimsSite,
  nc: string,
  summary: string,
): Promise<string> {
  const ca = await createAimsIssue(
    s,
    'member',
    'correctiveAction',
    summary,
    {},
    { assignee: { accountId: accountOf('member') } },
  );
  await link(s, 'member', 'corrects', ca, nc);
  return ca;
}

export async function offeredTransitions(
  s: AimsSite,
  login: SeededLogin,
  key: string,
): Promise<{ id: string; name: string }[]> {
  const res = await jiraOk<{ transitions: { id: string; name: string }[] }>(
    s.site,
    login,
    'GET',
    `/rest/api/3/issue/${key}/transitions`,
  );
  return res.transitions;
}

/** POST /transitions by transition name (as offered to that person); the raw answer. */
export async function transition(
  s: AimsSite,
  login: SeededLogin,
  key: string,
  name: string,
  values: FieldInput = {},
): Promise<{ status: number; body: unknown }> {
  const offered = await offeredTransitions(s, login, key);
  const t = offered.find((x) => x.name === name);
  if (!t)
    return {
      status: -1,
      body: `"${name}" is not offered to ${login}; offered: ${offered.map((x) => x.name).join(', ')}`,
    };
  const fields = jiraFields(s, values);
  return callAs(s.site, login, 'POST', `/rest/api/3/issue/${key}/transitions`, {
    transition: { id: t.id },
    ...(Object.keys(fields).length ? { fields } : {}),
  });
}

export async function mustTransition(
  s: AimsSite,
  login: SeededLogin,
  key: string,
  name: string,
  values: FieldInput = {},
): Promise<void> {
  const res = await transition(s, login, key, name, values);
  if (res.status !== 204)
    throw new Error(`${name} on ${key} as ${login}: ${res.status} ${JSON.stringify(res.body)}`);
  await s.host.waitForIdle();
}

/** POST /transitions by name with a comment (the reason) and screen values; the raw answer. */
export async function transitionWithComment(
  s: AimsSite,
  login: SeededLogin,
  key: string,
  name: string,
  comment: string,
  values: FieldInput = {},
): Promise<{ status: number; body: unknown }> {
  const t = (await offeredTransitions(s, login, key)).find((x) => x.name === name);
  if (!t) return { status: -1, body: `${name} not offered to ${login}` };
  const fields = jiraFields(s, values);
  const res = await callAs(s.site, login, 'POST', `/rest/api/3/issue/${key}/transitions`, {
    transition: { id: t.id },
    ...(Object.keys(fields).length ? { fields } : {}),
    update: { comment: [{ add: { body: adfDoc(comment) } }] },
  });
  await s.host.waitForIdle();
  return res;
}

/** A refused field edit (PUT /issue, 400): Jira's field errors, as one text. */
export async function editRefusal(
  s: AimsSite,
  login: SeededLogin,
  key: string,
  values: FieldInput,
): Promise<string> {
  const res = await callAs(s.site, login, 'PUT', `/rest/api/3/issue/${key}`, {
    fields: jiraFields(s, values),
  });
  expect(res.status).toBe(400);
  return JSON.stringify((res.body as { errors?: unknown }).errors);
}

/** The reopenings the app recorded on a closed record (`aims.reopenings`), as the admin reads them. */
export async function reopeningsOf(
  s: AimsSite,
  key: string,
): Promise<{ byAccountId: string | null; transition: string }[]> {
  const res = await jiraOk<{
    value: { reopenings: { byAccountId: string | null; transition: string }[] };
  }>(s.site, 'admin', 'GET', `/rest/api/3/issue/${key}/properties/aims.reopenings`);
  return res.value.reopenings;
}

export async function statusOf(s: AimsSite, key: string): Promise<string> {
  const issue = await jiraOk<{ fields: { status: { name: string } } }>(
    s.site,
    'admin',
    'GET',
    `/rest/api/3/issue/${key}?fields=status`,
  );
  return issue.fields.status.name;
}

export interface LinkView {
  type: { name: string };
  inwardIssue?: { key: string };
  outwardIssue?: { key: string };
}

export async function linksOf(s: AimsSite, key: string): Promise<LinkView[]> {
  const issue = await jiraOk<{ fields: { issuelinks: LinkView[] } }>(
    s.site,
    'admin',
    'GET',
    `/rest/api/3/issue/${key}?fields=issuelinks`,
  );
  return issue.fields.issuelinks;
}

export const linkedKeys = (links: LinkView[], linkTypeKey: string): string[] =>
  links
    .filter((l) => l.type.name === linkTypeName(linkTypeKey))
    .map((l) => (l.inwardIssue ?? l.outwardIssue)?.key ?? '');

/** The Nonconformities `key` raised ('raises' links), once the app's automation has run. */
export async function raisedBy(s: AimsSite, key: string): Promise<string[]> {
  await s.host.waitForIdle();
  return linkedKeys(await linksOf(s, key), 'raises');
}

/** An issue's fields as the admin reads them (custom fields by id: `s.ids.fields`). */
export async function fieldsOf(s: AimsSite, key: string): Promise<Record<string, unknown>> {
  const issue = await jiraOk<{ fields: Record<string, unknown> }>(
    s.site,
    'admin',
    'GET',
    `/rest/api/3/issue/${key}`,
  );
  return issue.fields;
}

export function errorMessages(body: unknown): string[] {
  return (body as { errorMessages?: string[] }).errorMessages ?? [];
}

/** A refused transition or edit (400): every message Jira answered, as one text. */
export async function refusalText(
  res: Promise<{ status: number; body: unknown }>,
): Promise<string> {
  const r = await res;
  expect(r.status).toBe(400);
  return errorMessages(r.body).join(' ');
}

/** The option value of a select field of an issue, as the admin reads it (undefined when unset). */
export async function selectValue(
  s: AimsSite,
  key: string,
  fieldKey: string,
): Promise<string | undefined> {
  const issue = await jiraOk<{ fields: Record<string, { value: string } | null> }>(
    s.site,
    'admin',
    'GET',
    `/rest/api/3/issue/${key}`,
  );
  return issue.fields[s.ids.fields[fieldKey] ?? '']?.value;
}

/** The id of an issue security level of project AIMS, by name (e.g. the seeded "Confidential"). */
export async function securityLevelId(s: AimsSite, name: string): Promise<string> {
  const levels = await jiraOk<{ levels: { id: string; name: string }[] }>(
    s.site,
    'admin',
    'GET',
    '/rest/api/3/project/AIMS/securitylevel',
  );
  const found = levels.levels.find((l) => l.name === name);
  if (!found) throw new Error(`project AIMS has no security level ${name}`);
  return found.id;
}

/** What assessing an AI risk records besides its rating: consequences, owner, reassessment date. */
export const assessedRiskRecord = (
  owner: SeededLogin,
  reassessmentDate = '2027-06-30',
): FieldInput => ({
  riskConsequenceOrganization: 'Regulatory fines and lost customers',
  riskConsequenceIndividuals: 'People refused a service they are entitled to',
  riskConsequenceSocieties: 'Unequal access to the service across groups',
  riskOwner: { user: owner },
  riskReassessmentDate: reassessmentDate,
});

/** The AIMS Actions whose summary names `key` (e.g. the review or reassessment opened for it). */
export const aimsActionsAbout = async (
  s: AimsSite,
  key: string,
): Promise<{ key: string; fields: { summary: string; duedate: string } }[]> =>
  (
    await jiraOk<{ issues: { key: string; fields: { summary: string; duedate: string } }[] }>(
      s.site,
      'admin',
      'POST',
      '/rest/api/3/search/jql',
      {
        jql: `project = AIMS AND issuetype = "AIMS Action" AND summary ~ "${key}"`,
        fields: ['summary', 'duedate'],
      },
    )
  ).issues;
