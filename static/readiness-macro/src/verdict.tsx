import Lozenge from '@atlaskit/lozenge';
import { useI18n } from '../../common';
import type { Translator } from '../../common';
import type { ReadinessVerdict } from '../../../src/domain/readiness/readiness-verdict';

const APPEARANCE = { pass: 'success', attention: 'moved', fail: 'removed' } as const;

/** A verdict's word in the viewer's language. */
export const verdictWord = (t: Translator['t'], verdict: ReadinessVerdict): string =>
  ({
    pass: t('readiness.verdict.pass'),
    attention: t('readiness.verdict.attention'),
    fail: t('readiness.verdict.fail'),
  })[verdict];

/** A verdict as a lozenge (its colour and its word, so it is never told by colour alone). */
export function VerdictLozenge({ verdict }: { verdict: ReadinessVerdict }) {
  const { t } = useI18n();
  return (
    <span data-testid="verdict" data-verdict={verdict}>
      <Lozenge appearance={APPEARANCE[verdict]} isBold>
        {verdictWord(t, verdict)}
      </Lozenge>
    </span>
  );
}
