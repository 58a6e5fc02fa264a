import Heading from '@atlaskit/heading';
import type { MacroFrameProps } from '../../common';
import { useI18n } from '../../common';
import { ControlHistory } from '../../common/document-control/ControlHistory';
import { ControlledDocumentMacro } from '../../common/document-control/ControlledDocumentMacro';
import { DocumentControlPanel } from '../../common/document-control/DocumentControlPanel';
import { frame, stack } from '../../common/styles';
import { policyViewResultSchema } from '../../../src/ui-contract/policy-macro-view';
import { Acknowledgement } from './Acknowledgement';
import { Checklist } from './Checklist';
import { Objectives } from './Objectives';

/** The AI Policy macro: document control (5.2, 7.5) of the page it sits on, and its objectives. */
export function PolicyMacro({ contentVersion }: MacroFrameProps) {
  const { t } = useI18n();
  return (
    <ControlledDocumentMacro
      contentVersion={contentVersion}
      schema={policyViewResultSchema}
      macroTitle={t('policy.macroTitle')}
      what={t('policy.what')}
      notConfiguredTestId="policy-not-configured"
    >
      {({ view, pickVersion, action }) => (
        <section
          aria-label={t('policy.label')}
          data-testid="policy-macro"
          style={{ ...frame, ...stack }}
        >
          <DocumentControlPanel
            view={view}
            pickVersion={pickVersion}
            action={action}
            title={t('policy.heading')}
            flagTestId="policy-flag"
            reviewName={t('policy.reviewName')}
            ownerTask={t('policy.ownerTask')}
            ownerHint={t('policy.ownerHint')}
            startHint={t('policy.startHint')}
            reviewAction={view.reviewAction}
            documentName={t('policy.documentName')}
            canRequest={view.uncoveredCount === 0}
            requestedWith={t('policy.requestedWith')}
          />
          {view.acknowledgement && (
            <>
              <Heading size="xsmall" as="h3">
                {t('policy.awareness')}
              </Heading>
              <Acknowledgement
                acknowledgement={view.acknowledgement}
                running={action.running}
                onAcknowledge={(version) =>
                  action.run('acknowledge', { version }, t('policy.acknowledged', { version }))
                }
              />
            </>
          )}
          <Heading size="xsmall" as="h3">
            {t('policy.elements')}
          </Heading>
          <Checklist
            view={view}
            onSave={(items) =>
              action.run(
                'setChecklist',
                {
                  checks: items.map((i) => ({
                    element: i.element,
                    covered: i.covered,
                    ...(i.where?.trim() ? { where: i.where.trim() } : {}),
                  })),
                },
                t('policy.checklistSaved'),
              )
            }
          />
          <Heading size="xsmall" as="h3">
            {t('policy.objectivesHeading')}
          </Heading>
          <Objectives objectives={view.objectives} />
          {view.history.length > 0 && (
            <details>
              <summary>{t('policy.history')}</summary>
              <ControlHistory view={view} />
            </details>
          )}
        </section>
      )}
    </ControlledDocumentMacro>
  );
}
