/**
 * The clause 10.2 journey — a nonconformity reacted to, analysed, its corrective action done (the
 * nonconformity moves on by itself), reviewed ineffective (the loop's post function), the action
 * reopened and done again, verified effective by someone independent and closed — run on a site
 * in the whole site's fault mode (AIMS_SITE_FAULTS: rate limits, 5xx and duplicated event
 * deliveries) ends in exactly the state of the same journey on a site without faults: statuses,
 * links, labels, the app's issue properties and comments.
 */
import { parseSiteFaults } from '../../../emulator/forge-host/site-faults';
import { adfDoc } from '../../../src/jira/aims-issue';
import { callAs } from '../../support/test-site';
import type { AimsSite } from './aims-site';
import { jiraOk, searchCatchesUp, startAimsSite } from './aims-site';
import {
  correctiveActionOf,
  createAimsIssue,
  editAimsIssue,
  mustTransition,
  offeredTransitions,
  statusOf,
} from './aims-rest';

jest.setTimeout(300_000);

const SITE_FAULTS = '429:0.1,500:0.05,dup-events:0.2,seed:11';

/** Settles the app's work (its triggers), then lets search catch up, as between a person's steps. */
async function settle(s: AimsSite): Promise<void> {
  await s.host.waitForIdle();
  searchCatchesUp(s.site);
}

/** The journey on `s`; returns the keys of the nonconformity and its corrective action. */
async function journey(s: AimsSite): Promise<{ nc: string; ca: string }> {
  const nc = await createAimsIssue(s, 'member', 'nonconformity', 'Scoring model used stale data');
  await settle(s);
  await mustTransition(s, 'member', nc, 'Start cause analysis', {
    correction: 'Model rolled back to v1.3',
    consequences: 'Affected decisions re-run by hand',
  });
  await editAimsIssue(s, 'member', nc, {
    rootCause: 'No drift monitoring on the input data',
    similarCheck: 'Similar could occur',
    similarNotes: 'Checked the two other scoring models: same gap',
    caDecision: 'Corrective action needed',
  });
  const ca = await correctiveActionOf(s, nc, 'Monitor input drift');
  await settle(s);
  await mustTransition(s, 'member', nc, 'Implement corrective actions');
  await mustTransition(s, 'member', ca, 'Start');
  await editAimsIssue(s, 'member', ca, {
    implementationNotes: 'Drift monitor deployed',
    evidence: 'https://wiki.example.com/drift',
  });
  await mustTransition(s, 'member', ca, 'Done');
  await settle(s);
  expect(await statusOf(s, nc)).toBe('Effectiveness Review');
  await mustTransition(s, 'manager', nc, 'Ineffective: back to cause analysis', {
    verdict: 'Ineffective',
    effectivenessEvidence: 'Drift alerts were ignored',
  });
  await settle(s);
  await mustTransition(s, 'member', nc, 'Implement corrective actions');
  const reopen = (await offeredTransitions(s, 'manager', ca)).find((t) => t.name === 'Reopen');
  const reopened = await callAs(s.site, 'manager', 'POST', `/rest/api/3/issue/${ca}/transitions`, {
    transition: { id: reopen?.id },
    update: { comment: [{ add: { body: adfDoc('Alerts must page, not mail') } }] },
  });
  expect(reopened.status).toBe(204);
  await settle(s);
  await mustTransition(s, 'member', ca, 'Done');
  await settle(s);
  expect(await statusOf(s, nc)).toBe('Effectiveness Review');
  await mustTransition(s, 'manager', nc, 'Verify effective and close', {
    verdict: 'Effective',
    effectivenessEvidence: 'Alerts acted on within a day for 30 days',
    effectivenessReviewer: { user: 'manager' },
    aimsChangeNeeded: 'No',
  });
  await settle(s);
  return { nc, ca };
}

interface IssueState {
  fields: {
    status: { name: string };
    labels: string[];
    issuelinks: { type: { name: string }; outwardIssue?: { key: string } }[];
  };
}

/**
 * An issue's status, labels, outward links, the app's properties and comments; keys by name,
 * times and ids of executions (another each run) as placeholders.
 */
async function issueState(s: AimsSite, key: string, names: Map<string, string>) {
  const name = (text: string): string =>
    text
      .replace(/\bAIMS-\d+\b/g, (k) => `«${names.get(k) ?? k}»`)
      .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})/g, '<time>')
      .replace(/\b\d{4}-\d{2}-\d{2}\b/g, '<day>')
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<uuid>');
  const issue = await jiraOk<IssueState>(
    s.site,
    'admin',
    'GET',
    `/rest/api/3/issue/${key}?fields=status,labels,issuelinks`,
  );
  const keys = await jiraOk<{ keys: { key: string }[] }>(
    s.site,
    'admin',
    'GET',
    `/rest/api/3/issue/${key}/properties`,
  );
  const properties: Record<string, unknown> = {};
  for (const { key: property } of keys.keys) {
    const value = await jiraOk<{ value: unknown }>(
      s.site,
      'admin',
      'GET',
      `/rest/api/3/issue/${key}/properties/${property}`,
    );
    properties[property] = JSON.parse(name(JSON.stringify(value.value))) as unknown;
  }
  const comments = await jiraOk<{ comments: { body: unknown }[] }>(
    s.site,
    'admin',
    'GET',
    `/rest/api/3/issue/${key}/comment`,
  );
  return {
    status: issue.fields.status.name,
    labels: [...issue.fields.labels].sort(),
    links: issue.fields.issuelinks
      .filter((l) => l.outwardIssue)
      .map((l) => `${l.type.name} → «${names.get(l.outwardIssue?.key ?? '') ?? '?'}»`)
      .sort(),
    properties,
    comments: comments.comments.map((c) => name(JSON.stringify(c.body))),
  };
}

/** The journey's end state on a fresh site, with the faults given (or none). */
async function journeyState(faults: string | undefined): Promise<Record<string, unknown>> {
  const s = await startAimsSite(
    faults ? { rates: parseSiteFaults(faults), retryTimeScale: 0.001 } : undefined,
  );
  try {
    const { nc, ca } = await journey(s);
    if (faults) {
      // The faults did happen (the figures go to the test's output).
      const injected = s.host.faultsInjected;
      console.log(`[test] site fault mode injected ${JSON.stringify(injected)}`);
      const failed = Object.values(injected.failedCalls).reduce((a, b) => a + b, 0);
      expect(failed + injected.duplicatedEvents).toBeGreaterThan(0);
    }
    const names = new Map([
      [nc, 'nonconformity'],
      [ca, 'corrective action'],
    ]);
    return {
      nonconformity: await issueState(s, nc, names),
      correctiveAction: await issueState(s, ca, names),
    };
  } finally {
    await s.close();
  }
}

it('ends the 10.2 journey in the fault mode exactly as without faults', async () => {
  const plain = await journeyState(undefined);
  const faulty = await journeyState(SITE_FAULTS);
  expect((plain.nonconformity as { status: string }).status).toBe('NC Closed');
  expect(faulty).toEqual(plain);
});
