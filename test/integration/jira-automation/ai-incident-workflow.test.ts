/**
 * AI incidents and concerns (A.3.3, A.8.4, A.8.5, 10.2) through plain Jira REST: an incident is
 * investigated once its report is complete; concluding it answers "External reporting needed"
 * (and to whom) and "Requirement breached?" (and which requirement, a real clause or control when
 * it names one); a breach raises exactly one linked Nonconformity (source "Incident"), also with
 * every event delivered twice and with racing deliveries; the incident closes only once it is raised.
 */
import { APP_RULE_NOTE } from '../../../src/domain/lifecycle/app-rule';
import { accountOf, jiraOk, searchCatchesUp } from './aims-site';
import {
  createAimsIssue,
  editAimsIssue,
  editRefusal,
  errorMessages,
  offeredTransitions,
  refusalText,
  reopeningsOf,
  fieldsOf,
  link,
  linkedKeys,
  linksOf,
  mustTransition,
  raisedBy,
  statusOf,
  transition,
  transitionWithComment,
} from './aims-rest';
import { aimsSitePerFile } from './aims-site-per-file';

const s = aimsSitePerFile();
let system: string;

beforeAll(async () => {
  system = await createAimsIssue(s, 'manager', 'aiSystem', 'Résumé screening model');
}, 60_000);
afterEach(() => s.host.setFaults({}));

const REPORT = {
  incidentSeverity: 'High',
  detectedHow: 'Employee concern',
  incidentReportedBy: { user: 'member' as const },
};

const CONCLUSION = {
  individualsAffected: 'About 40 applicants were ranked lower for a career gap.',
  externalReporting: 'No',
  requirementBreached: 'Yes',
  breachedRequirement: 'A.6.2.4',
};

/** A reported incident on the AI system, under investigation. */
async function investigatedIncident(summary: string): Promise<string> {
  const incident = await createAimsIssue(s, 'manager', 'aiIncident', summary, REPORT);
  await link(s, 'manager', 'affects', incident, system);
  await mustTransition(s, 'manager', incident, 'Start investigation');
  return incident;
}

