/**
 * The Custom UI apps are built with static/common/feature-gates-uninitialized.ts in place of
 * Atlassian's feature-gate client (scripts/build-static.ts): in a Forge frame the client is never
 * initialized. Whatever the Atlaskit components ask, it must answer as the real client does when
 * nobody initialized it.
 */
import FeatureGates from '@atlaskit/feature-gate-js-client/feature-gates';
import uninitialized from '../../../static/common/feature-gates-uninitialized';

const GATES = ['platform-component-visual-refresh', 'dst-a11y__replace-anchor-with-link', 'x'];

describe('the feature gates of a Forge frame', () => {
  beforeAll(() => {
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterAll(() => jest.restoreAllMocks());

  it.each(GATES)('answers gate %s as the uninitialized client does', (gate) => {
    expect(uninitialized.checkGate(gate)).toBe(FeatureGates.checkGate(gate));
    expect(uninitialized.isGateExists(gate)).toBe(FeatureGates.isGateExists(gate));
  });

  it('answers experiments with their default values, as the uninitialized client does', () => {
    for (const fallback of [false, 'control', 7]) {
      expect(uninitialized.getExperimentValue('exp', 'cohort', fallback)).toBe(
        FeatureGates.getExperimentValue('exp', 'cohort', fallback),
      );
    }
    expect(uninitialized.isExperimentExists('exp')).toBe(FeatureGates.isExperimentExists('exp'));
  });

  it('says it was never initialized, and refuses to wait for an initialization', async () => {
    expect(uninitialized.initializeCalled()).toBe(FeatureGates.initializeCalled());
    expect(uninitialized.initializeCompleted()).toBe(FeatureGates.initializeCompleted());
    const real = await FeatureGates.waitUntilInitializeCompleted().catch((e: Error) => e.message);
    const ours = await uninitialized.waitUntilInitializeCompleted().catch((e: Error) => e.message);
    expect(ours).toBe(real);
  });
});
