import { aiSystemChangeOf } from '../../../src/triggers/issue-event-trigger';
import { issueEventSchema } from '../../../src/triggers/issue-event-schema';
import type { ProvisioningState } from '../../../src/storage/provisioning-state';

const state = {
  fields: { intendedUse: 'customfield_10100', lifecycleStage: 'customfield_10101' },
} as unknown as ProvisioningState;

/** Changelog items as Jira sends them: every key present, null when empty. */
const event = (items: Record<string, string>[]) =>
  issueEventSchema.parse({
    eventType: 'avi:jira:updated:issue',
    issue: { id: '1', key: 'AIMS-1' },
    changelog: {
      id: '77',
      items: items.map((i) => ({ from: null, fromString: null, to: null, toString: null, ...i })),
    },
  });

describe('what changed on an AI system (8.4)', () => {
  it('reads the intended use and life-cycle stage by field id, and fix versions added as releases', () => {
    expect(
      aiSystemChangeOf(
        event([
          { fieldId: 'customfield_10100', field: 'Intended use' },
          { fieldId: 'customfield_10999', field: 'Data sources' },
          { fieldId: 'fixVersions', field: 'Fix Version', to: '10020', toString: '2.1' },
          { fieldId: 'fixVersions', field: 'Fix Version', from: '10010', fromString: '2.0' },
        ]),
        state,
      ),
    ).toEqual({ changedFields: ['intendedUse'], addedVersions: ['2.1'] });
    expect(
      aiSystemChangeOf(event([{ fieldId: 'customfield_10101', field: 'Life-cycle stage' }]), state),
    ).toEqual({ changedFields: ['lifecycleStage'], addedVersions: [] });
  });
});
