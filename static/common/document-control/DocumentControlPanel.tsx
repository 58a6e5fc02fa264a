import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import type { DocumentControlView } from '../../../src/ui-contract/document-control-view';
import { useI18n } from '../i18n/I18nProvider';
import { Problem } from '../Problem';
import { row } from '../styles';
import { SealStatus } from '../SealStatus';
import { Approval } from './Approval';
import type { ControlledDocumentProps } from './ControlledDocumentMacro';
import { DocumentControl } from './DocumentControl';
import { DocumentOwner } from './DocumentOwner';
import { DocumentWarnings } from './DocumentWarnings';
import { VersionPicker } from './VersionPicker';

/**
 * The top of a controlled document's macro: its heading and the page-version picker, what was
 * just done (`flagTestId`), why an action was refused (unless `hideError`: the caller shows it),
 * the warnings, the document-control table, setting the owner (AIMS managers) and the approval
 * buttons.
 */
export function DocumentControlPanel({
  view,
  pickVersion,
  action,
  title,
  flagTestId,
  hideError = false,
  reviewName,
  ownerTask,
  ownerHint,
  startHint,
  reviewAction,
  documentName,
  canRequest,
  requestedWith,
  approvePayload,
}: ControlledDocumentProps<DocumentControlView> & {
  title: string;
  flagTestId: string;
  hideError?: boolean;
  /** "Policy review". */
  reviewName: string;
  /** What the owner does, after "the owner then": "ticks the clause 5.2 checklist". */
  ownerTask: string;
  /** Under the owner picker: what the owner does, and who approves. */
  ownerHint: string;
  /** How the owner starts the document control. */
  startHint: string;
  reviewAction?: { key: string; statusName: string } | null;
  /** What the approver confirms the page to be. */
  documentName: string;
  /** The content is ready for the owner to ask for approval. */
  canRequest: boolean;
  /** What approval is asked for with: "this checklist". */
  requestedWith: string;
  approvePayload?: Record<string, unknown>;
}) {
  const { run, flag, error } = action;
  const { t } = useI18n();
  return (
    <>
      <div style={{ ...row, justifyContent: 'space-between' }}>
        <Heading size="small" as="h2">
          {title}
        </Heading>
        <VersionPicker view={view} onPick={pickVersion} />
      </div>
      {flag && (
        <div role="status" data-testid={flagTestId}>
          <SectionMessage appearance="success" title={flag}>
            <p>{t('common.document.panel.updated')}</p>
          </SectionMessage>
        </div>
      )}
      {error !== undefined && !hideError && (
        <Problem error={error} title={t('common.document.panel.notDone')} />
      )}
      <DocumentWarnings
        view={view}
        reviewName={reviewName}
        ownerTask={ownerTask}
        startHint={startHint}
        reviewAction={reviewAction ?? null}
      />
      <SealStatus seal={view.seal} />
      <DocumentControl view={view} />
      <DocumentOwner view={view} ownerHint={ownerHint} run={run} />
      <Approval
        view={view}
        documentName={documentName}
        canRequest={canRequest}
        requestedWith={requestedWith}
        approvePayload={approvePayload}
        run={(fn, payload = {}) => run(fn, payload, t('common.document.panel.requested'))}
      />
    </>
  );
}
