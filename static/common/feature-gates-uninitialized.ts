/**
 * Atlassian's feature-gate client (`@atlaskit/feature-gate-js-client/feature-gates`, Statsig
 * underneath, ~230 KB of the bundle) as it behaves in a Forge Custom UI: never initialized — the
 * app has no Statsig key and the frame may not reach Statsig — so every gate is off and every
 * experiment answers its default. scripts/build-static.ts builds the apps with this module in
 * place of the client; test/unit/static/feature-gates-uninitialized.test.ts holds it to the real
 * client's uninitialized answers.
 */
import type FeatureGates from '@atlaskit/feature-gate-js-client/feature-gates';

type Api = Pick<
  typeof FeatureGates,
  | 'checkGate'
  | 'getExperimentValue'
  | 'isGateExists'
  | 'isExperimentExists'
  | 'initializeCalled'
  | 'initializeCompleted'
  | 'waitUntilInitializeCompleted'
  | 'manuallyLogGateExposure'
  | 'manuallyLogExperimentExposure'
  | 'manuallyLogLayerExposure'
>;

const uninitialized: Api = {
  checkGate: () => false,
  getExperimentValue: <T>(_experiment: string, _parameter: string, defaultValue: T): T =>
    defaultValue,
  // The real client cannot tell, and says "exists" to avoid false positives.
  isGateExists: () => true,
  isExperimentExists: () => true,
  initializeCalled: () => false,
  initializeCompleted: () => false,
  waitUntilInitializeCompleted: () =>
    Promise.reject(
      new Error('The client must be initialized before you can wait until initialized.'),
    ),
  manuallyLogGateExposure: () => undefined,
  manuallyLogExperimentExposure: () => undefined,
  manuallyLogLayerExposure: () => undefined,
};

export default uninitialized;
