import {
  describeViolation,
  takeRequestViolations,
} from '../../emulator/forge-host/request-contract';

/**
 * Every request the app sends through a test-mode Forge host is checked against Atlassian's
 * OpenAPI specs (emulator/forge-host/request-contract.ts). The invocation that sent a mismatching
 * request already fails; this fails the test during which it happened too, even when the app
 * caught the error or the invocation ran in the background (a trigger, a post function).
 */
function failOnRequestViolations(): void {
  const violations = takeRequestViolations();
  if (violations.length > 0) {
    throw new Error(
      `The app sent ${violations.length} request(s) that do not match the spec:\n` +
        violations.map(describeViolation).join('\n'),
    );
  }
}

afterEach(failOnRequestViolations);
afterAll(failOnRequestViolations);
