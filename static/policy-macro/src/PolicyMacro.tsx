import { useState } from 'react';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import type { MacroFrameProps } from '../../common';
import { Loading, Problem, callResolver, useAsync } from '../../common';
import { Approval } from '../../common/document-control/Approval';
import { ControlHistory } from '../../common/document-control/ControlHistory';
import { DocumentControl } from '../../common/document-control/DocumentControl';
import { DocumentControlHeader } from '../../common/document-control/DocumentControlHeader';
import { DocumentWarnings } from '../../common/document-control/DocumentWarnings';
import { useDocumentAction } from '../../common/document-control/use-document-action';
import { frame, stack } from '../../common/styles';
import { policyViewResultSchema } from '../../../src/ui-contract/policy-macro-view';
import { Checklist } from './Checklist';
import { Objectives } from './Objectives';

/** The AI Policy macro: document control (5.2, 7.5) of the page it sits on, and its objectives. */
export function PolicyMacro({ contentVersion }: MacroFrameProps) {
  const [pageVersion, setPageVersion] = useState<number | undefined>(contentVersion);
  const { state, reload } = useAsync(
    () => callResolver('getView', policyViewResultSchema, pageVersion ? { pageVersion } : {}),
    [pageVersion],
  );
  const { run, flag, error } = useDocumentAction(reload);
  if (state.status === 'loading')
    return (
      <div style={frame}>
        <Loading label="Loading the document control" />
      </div>
    );
  if (state.status === 'error')
    return (
      <div style={frame}>
        <Problem error={state.error} title="The document control could not be loaded" />
      </div>
    );
  const view = state.data;
  if (!view.configured) {
    return (
      <div style={frame} data-testid="policy-not-configured">
        <SectionMessage appearance="warning" title="AI Policy macro">
          <p>{view.message}</p>
        </SectionMessage>
      </div>
    );
  }
  return (
    <section
      aria-label="AI policy document control"
      data-testid="policy-macro"
      style={{ ...frame, ...stack }}
    >
      <DocumentControlHeader
        view={view}
        title="Document control — ISO/IEC 42001 5.2, 7.5"
        flag={flag}
        flagTestId="policy-flag"
        error={error}
        onPickVersion={setPageVersion}
      />
      <DocumentWarnings
        view={view}
        reviewName="Policy review"
        startHint="The owner starts it by ticking the clause 5.2 checklist below."
        reviewAction={view.reviewAction}
      />
      <DocumentControl view={view} />
      <Approval
        view={view}
        documentName="the organization's AI policy"
        canRequest={view.uncoveredCount === 0}
        run={(fn, payload = {}) => run(fn, payload, 'Approval requested').then(() => undefined)}
      />
      <Heading size="xsmall" as="h3">
        AI policy elements (clause 5.2)
      </Heading>
      <Checklist
        view={view}
        onSave={(items) =>
          run(
            'setChecklist',
            {
              checks: items.map((i) => ({
                element: i.element,
                covered: i.covered,
                ...(i.where?.trim() ? { where: i.where.trim() } : {}),
              })),
            },
            'Checklist saved',
          ).then(() => undefined)
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
  );
}
