import Button from '@atlaskit/button/new';
import { Problem } from '../../../common';
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
  const { write, running, error } = usePanelWrite(onChange);
  if (transitions.length === 0) return null;
  return (
    <div style={tightStack} data-testid="panel-transitions">
      <div style={row} role="group" aria-label="Move this issue on">
        {transitions.map((t) => (
          <Button
            key={`${t.transitionName}-${t.toStatusName}`}
            appearance={t.allowed ? 'primary' : 'default'}
            isDisabled={running}
            onClick={() => void write('runTransition', { transitionName: t.transitionName })}
          >
            {t.transitionName}
          </Button>
        ))}
      </div>
      {error !== undefined && (
        <Problem error={error} title="The issue did not move" testId="transition-refusal" />
      )}
    </div>
  );
}
