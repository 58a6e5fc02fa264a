import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import type { DocumentControlView } from '../../../src/ui-contract/document-control-view';
import { Problem } from '../Problem';
import { row } from '../styles';
import { VersionPicker } from './VersionPicker';

/**
 * The top of a controlled document's macro: its heading and the page-version picker, what was
 * just done (`flag`, with `flagTestId`), and why an action was refused.
 */
export function DocumentControlHeader({
  view,
  title,
  flag,
  flagTestId,
  error,
  onPickVersion,
}: {
  view: DocumentControlView;
  title: string;
  flag: string | undefined;
  flagTestId: string;
  error: unknown;
  onPickVersion: (version: number) => void;
}) {
  return (
    <>
      <div style={{ ...row, justifyContent: 'space-between' }}>
        <Heading size="small" as="h2">
          {title}
        </Heading>
        <VersionPicker view={view} onPick={onPickVersion} />
      </div>
      {flag && (
        <div role="status" data-testid={flagTestId}>
          <SectionMessage appearance="success" title={flag}>
            <p>The document control is updated.</p>
          </SectionMessage>
        </div>
      )}
      {error !== undefined && <Problem error={error} title="Not done" />}
    </>
  );
}
