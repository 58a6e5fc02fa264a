import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { Problem, useI18n } from '../../../common';
import { card, row, subheading, tightStack } from '../../../common/styles';
import type {
  IssuePanelView,
  PanelPersonChoice,
} from '../../../../src/ui-contract/issue-panel-view';
import type { People } from './people';
import { PersonSelect } from './PersonSelect';
import { usePanelWrite } from './panel-write';

function PersonChoice({
  choice,
  people,
  onChange,
}: {
  choice: PanelPersonChoice;
  people: People;
  onChange: (panel: IssuePanelView) => void;
}) {
  const { t } = useI18n();
  const current = choice.current?.accountId ?? '';
  const [value, setValue] = useState(current);
  const { write, running, error } = usePanelWrite(onChange);
  const id = `person-${choice.role}-${choice.issueKey}`;
  // The current person stays choosable even when Jira's list does not show them to the viewer.
  const options =
    choice.current && !people.some((p) => p.accountId === current)
      ? [choice.current, ...people]
      : people;
  return (
    <form
      style={tightStack}
      aria-label={t('panel.people.choose', { role: choice.label })}
      onSubmit={(e) => {
        e.preventDefault();
        void write('setPerson', {
          role: choice.role,
          issueKey: choice.issueKey,
          accountId: value === '' ? null : value,
        });
      }}
    >
      <div style={{ ...row, alignItems: 'flex-end' }}>
        <div style={{ flex: 1 }}>
          <PersonSelect
            id={id}
            title={choice.label}
            people={options}
            value={value}
            onChange={setValue}
          />
        </div>
        <Button type="submit" isLoading={running} isDisabled={value === current}>
          {t('panel.people.save')}
        </Button>
      </div>
      {error !== undefined && <Problem error={error} title={t('panel.people.failed')} />}
    </form>
  );
}

/** The people a manager chooses at this step: each corrective action's implementer, the reviewer. */
export function PeoplePickers({
  choices,
  people,
  onChange,
}: {
  choices: readonly PanelPersonChoice[];
  people: People;
  onChange: (panel: IssuePanelView) => void;
}) {
  const { t } = useI18n();
  if (choices.length === 0) return null;
  return (
    <section
      aria-labelledby="panel-people-title"
      style={{ ...card, ...tightStack }}
      data-testid="panel-people"
    >
      <h3 id="panel-people-title" style={subheading}>
        {t('panel.people.title')}
      </h3>
      {choices.map((c) => (
        <PersonChoice
          key={`${c.role}-${c.issueKey}-${c.current?.accountId ?? ''}`}
          choice={c}
          people={people}
          onChange={onChange}
        />
      ))}
    </section>
  );
}
