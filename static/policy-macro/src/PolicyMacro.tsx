import Heading from '@atlaskit/heading';
import type { MacroFrameProps } from '../../common';
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
  return (
    <ControlledDocumentMacro
      contentVersion={contentVersion}
      schema={policyViewResultSchema}
      macroTitle="AI Policy macro"
      what="the document control"
      notConfiguredTestId="policy-not-configured"
    >
      {({ view, pickVersion, action }) => (
        <section
          aria-label="AI policy document control"
          data-testid="policy-macro"
          style={{ ...frame, ...stack }}
        >
          <DocumentControlPanel
            view={view}
            pickVersion={pickVersion}
            action={action}
            title="Document control — ISO/IEC 42001 5.2, 7.5"
            flagTestId="policy-flag"
            reviewName="Policy review"
            ownerTask="ticks the clause 5.2 checklist"
            ownerHint="The owner keeps the clause 5.2 checklist and asks for approval; another AIMS manager approves."
            startHint="The owner starts it by ticking the clause 5.2 checklist below."
            reviewAction={view.reviewAction}
            documentName="the organization's AI policy"
            canRequest={view.uncoveredCount === 0}
            requestedWith="this checklist"
          />
          {view.acknowledgement && (
            <>
              <Heading size="xsmall" as="h3">
                Awareness of the policy (clause 7.3)
              </Heading>
              <Acknowledgement
                acknowledgement={view.acknowledgement}
                running={action.running}
                onAcknowledge={(version) =>
                  action.run('acknowledge', { version }, `You acknowledged version ${version}`)
                }
              />
            </>
          )}
          <Heading size="xsmall" as="h3">
            AI policy elements (clause 5.2)
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
                'Checklist saved',
              )
            }
          />
          <Heading size="xsmall" as="h3">
            AI objectives (clause 6.2)
          </Heading>
          <Objectives objectives={view.objectives} />
          {view.history.length > 0 && (
            <details>
              <summary>History of the document control</summary>
              <ControlHistory view={view} />
            </details>
          )}
        </section>
      )}
    </ControlledDocumentMacro>
  );
}
