import Lozenge from '@atlaskit/lozenge';
import type { ReadinessVerdict } from '../../../src/domain/readiness/readiness-verdict';

const APPEARANCE = { pass: 'success', attention: 'moved', fail: 'removed' } as const;
export const VERDICT_WORDS: Record<ReadinessVerdict, string> = {
  pass: 'Pass',
  attention: 'Attention',
  fail: 'Fail',
};

/** A verdict as a lozenge (its colour and its word, so it is never told by colour alone). */
export function VerdictLozenge({ verdict }: { verdict: ReadinessVerdict }) {
  return (
    <span data-testid="verdict" data-verdict={verdict}>
      <Lozenge appearance={APPEARANCE[verdict]} isBold>
        {VERDICT_WORDS[verdict]}
      </Lozenge>
    </span>
  );
}
