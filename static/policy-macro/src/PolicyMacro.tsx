import { useState } from 'react';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { z } from 'zod';
import type { MacroFrameProps } from '../../common';
import { Loading, Problem, callResolver, useAction, useAsync } from '../../common';
import { frame, row, stack } from '../../common/styles';
import { policyViewResultSchema } from '../../../src/ui-contract/policy-macro-view';
import { Approval } from './Approval';
import { Checklist } from './Checklist';
import { ControlHistory } from './ControlHistory';
import { DocumentControl } from './DocumentControl';
import { DocumentOwner } from './DocumentOwner';
import { Objectives } from './Objectives';
import { PolicyWarnings } from './PolicyWarnings';
import { VersionPicker } from './VersionPicker';

const done = z.object({}).loose();

/** The AI Policy macro: document control (5.2, 7.5) of the page it sits on, and its objectives. */
export function PolicyMacro({ contentVersion }: MacroFrameProps) {
  const [pageVersion, setPageVersion] = useState<number | undefined>(contentVersion);
  const { state, reload } = useAsync(
    () => callResolver('getView', policyViewResultSchema, pageVersion ? { pageVersion } : {}),
    [pageVersion],
  );
  const action = useAction();
  const [flag, setFlag] = useState<string | undefined>(undefined);
  /**
   * Runs a resolver function that changes the document control; then shows what is done.
   * Resolves to whether it was done (a refusal is shown above).
   */
  const run = async (
    fn: string,
    payload: Record<string, unknown>,
    success: string,
  ): Promise<boolean> => {
    setFlag(undefined);
    return action.run(async () => {
      await callResolver(fn, done, payload);
      setFlag(fn === 'approve' ? `Version ${String(payload.reviewedVersion)} approved` : success);
      reload();
    });
  };
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
      <div style={{ ...row, justifyContent: 'space-between' }}>
        <Heading size="small" as="h2">
          Document control — ISO/IEC 42001 5.2, 7.5
        </Heading>
        <VersionPicker view={view} onPick={setPageVersion} />
      </div>
      {flag && (
        <div role="status" data-testid="policy-flag">
          <SectionMessage appearance="success" title={flag}>
            <p>The document control is updated.</p>
          </SectionMessage>
        </div>
      )}
      {action.error !== undefined && <Problem error={action.error} title="Not done" />}
      <PolicyWarnings view={view} />
      <DocumentControl view={view} />
      <DocumentOwner view={view} run={run} />
      <Approval view={view} run={(fn, payload = {}) => run(fn, payload, 'Approval requested')} />
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
  );
}
