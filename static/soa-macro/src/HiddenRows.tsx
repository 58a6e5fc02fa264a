import SectionMessage from '@atlaskit/section-message';
import { useI18n } from '../../common';
import type { ConfiguredSoaView } from '../../../src/ui-contract/soa-macro-view';

/** How many rows exist in Jira that the viewer may not see (a number, never their content). */
export function HiddenRows({ view }: { view: ConfiguredSoaView }) {
  const { t, tn } = useI18n();
  const { hidden } = view.live;
  if (hidden.total === 0) return null;
  // "1 control and 2 risks", leaving out a zero part.
  const parts = [
    hidden.controls > 0 ? tn('soa.hidden.controls', hidden.controls) : '',
    hidden.risks > 0 ? tn('soa.hidden.risks', hidden.risks) : '',
  ].filter(Boolean);
  const what =
    parts.length === 2
      ? t('soa.hidden.and', { a: parts[0] ?? '', b: parts[1] ?? '' })
      : (parts[0] ?? '');
  return (
    <div data-testid="soa-hidden">
      <SectionMessage appearance="information" title={t('soa.hidden.title')}>
        <p>{tn('soa.hidden.text', hidden.total, { what })}</p>
      </SectionMessage>
    </div>
  );
}
