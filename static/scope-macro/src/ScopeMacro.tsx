import { useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import type { MacroFrameProps } from '../../common';
import { TitledSection } from '../../common';
import { ContextChanges } from '../../common/ContextChanges';
import { ControlHistory } from '../../common/document-control/ControlHistory';
import type { ControlledDocumentProps } from '../../common/document-control/ControlledDocumentMacro';
import { ControlledDocumentMacro } from '../../common/document-control/ControlledDocumentMacro';
import { DocumentControlPanel } from '../../common/document-control/DocumentControlPanel';
import { frame, muted, stack } from '../../common/styles';
import type { ScopeView } from '../../../src/ui-contract/scope-macro-view';
import { scopeViewResultSchema } from '../../../src/ui-contract/scope-macro-view';
import { AiSystemsInScope } from './AiSystemsInScope';
import { ScopeContentView } from './ScopeContentView';
import { ScopeEditor } from './ScopeEditor';
import { formatTimestamp } from '../../common/format-time';

/** Which content the viewed version shows, when it is not simply the current one. */
function ContentNote({ view }: { view: ScopeView }) {
  if (view.contentShown === 'approved') {
    return (
      <SectionMessage appearance="information" title="The approved content">
        <p>Page version {view.page.viewedVersion} had the approved scope and context shown here.</p>
      </SectionMessage>
    );
  }
  if (view.contentShown === 'current-instead') {
    return (
      <SectionMessage appearance="information" title="Current content shown">
        <p>
          The entries as they stood at page version {view.page.viewedVersion} are not kept; these
          are the current ones.
        </p>
      </SectionMessage>
    );
  }
  return null;
}

/** The scope and context once loaded and configured: what it shows, and the owner's editor. */
function ScopeDocument({ view, pickVersion, action }: ControlledDocumentProps<ScopeView>) {
  const [editing, setEditing] = useState(false);
  const { run, error, running } = action;
  const canEdit = view.viewer.isOwner && view.page.isCurrent && view.status !== 'superseded';
  const save = async (content: Record<string, unknown>) => {
    const saved = await run(
      'saveContent',
      { content, baseRevision: view.content?.revision ?? 0 },
      'Scope and context saved',
    );
    if (saved) setEditing(false);
    return saved;
  };
  return (
    <section
      aria-label="AIMS scope and context"
      data-testid="scope-macro"
      style={{ ...frame, ...stack }}
    >
      <DocumentControlPanel
        view={view}
        pickVersion={pickVersion}
        action={action}
        title="AIMS scope and context — ISO/IEC 42001 4.1–4.3, 7.5"
        flagTestId="scope-flag"
        hideError={editing}
        reviewName="Review of the scope and context"
        ownerTask="records the scope and context"
        ownerHint="The owner keeps the scope and context and asks for approval; another AIMS manager approves."
        startHint="The owner starts it by recording the scope and context below."
        documentName="the scope and context of the organization's AIMS"
        canRequest={view.content !== null}
        requestedWith="this scope and context"
        approvePayload={{ reviewedContentHash: view.content?.contentHash }}
      />
      {view.changesSinceApproval && view.approval && (
        <TitledSection
          titleId="scope-changes"
          title={`Changes since approved version ${view.approval.approvedVersion}`}
          testId="scope-changes-since-approval"
        >
          <ContextChanges
            label="Changes since the approval"
            changes={[...view.changesSinceApproval.issues, ...view.changesSinceApproval.parties]}
            none="The entries did not change; the page itself did."
          />
        </TitledSection>
      )}
      <ContentNote view={view} />
      {editing ? (
        <ScopeEditor
          content={view.content?.value}
          onSave={save}
          onCancel={() => setEditing(false)}
          error={error}
          saving={running}
        />
      ) : (
        <>
          {canEdit && (
            <div>
              <Button onClick={() => setEditing(true)}>
                {view.content ? 'Edit the scope and context' : 'Record the scope and context'}
              </Button>
            </div>
          )}
          {view.content ? (
            <>
              <ScopeContentView content={view.content.value} aiSystems={view.aiSystems} />
              <p style={muted}>
                Revision {view.content.revision}, changed by {view.content.updatedBy.displayName} on{' '}
                {formatTimestamp(view.content.updatedAt)}.
              </p>
            </>
          ) : (
            <>
              <p style={muted}>No scope and context is recorded yet.</p>
              <AiSystemsInScope systems={view.aiSystems} />
            </>
          )}
        </>
      )}
      {view.history.length > 0 && (
        <details>
          <summary>History of the document control</summary>
          <ControlHistory view={view} />
        </details>
      )}
    </section>
  );
}

/** The "AIMS scope and context" macro: 4.1–4.3 under document control (7.5). */
export function ScopeMacro({ contentVersion }: MacroFrameProps) {
  return (
    <ControlledDocumentMacro
      contentVersion={contentVersion}
      schema={scopeViewResultSchema}
      macroTitle="AIMS scope and context macro"
      what="the scope and context"
      notConfiguredTestId="scope-not-configured"
    >
      {(props) => <ScopeDocument {...props} />}
    </ControlledDocumentMacro>
  );
}
