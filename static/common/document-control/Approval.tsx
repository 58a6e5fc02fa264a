import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { useI18n } from '../i18n/I18nProvider';
import { Confirmation } from '../Confirmation';
import { useUnsavedEdits } from '../unsaved-edits';
import { muted, row, stack } from '../styles';
import type { DocumentControlView } from '../../../src/ui-contract/document-control-view';

/**
 * "Approve this version" with a confirmation step (the approval binds to what is shown), and the
 * owner's "Request approval" once the content is ready; otherwise why the viewer cannot approve.
 * Either reloads the macro, so unsaved input (the content being edited, the owner picker) is named
 * first, with the offer to save it.
 */
export function Approval({
  view,
  documentName,
  canRequest,
  requestedWith,
  approvePayload,
  run,
}: {
  view: DocumentControlView;
  /** What the approver confirms the page to be: "the organization's AI policy". */
  documentName: string;
  /** The content is ready for the owner to ask for approval. */
  canRequest: boolean;
  /** What the approval is asked for with: "this checklist". */
  requestedWith: string;
  /** What the approval binds to besides the page version (the content hash). */
  approvePayload?: Record<string, unknown>;
  run: (fn: string, payload?: Record<string, unknown>) => Promise<unknown>;
}) {
  const [confirming, setConfirming] = useState(false);
  const [requesting, setRequesting] = useState(false);
  const unsaved = useUnsavedEdits();
  const { t } = useI18n();
  if (!view.page.isCurrent) return null;
  const version = view.page.currentVersion;
  const showRequest = view.viewer.isOwner && view.status === 'draft' && canRequest;
  return (
    <section aria-label={t('common.document.approval.label')} style={stack}>
      <div style={row}>
        {view.viewer.canApprove && !confirming && (
          <Button appearance="primary" onClick={() => setConfirming(true)}>
            {t('common.document.approval.approve')}
          </Button>
        )}
        {showRequest && !requesting && (
          <Button
            onClick={() => (unsaved.length > 0 ? setRequesting(true) : void run('requestApproval'))}
          >
            {t('common.document.approval.request')}
          </Button>
        )}
      </div>
      {requesting && (
        <Confirmation
          title={t('common.document.approval.requestTitle', { version })}
          confirmLabel={t('common.document.approval.request')}
          unsaved={unsaved}
          onConfirm={() => {
            setRequesting(false);
            void run('requestApproval');
          }}
          onCancel={() => setRequesting(false)}
          testId="request-approval-confirmation"
        >
          <p>{t('common.document.approval.requestText', { version, what: requestedWith })}</p>
        </Confirmation>
      )}
      {confirming && (
        <Confirmation
          title={t('common.document.approval.approveTitle', { version })}
          confirmLabel={t('common.document.approval.approveVersion', { version })}
          onConfirm={() => {
            setConfirming(false);
            void run('approve', { reviewedVersion: version, ...approvePayload });
          }}
          onCancel={() => setConfirming(false)}
          unsaved={unsaved}
          testId="approve-confirmation"
        >
          <p>{t('common.document.approval.approveText', { version, document: documentName })}</p>
        </Confirmation>
      )}
      {!view.viewer.canApprove &&
        !view.isApprovedVersion &&
        view.viewer.approveBlockers.length > 0 &&
        view.status !== 'superseded' && (
          <div style={muted} data-testid="approve-blockers">
            <span>{t('common.document.approval.blockers', { version })} </span>
            {view.viewer.approveBlockers.join(' ')}
          </div>
        )}
    </section>
  );
}
