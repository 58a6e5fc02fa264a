import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import type { PanelNextStep } from '../../../src/ui-contract/issue-panel-view';
import { muted, tightStack } from '../../common/styles';

/** The workflow transitions out of the current status, each with what it still needs. */
export function NextSteps({
  steps,
  title = 'To move on',
}: {
  steps: readonly PanelNextStep[];
  title?: string;
}) {
  if (steps.length === 0) return <p style={muted}>No further workflow step from this status.</p>;
  return (
    <section aria-label={title} style={tightStack} data-testid="next-steps">
      {steps.map((s) => (
        <div key={`${s.transitionName}-${s.toStatusName}`} data-testid="next-step">
          <SectionMessage
            appearance={s.allowed ? 'success' : 'warning'}
            title={`${s.transitionName} → ${s.toStatusName}`}
          >
            {s.allowed ? (
              <p>
                <Lozenge appearance="success">Ready</Lozenge> Nothing is missing for this step.
              </p>
            ) : (
              <ul aria-label={`Missing for ${s.transitionName}`} data-testid="missing-list">
                {s.missing.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            )}
          </SectionMessage>
        </div>
      ))}
    </section>
  );
}
