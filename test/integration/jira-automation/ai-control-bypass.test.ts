/**
 * The Statement of Applicability row (an AI Control issue, 6.1.3 d) tried through plain Jira REST
 * as a careless or hostile user would: an exclusion without justification, an included control
 * closed before it is implemented, "Implemented" without evidence. Each is refused by the app's
 * validator with its message, then the allowed path works.
 */
import { APP_RULE_NOTE } from '../../../src/domain/lifecycle/app-rule';
import {
  createAimsIssue,
  editAimsIssue,
  link,
  mustTransition,
  refusalText as refusal,
  statusOf,
  transition,
} from './aims-rest';
import { aimsSitePerFile } from './aims-site-per-file';

const s = aimsSitePerFile();

const control = (summary: string, ref: string) =>
  createAimsIssue(s, 'member', 'aiControl', summary, { isoReference: ref });

describe('an AI Control cannot skip its SoA decision', () => {
  it('"Excluded" needs a justification before the control is done', async () => {
    const key = await control('Customer reporting', 'ORG:customer-reporting');
    const undecided = await refusal(transition(s, 'member', key, 'Done'));
    expect(undecided).toContain('Decide in "Applicability"');
    const unjustified = await refusal(
      transition(s, 'member', key, 'Done', { applicability: 'Excluded' }),
    );
    expect(unjustified).toContain('Justify in "SoA justification" why the control is excluded');
    // Whitespace is no justification either
    await editAimsIssue(s, 'member', key, { applicability: 'Excluded', justification: '   ' });
    expect(await refusal(transition(s, 'member', key, 'Done'))).toContain('is excluded');
    // Starting to implement an excluded control is refused too
    expect(
      await refusal(transition(s, 'member', key, 'Start', { justification: 'No customers' })),
    ).toContain('An excluded control is not implemented');
    expect(await statusOf(s, key)).toBe('To Do');
    await mustTransition(s, 'member', key, 'Done', {
      justification: 'We provide no AI system to customers.',
    });
    expect(await statusOf(s, key)).toBe('Done');
  }, 60_000);

  it('"Implemented" needs evidence, and an included control is done only once implemented', async () => {
    const key = await control('Model cards', 'ORG:model-cards');
    expect(
      await refusal(transition(s, 'member', key, 'Start', { applicability: 'Included' })),
    ).toContain('why the control is included');
    await mustTransition(s, 'member', key, 'Start', {
      applicability: 'Included',
      justification: 'Every model needs a card for its users.',
      implementationStatus: 'In progress',
    });
    const notImplemented = await refusal(transition(s, 'member', key, 'Done'));
    expect(notImplemented).toContain('set "Implementation status" to Implemented');
    expect(notImplemented).toContain(APP_RULE_NOTE);
    const noEvidence = await refusal(
      transition(s, 'member', key, 'Done', { implementationStatus: 'Implemented' }),
    );
    expect(noEvidence).toContain('An implemented control shows its evidence');
    expect(noEvidence).toContain(APP_RULE_NOTE);
    expect(noEvidence).not.toContain('Implementation status" to Implemented');
    expect(await statusOf(s, key)).toBe('In Progress');
    await mustTransition(s, 'member', key, 'Done', {
      implementationStatus: 'Implemented',
      evidence: 'Model cards https://docs.example.com/model-cards',
    });
    expect(await statusOf(s, key)).toBe('Done');
  }, 60_000);

  it('an issue linked as evidence counts as evidence', async () => {
    const key = await control('Red-team tests', 'ORG:red-team-tests');
    const ca = await createAimsIssue(s, 'member', 'correctiveAction', 'Red-team the scoring API');
    await editAimsIssue(s, 'member', key, {
      applicability: 'Included',
      justification: 'Adversarial testing before release.',
      implementationStatus: 'Implemented',
    });
    expect(await refusal(transition(s, 'member', key, 'Done'))).toContain('shows its evidence');
    await link(s, 'member', 'evidences', ca, key);
    await mustTransition(s, 'member', key, 'Done');
    expect(await statusOf(s, key)).toBe('Done');
  }, 60_000);
});
