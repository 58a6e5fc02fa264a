import Button from '@atlaskit/button/new';
import { Problem, useI18n } from '../../../common';
import { row, tightStack } from '../../../common/styles';
import type { IssuePanelView, PanelNextStep } from '../../../../src/ui-contract/issue-panel-view';
import { usePanelWrite } from './panel-write';

/**
 * The issue's next transitions as buttons, run as the person: Jira's conditions and the app's
 * validator decide, and a refusal is shown here with its reasons (the issue stays where it is).
 */
export function TransitionButtons({
  transitions,
  onChange,
}: {
  transitions: readonly PanelNextStep[];
  onChange: (panel: IssuePanelView) => void;
}) {
  const { t } = useI18n();
  const { write, running, error } = usePanelWrite(onChange);
  if (transitions.length === 0) return null;
  return (
    <div style={tightStack} data-testid="panel-transitions">
      <div style={row} role="group" aria-label={t('panel.transitions.label')}>
        {transitions.map((step) => (
          <Button
            key={`${step.transitionName}-${step.toStatusName}`}
            appearance={step.allowed ? 'primary' : 'default'}
            isDisabled={running}
            onClick={() => void write('runTransition', { transitionName: step.transitionName })}
          >
            {step.transitionName}
          </Button>
        ))}
      </div>
      {error !== undefined && (
        <Problem error={error} title={t('panel.transitions.refused')} testId="transition-refusal" />
      )}
    </div>
  );
}
