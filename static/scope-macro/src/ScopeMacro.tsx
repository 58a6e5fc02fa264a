import { useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import type { MacroFrameProps } from '../../common';
import { TitledSection, useI18n } from '../../common';
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

/** Which content the viewed version shows, when it is not simply the current one. */
function ContentNote({ view }: { view: ScopeView }) {
  const { t } = useI18n();
  if (view.contentShown === 'approved') {
    return (
      <SectionMessage appearance="information" title={t('scope.approvedContent')}>
        <p>{t('scope.approvedContentText', { version: view.page.viewedVersion })}</p>
      </SectionMessage>
    );
  }
  if (view.contentShown === 'current-instead') {
    return (
      <SectionMessage appearance="information" title={t('scope.currentShown')}>
        <p>{t('scope.currentShownText', { version: view.page.viewedVersion })}</p>
      </SectionMessage>
    );
  }
  return null;
}

/** The scope and context once loaded and configured: what it shows, and the owner's editor. */
function ScopeDocument({ view, pickVersion, action }: ControlledDocumentProps<ScopeView>) {
  const [editing, setEditing] = useState(false);
  const { t, date } = useI18n();
  const { run, error, running } = action;
  const canEdit = view.viewer.isOwner && view.page.isCurrent && view.status !== 'superseded';
  const save = async (content: Record<string, unknown>) => {
    const saved = await run(
      'saveContent',
      { content, baseRevision: view.content?.revision ?? 0 },
      t('scope.saved'),
    );
    if (saved) setEditing(false);
    return saved;
  };
  return (
    <section aria-label={t('scope.title')} data-testid="scope-macro" style={{ ...frame, ...stack }}>
      <DocumentControlPanel
        view={view}
        pickVersion={pickVersion}
        action={action}
        title={t('scope.heading')}
        flagTestId="scope-flag"
        hideError={editing}
        reviewName={t('scope.reviewName')}
        ownerTask={t('scope.ownerTask')}
        ownerHint={t('scope.ownerHint')}
        startHint={t('scope.startHint')}
        documentName={t('scope.documentName')}
        canRequest={view.content !== null}
        requestedWith={t('scope.requestedWith')}
        approvePayload={{ reviewedContentHash: view.content?.contentHash }}
      />
      {view.changesSinceApproval && view.approval && (
        <TitledSection
          titleId="scope-changes"
          title={t('scope.changesSince', { version: view.approval.approvedVersion })}
          testId="scope-changes-since-approval"
        >
          <ContextChanges
            label={t('scope.changesLabel')}
            changes={[...view.changesSinceApproval.issues, ...view.changesSinceApproval.parties]}
            none={t('scope.changesNone')}
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
                {view.content ? t('scope.edit') : t('scope.record')}
              </Button>
            </div>
          )}
          {view.content ? (
            <>
              <ScopeContentView content={view.content.value} aiSystems={view.aiSystems} />
              <p style={muted}>
                {t('scope.revision', {
                  revision: view.content.revision,
                  name: view.content.updatedBy.displayName,
                  date: date(view.content.updatedAt),
                })}
              </p>
            </>
          ) : (
            <>
              <p style={muted}>{t('scope.none')}</p>
              <AiSystemsInScope systems={view.aiSystems} />
            </>
          )}
        </>
      )}
      {view.history.length > 0 && (
        <details>
          <summary>{t('scope.history')}</summary>
          <ControlHistory view={view} />
        </details>
      )}
    </section>
  );
}

/** The "AIMS scope and context" macro: 4.1–4.3 under document control (7.5). */
export function ScopeMacro({ contentVersion }: MacroFrameProps) {
  const { t } = useI18n();
  return (
    <ControlledDocumentMacro
      contentVersion={contentVersion}
      schema={scopeViewResultSchema}
      macroTitle={t('scope.macroTitle')}
      what={t('scope.what')}
      notConfiguredTestId="scope-not-configured"
    >
      {(props) => <ScopeDocument {...props} />}
    </ControlledDocumentMacro>
  );
}