describe('AI incident workflow', () => {
  it('investigating needs severity, the AI system affected, how it was detected and who reported it', async () => {
    const incident = await createAimsIssue(s, 'manager', 'aiIncident', 'Chatbot leaked an address');
    const bare = await transition(s, 'manager', incident, 'Start investigation');
    expect(bare.status).toBe(400);
    expect(errorMessages(bare.body)).toEqual([
      '"Start investigation" needs: (1) Set the severity of the incident. (2) Link the AI system the incident affects ("affects"). (3) Say how the incident was detected. (4) Name who reported the incident or concern (A.3.3).',
    ]);
    await editAimsIssue(s, 'manager', incident, REPORT);
    await link(s, 'manager', 'affects', incident, system);
    await mustTransition(s, 'manager', incident, 'Start investigation');
    expect(await statusOf(s, incident)).toBe('Investigating');
  }, 30_000);

  it('concluding asks whether a requirement was breached and which one, and about external reporting', async () => {
    const incident = await investigatedIncident('Scores drifted after a data refresh');
    const unanswered = await transition(s, 'manager', incident, 'Conclude investigation');
    expect(unanswered.status).toBe(400);
    const message = errorMessages(unanswered.body)[0] ?? '';
    expect(message).toMatch(/^"Conclude investigation" needs:/);
    expect(message).toMatch(/Describe the individuals affected/);
    expect(message).toMatch(/Answer "External reporting needed"/);
    expect(message).toMatch(/Answer "Requirement breached\?"/);

    const which = await transition(s, 'manager', incident, 'Conclude investigation', {
      ...CONCLUSION,
      externalReporting: 'Yes',
      breachedRequirement: null,
    });
    expect(errorMessages(which.body)).toEqual([
      '"Conclude investigation" needs: (1) Say to whom the incident is reported externally (authority, customers, users) (A.8.5). (2) Name the breached requirement: a clause or control (e.g. ISO42001:A.6.2.6), a law or a contract.',
    ]);

    const unknown = await transition(s, 'manager', incident, 'Conclude investigation', {
      ...CONCLUSION,
      breachedRequirement: 'ISO42001:A.6.9.9',
    });
    expect(errorMessages(unknown.body)).toEqual([
      '"Conclude investigation" needs: "ISO42001:A.6.9.9" is not a clause or Annex A control of ISO/IEC 42001: correct it, or name the law or contract in words.',
    ]);

    const contradiction = await transition(s, 'manager', incident, 'Conclude investigation', {
      ...CONCLUSION,
      requirementBreached: 'No',
    });
    expect(errorMessages(contradiction.body)).toEqual([
      '"Conclude investigation" needs: "Requirement breached?" is No, yet "A.6.2.4" is named as breached: answer Yes or clear it.',
    ]);
    // Nothing refused raised anything.
    expect(await raisedBy(s, incident)).toEqual([]);
    expect(await statusOf(s, incident)).toBe('Investigating');
  }, 60_000);

  it('no breach: concluded and closed without a Nonconformity', async () => {
    const incident = await investigatedIncident('A user worried the chatbot is biased');
    await mustTransition(s, 'manager', incident, 'Conclude investigation', {
      ...CONCLUSION,
      requirementBreached: 'No',
      breachedRequirement: null,
    });
    await mustTransition(s, 'manager', incident, 'Close incident');
    expect(await raisedBy(s, incident)).toEqual([]);
    expect(await statusOf(s, incident)).toBe('Incident Closed');
  }, 30_000);

  it('a breach raises exactly one linked Nonconformity (source Incident) with every event delivered twice, then the incident may close', async () => {
    s.host.setFaults({ duplicateEvents: true });
    const incident = await investigatedIncident('Career gaps ranked lower');
    await mustTransition(s, 'manager', incident, 'Conclude investigation', CONCLUSION);
    const ncs = await raisedBy(s, incident);
    expect(ncs).toHaveLength(1);
    const nc = { fields: await fieldsOf(s, ncs[0] ?? '') };
    expect((nc.fields.issuetype as { name: string }).name).toBe('Nonconformity');
    expect((nc.fields[s.ids.fields.ncSource ?? ''] as { value: string }).value).toBe('Incident');
    expect(nc.fields[s.ids.fields.isoReference ?? '']).toBe('ISO42001:A.6.2.4');
    expect(JSON.stringify(nc.fields.description)).toContain(incident);
    // The Nonconformity is linked to the AI system the incident affects.
    expect(linkedKeys(await linksOf(s, ncs[0] ?? ''), 'affects')).toEqual([system]);

    // Re-investigating and concluding again raises nothing more.
    await mustTransition(s, 'manager', incident, 'Investigate again');
    await mustTransition(s, 'manager', incident, 'Conclude investigation');
    expect(await raisedBy(s, incident)).toEqual(ncs);

    searchCatchesUp(s.site);
    const search = await jiraOk<{ issues: unknown[] }>(
      s.site,
      'admin',
      'POST',
      '/rest/api/3/search/jql',
      {
        jql: 'project = AIMS AND issuetype = "Nonconformity" AND summary ~ "Career gaps ranked lower"',
        fields: ['summary'],
      },
    );
    expect(search.issues).toHaveLength(1);
    await mustTransition(s, 'manager', incident, 'Close incident');
    expect(await statusOf(s, incident)).toBe('Incident Closed');
  }, 60_000);

  it('investigated again and answered "No" while its Nonconformity is open, it cannot conclude: the Nonconformity stays open and linked', async () => {
    const incident = await investigatedIncident('Loan model used an outdated feature list');
    await mustTransition(s, 'manager', incident, 'Conclude investigation', CONCLUSION);
    const ncs = await raisedBy(s, incident);
    expect(ncs).toHaveLength(1);
    await mustTransition(s, 'manager', incident, 'Investigate again');
    const withdrawn = { requirementBreached: 'No', breachedRequirement: null };
    const refused = await transition(s, 'manager', incident, 'Conclude investigation', withdrawn);
    const message = errorMessages(refused.body).join(' ');
    expect(message).toMatch(/yet the Nonconformity this incident raised .* is still open/);
    expect(message).toContain(APP_RULE_NOTE);
    expect(message).not.toContain(ncs[0] ?? '');
    // Refused: still investigating, the Nonconformity open and linked, nothing closed or unlinked.
    expect(await statusOf(s, incident)).toBe('Investigating');
    expect(await raisedBy(s, incident)).toEqual(ncs);
    expect(await statusOf(s, ncs[0] ?? '')).not.toMatch(/closed/i);
    // Kept "Yes", it concludes and closes as before.
    await mustTransition(s, 'manager', incident, 'Conclude investigation');
    await mustTransition(s, 'manager', incident, 'Close incident');
    expect(await raisedBy(s, incident)).toEqual(ncs);
  }, 60_000);

  it('racing deliveries of the concluding event raise one Nonconformity; closing waits for it', async () => {
    s.host.holdEvents();
    const incident = await investigatedIncident('Explanations missing for declined applicants');
    await mustTransition(s, 'manager', incident, 'Conclude investigation', {
      ...CONCLUSION,
      breachedRequirement: 'EU AI Act Art. 86 (right to explanation)',
    });
    const early = await transition(s, 'manager', incident, 'Close incident');
    expect(errorMessages(early.body)).toEqual([
      '"Close incident" needs: The Nonconformity of the breached requirement is not linked yet ("raises"): the app raises it when the investigation is concluded; close the incident once it is there.',
    ]);

    const issue = await jiraOk<{ id: string; key: string; fields: Record<string, unknown> }>(
      s.site,
      'admin',
      'GET',
      `/rest/api/3/issue/${incident}`,
    );
    const concluded = {
      eventType: 'avi:jira:updated:issue',
      selfGenerated: false,
      issue: { id: issue.id, key: issue.key, fields: issue.fields },
      changelog: {
        id: '1',
        items: [
          {
            field: 'status',
            fieldId: 'status',
            from: s.ids.statuses.incidentInvestigating,
            fromString: 'Investigating',
            to: s.ids.statuses.incidentConcluded,
            toString: 'Investigation Concluded',
          },
        ],
      },
    };
    await Promise.all([1, 2, 3].map(() => s.host.invokeFunction('issue-event-trigger', concluded)));
    s.host.releaseEvents();
    const ncs = await raisedBy(s, incident);
    expect(ncs).toHaveLength(1);
    const nc = { fields: await fieldsOf(s, ncs[0] ?? '') };
    // A law named in words: no ISO reference, the words in the description.
    expect(nc.fields[s.ids.fields.isoReference ?? '']).toBeFalsy();
    expect(JSON.stringify(nc.fields.description)).toContain('EU AI Act Art. 86');
    await mustTransition(s, 'manager', incident, 'Close incident');
  }, 60_000);

  it('a concluded or closed incident is read-only, even for a site admin; only a manager reopens it, saying why', async () => {
    const incident = await investigatedIncident('Loan model used a proxy for age');
    await mustTransition(s, 'manager', incident, 'Conclude investigation', CONCLUSION);
    const [nc] = await raisedBy(s, incident);
    // Concluded: the breach the Nonconformity rests on cannot be withdrawn by an edit.
    expect(await editRefusal(s, 'manager', incident, { requirementBreached: 'No' })).toMatch(
      /cannot be set/,
    );
    expect(await editRefusal(s, 'admin', incident, { breachedRequirement: 'A.7.4' })).toMatch(
      /cannot be set/,
    );
    await mustTransition(s, 'manager', incident, 'Close incident');
    // Closed: nothing can be edited, not the external reporting decision either.
    expect(await editRefusal(s, 'admin', incident, { externalReporting: 'Yes' })).toMatch(
      /cannot be set/,
    );
    const meta = await jiraOk<{ fields: object }>(
      s.site,
      'member',
      'GET',
      `/rest/api/3/issue/${incident}/editmeta`,
    );
    expect(meta.fields).toEqual({});
    // Reopening: not offered to a member; a manager must say why, and the app records who.
    expect((await offeredTransitions(s, 'member', incident)).map((t) => t.name)).not.toContain(
      'Reopen incident',
    );
    const noReason = await refusalText(transition(s, 'manager', incident, 'Reopen incident'));
    expect(noReason).toContain('Say why this closed record is reopened');
    expect(noReason).toContain(APP_RULE_NOTE);
    expect(await statusOf(s, incident)).toBe('Incident Closed');
    expect(
      (
        await transitionWithComment(
          s,
          'manager',
          incident,
          'Reopen incident',
          'The same proxy turned up in a second model',
        )
      ).status,
    ).toBe(204);
    expect(await statusOf(s, incident)).toBe('Investigating');
    expect(await reopeningsOf(s, incident)).toEqual([
      expect.objectContaining({ byAccountId: accountOf('manager'), transition: 'Reopen incident' }),
    ]);
    // Under investigation again it is editable; concluding again raises nothing more.
    await editAimsIssue(s, 'manager', incident, {
      individualsAffected: 'About 120 applicants over 55, in two models.',
    });
    await mustTransition(s, 'manager', incident, 'Conclude investigation');
    expect(await raisedBy(s, incident)).toEqual([nc]);
  }, 60_000);
});
