/**
 * A nonconformity recorded as a recurrence of a closed one (10.2 b: similar nonconformities),
 * through plain Jira REST: the "AIMS Recurrence" link type is provisioned, and the new
 * nonconformity cannot leave cause analysis answering that no similar nonconformity exists.
 */
import { jiraOk } from './aims-site';
import {
  createAimsIssue,
  editAimsIssue,
  errorMessages,
  link,
  linksOf,
  mustTransition,
  statusOf,
  transition,
} from './aims-rest';
import { aimsSitePerFile } from './aims-site-per-file';

const s = aimsSitePerFile();

const REACTED = {
  correction: 'Scoring paused for the affected segment',
  consequences: 'Affected applications re-scored by hand',
};

/** A nonconformity closed without corrective action (a manager's decision, 10.2 b and e answered). */
async function closedNonconformity(summary: string): Promise<string> {
  const nc = await createAimsIssue(s, 'member', 'nonconformity', summary);
  await mustTransition(s, 'member', nc, 'Start cause analysis', REACTED);
  await editAimsIssue(s, 'member', nc, {
    rootCause: 'A feature pipeline skipped its validation step',
    similarCheck: 'None exist or could occur',
    similarNotes: 'The other pipelines validate',
    caDecision: 'No corrective action needed',
  });
  await mustTransition(s, 'manager', nc, 'Close: no corrective action needed', {
    caDecisionRationale: 'Validation step restored',
    aimsChangeNeeded: 'No',
  });
  return nc;
}

describe('recurrence of a closed nonconformity (10.2 b)', () => {
  it('provisions the "AIMS Recurrence" link type with its wording', async () => {
    const types = await jiraOk<{
      issueLinkTypes: { name: string; outward: string; inward: string }[];
    }>(s.site, 'member', 'GET', '/rest/api/3/issueLinkType');
    expect(types.issueLinkTypes).toContainEqual(
      expect.objectContaining({
        name: 'AIMS Recurrence',
        outward: 'is a recurrence of',
        inward: 'recurred as',
      }),
    );
  });

  it('refuses to leave cause analysis answering "none exist" for a recurrence, and accepts "Similar exist"', async () => {
    const earlier = await closedNonconformity('Unvalidated features reached the credit model');
    expect(await statusOf(s, earlier)).toBe('NC Closed');
    const later = await createAimsIssue(
      s,
      'member',
      'nonconformity',
      'Unvalidated features reached the credit model again',
    );
    await link(s, 'member', 'recurs', later, earlier);
    // Read from the new one: "<later> is a recurrence of <earlier>".
    expect(await linksOf(s, later)).toContainEqual(
      expect.objectContaining({
        type: expect.objectContaining({ name: 'AIMS Recurrence' }),
        outwardIssue: expect.objectContaining({ key: earlier }),
      }),
    );

    await mustTransition(s, 'member', later, 'Start cause analysis', REACTED);
    await editAimsIssue(s, 'member', later, {
      rootCause: 'The restored validation step was dropped in a refactoring',
      similarCheck: 'None exist or could occur',
      similarNotes: 'Nothing else found',
      caDecision: 'No corrective action needed',
    });
    const refused = await transition(s, 'manager', later, 'Close: no corrective action needed', {
      caDecisionRationale: 'Step restored again',
      aimsChangeNeeded: 'No',
    });
    expect(refused.status).toBe(400);
    expect(errorMessages(refused.body).join('\n')).toContain(
      `This nonconformity is recorded as a recurrence of ${earlier}: answer "Similar exist" in the check for similar nonconformities and note what recurred (10.2 b).`,
    );
    expect(await statusOf(s, later)).toBe('Cause Analysis');

    await editAimsIssue(s, 'member', later, {
      similarCheck: 'Similar exist',
      similarNotes: `Recurrence of ${earlier}: the same validation step was dropped`,
      caDecision: 'Corrective action needed',
    });
    const ca = await createAimsIssue(
      s,
      'member',
      'correctiveAction',
      'Test that keeps the validation step',
    );
    await link(s, 'member', 'corrects', ca, later);
    await mustTransition(s, 'member', later, 'Implement corrective actions');
    expect(await statusOf(s, later)).toBe('Implementing Actions');
  }, 90_000);
});
