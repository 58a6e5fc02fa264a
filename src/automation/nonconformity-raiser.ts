/**
 * → 10.2: a record that found a nonconformity (an audit finding graded as one, an AI incident
 * that breached a requirement) raises exactly one linked Nonconformity, whatever the number of
 * deliveries or later edits: an existing 'raises' link or the KVS marker of the record means it
 * is raised; a conditional KVS claim lets only one concurrent delivery create it. The create
 * itself is made idempotent: when a create was sent before (recorded in KVS before each create),
 * Jira is searched for a Nonconformity that says it was raised from this record (a create whose
 * answer was lost — 5xx, timeout — may have happened); a first create needs no search,
 * and a create that failed releases the claim so the retry Forge makes (the trigger asks for one)
 * or the daily reconcile scan can raise it. The Nonconformity gets the record's issue security level: it copies the record's summary, so it is
 * seen by no more people than the record. It is linked to the AI systems the record affects.
 */
import { route } from '@forge/api';
import { z } from 'zod';
import type { ActiveAims } from '../jira/active-aims';
import type { AimsIssue } from '../jira/aims-issue';
import { adfDoc, toJiraFields } from '../jira/aims-issue';
import { loadAimsIssue } from '../jira/aims-issue-loader';
import { linkIssues } from '../jira/aims-link-writer';
import { linkedIssues } from '../jira/aims-links';
import { raisedNonconformities } from '../jira/facts/audit-finding-facts-reader';
import { searchOne } from '../jira/issue-search';
import { fitSummary } from '../jira/issue-summary';
import { jql } from '../jira/jql-builder';
import type { ProductClient } from '../jira/product-client';
import { ProductApiError } from '../jira/product-client';
import {
  claimRaiseMarker,
  deleteRaiseMarker,
  forgetRaiseAttempt,
  markNonconformityRaised,
  raiseAttempted,
  readRaiseMarker,
  recordRaiseAttempt,
} from '../storage/nonconformity-raise-markers';

/** How long a claim protects a raise in progress before another delivery may retry it. */
const CLAIM_SECONDS = 300;

/** The Nonconformity a record raises: its words, due date and AIMS fields (source, reference). */
export interface NonconformityToRaise {
  summary: string;
  /** Names the record: the description starts with these words and " (" (see `raisedFrom`). */
  raisedFrom: string;
  description: string;
  /** `YYYY-MM-DD`. */
  duedate: string;
  values: Record<string, string>;
}

export interface RaisingRecord {
  /** The record, read with its links. */
  source: AimsIssue;
  nonconformity: NonconformityToRaise;
  /** What follows once its Nonconformity exists and is linked (e.g. the finding's status move). */
  settle: (fresh: AimsIssue, what: string) => Promise<string>;
}

/** Raises the record's Nonconformity unless it is raised (or being raised) already. */
export async function raiseNonconformityOnce(
  jira: ProductClient,
  aims: ActiveAims,
  record: RaisingRecord,
): Promise<string> {
  const { source } = record;
  const linked = raisedNonconformities(source, aims.config);
  if (linked.length > 0)
    return record.settle(source, `already raised ${linked.map((l) => l.key).join(', ')}`);

  const marker = await readRaiseMarker(source.id);
  if (marker?.ncKey) return completeRaise(jira, aims, record, marker.ncKey, 'resumed');
  const now = new Date().toISOString();
  if (!(await claimRaiseMarker(source.id, now, CLAIM_SECONDS))) {
    const current = await readRaiseMarker(source.id);
    if (current?.ncKey) return completeRaise(jira, aims, record, current.ncKey, 'resumed');
    return `${source.key}: another delivery is raising its Nonconformity`;
  }
  let ncKey: string;
  try {
    // Only a create sent before (its answer lost, or its delivery gone) can have made one.
    const found = (await raiseAttempted(source.id))
      ? await findRaisedNonconformity(jira, aims, record.nonconformity.raisedFrom)
      : undefined;
    if (found) ncKey = found;
    else {
      await recordRaiseAttempt(source.id, now);
      ncKey = await createNonconformity(jira, aims, record);
    }
  } catch (err) {
    // Not raised (or not known to be): let the next delivery look again and raise it.
    await deleteRaiseMarker(source.id);
    throw err;
  }
  await markNonconformityRaised(source.id, ncKey, now);
  await forgetRaiseAttempt(source.id);
  try {
    // Nothing links to the new Nonconformity yet, and the claim keeps other deliveries away: the
    // record as read above (GET /issue is current) says which AI systems it affects.
    await linkRaised(jira, aims, source, ncKey);
    return await record.settle(source, `raised ${ncKey}`);
  } catch (err) {
    // The record was deleted meanwhile (e.g. an import undone): its Nonconformity goes too.
    if (err instanceof ProductApiError && err.status === 404) {
      await jira.sendNoContent(route`/rest/api/3/issue/${ncKey}`, 'DELETE');
      await deleteRaiseMarker(source.id);
      return `${source.key}: deleted before its Nonconformity was linked; ${ncKey} deleted again`;
    }
    throw err;
  }
}

