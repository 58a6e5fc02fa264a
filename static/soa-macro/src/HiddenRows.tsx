import SectionMessage from '@atlaskit/section-message';
import type { ConfiguredSoaView } from '../../../src/ui-contract/soa-macro-view';

/** "1 control and 2 risks", leaving out a zero part. */
function hiddenText(controls: number, risks: number): string {
  const parts = [
    controls > 0 ? `${controls} ${controls === 1 ? 'control' : 'controls'}` : '',
    risks > 0 ? `${risks} ${risks === 1 ? 'risk' : 'risks'}` : '',
  ].filter(Boolean);
  return parts.join(' and ');
}

/** How many rows exist in Jira that the viewer may not see (a number, never their content). */
export function HiddenRows({ view }: { view: ConfiguredSoaView }) {
  const { hidden } = view.live;
  if (hidden.total === 0) return null;
  return (
    <div data-testid="soa-hidden">
      <SectionMessage appearance="information" title="Some rows are hidden from you">
        <p>
          {hiddenText(hidden.controls, hidden.risks)} {hidden.total === 1 ? 'exists' : 'exist'} in
          Jira that you do not have permission to see. They are not listed here and not counted in
          the totals.
        </p>
      </SectionMessage>
    </div>
  );
}