/**
 * A Nonconformity already raised from the record by a create whose answer was lost: found by the
 * words its description starts with (one search of one issue), checked exactly — "AIMS-1 (" is
 * not the start of "AIMS-12 (".
 */
async function findRaisedNonconformity(
  jira: ProductClient,
  aims: ActiveAims,
  raisedFrom: string,
): Promise<string | undefined> {
  const { state } = aims;
  const typeId = state.issueTypes.nonconformity;
  if (!typeId || !state.projectId) return undefined;
  const found = await searchOne(jira, {
    jql: jql.and(
      jql.eq('project', state.projectId),
      jql.eq('issuetype', typeId),
      jql.contains('description', `"${raisedFrom}"`),
    ),
    fields: ['description'],
  });
  if (!found) return undefined;
  return JSON.stringify(found.fields.description ?? '').includes(`${raisedFrom} (`)
    ? found.key
    : undefined;
}

async function createNonconformity(
  jira: ProductClient,
  aims: ActiveAims,
  { source, nonconformity }: RaisingRecord,
): Promise<string> {
  const { state } = aims;
  const typeId = state.issueTypes.nonconformity;
  if (!typeId)
    throw new Error(
      'The Nonconformity issue type is not provisioned; run the AIMS provisioning again.',
    );
  const fields: Record<string, unknown> = {
    project: { id: state.projectId },
    issuetype: { id: typeId },
    summary: fitSummary(nonconformity.summary),
    description: adfDoc(nonconformity.description),
    duedate: nonconformity.duedate,
    // Whoever may not see the record may not see what is raised from it (its summary is copied).
    ...(source.securityLevelId ? { security: { id: source.securityLevelId } } : {}),
    ...toJiraFields(state, nonconformity.values),
  };
  const reporter = source.reporter?.accountId;
  const create = (body: Record<string, unknown>) =>
    jira.post(
      route`/rest/api/3/issue`,
      { fields: body },
      z.object({ id: z.string(), key: z.string() }).loose(),
    );
  try {
    return (await create(reporter ? { ...fields, reporter: { accountId: reporter } } : fields)).key;
  } catch (err) {
    // The record's reporter owns the NC when the app may set reporters; otherwise the app reports it.
    if (
      reporter &&
      err instanceof ProductApiError &&
      err.status === 400 &&
      'reporter' in err.fieldErrors
    ) {
      return (await create(fields)).key;
    }
    throw err;
  }
}

/** A raise an earlier delivery began (its marker names the Nonconformity): links what is missing. */
async function completeRaise(
  jira: ProductClient,
  aims: ActiveAims,
  record: RaisingRecord,
  ncKey: string,
  what: string,
): Promise<string> {
  const fresh = await loadAimsIssue(jira, aims.state, record.source.key, []);
  if (!raisedNonconformities(fresh, aims.config).some((l) => l.key === ncKey))
    await linkRaised(jira, aims, fresh, ncKey);
  return record.settle(fresh, `${what} ${ncKey}`);
}

/** "record raises NC", and "NC affects S" for each AI system the record affects. */
async function linkRaised(
  jira: ProductClient,
  aims: ActiveAims,
  source: AimsIssue,
  ncKey: string,
): Promise<void> {
  const { state, config } = aims;
  await linkIssues(jira, state, 'raises', source.key, ncKey);
  for (const system of linkedIssues(source, 'affects', config.issueTypeNames.aiSystem)) {
    await linkIssues(jira, state, 'affects', ncKey, system.issue.key);
  }
}
