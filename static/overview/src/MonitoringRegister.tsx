import { useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import { bodyCell, headCell } from './table-styles';
import { router } from '@forge/bridge';
import { z } from 'zod';
import { Problem, TextField, TitledSection, callResolver, useAction } from '../../common';
import { label, nativeSelect, note, row, stack } from '../../common/styles';
import { KPI_FREQUENCIES } from '../../../src/domain/overview/monitoring-register';
import { issueSearchPath } from '../../../src/ui-contract/issue-search-link';
import type { KpiView } from '../../../src/ui-contract/overview-view';
import { kpiViewSchema } from '../../../src/ui-contract/overview-view';

const registerAnswer = z.object({ kpis: z.array(kpiViewSchema) });

const th = headCell;
const td = bodyCell;

const EMPTY = { name: '', method: '', frequency: 'Monthly', owner: '', target: '', jql: '' };

function AddKpi({ onSaved }: { onSaved: () => void }) {
  const [draft, setDraft] = useState(EMPTY);
  const action = useAction();
  const set = (key: keyof typeof EMPTY) => (value: string) =>
    setDraft((d) => ({ ...d, [key]: value }));
  return (
    <form
      style={stack}
      aria-label="Add a KPI"
      onSubmit={(e) => {
        e.preventDefault();
        void action
          .run(async () => {
            await callResolver('saveKpi', registerAnswer, { kpi: draft });
          })
          .then((ok) => {
            if (ok) {
              setDraft(EMPTY);
              onSaved();
            }
          });
      }}
    >
      <TextField id="kpi-name" title="KPI" value={draft.name} onChange={set('name')} />
      <TextField id="kpi-method" title="Method" value={draft.method} onChange={set('method')} />
      <div>
        <label htmlFor="kpi-frequency" style={label}>
          Frequency
        </label>
        <select
          id="kpi-frequency"
          style={nativeSelect}
          value={draft.frequency}
          onChange={(e) => set('frequency')(e.currentTarget.value)}
        >
          {KPI_FREQUENCIES.map((f) => (
            <option key={f}>{f}</option>
          ))}
        </select>
      </div>
      <TextField id="kpi-owner" title="Owner" value={draft.owner} onChange={set('owner')} />
      <TextField id="kpi-target" title="Target" value={draft.target} onChange={set('target')} />
      <TextField
        id="kpi-jql"
        title="JQL (optional)"
        hint="Its count is the value; leave empty to enter values by hand."
        value={draft.jql}
        onChange={set('jql')}
      />
      {action.error !== undefined && <Problem title="The KPI was not saved" error={action.error} />}
      <div style={row}>
        <Button type="submit" appearance="primary" isDisabled={action.running}>
          Add KPI
        </Button>
      </div>
    </form>
  );
}

function RecordResult({ kpi, onSaved }: { kpi: KpiView; onSaved: () => void }) {
  const [value, setValue] = useState(kpi.current === null ? '' : String(kpi.current));
  const action = useAction();
  const id = `result-${kpi.id}`;
  return (
    <form
      style={{ ...row, alignItems: 'flex-end' }}
      aria-label={`Record a result of ${kpi.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        void action
          .run(async () => {
            await callResolver('recordResult', registerAnswer, {
              id: kpi.id,
              value: Number(value),
            });
          })
          .then((ok) => ok && onSaved());
      }}
    >
      <TextField id={id} title="Result today" type="number" value={value} onChange={setValue} />
      <Button type="submit" isDisabled={action.running || value.trim() === ''}>
        Record<span className="visually-hidden"> a result of {kpi.name}</span>
      </Button>
      {action.error !== undefined && (
        <Problem title="The result was not recorded" error={action.error} />
      )}
    </form>
  );
}

function Source({ kpi }: { kpi: KpiView }) {
  if (!kpi.jql) return <>Entered by hand</>;
  const path = issueSearchPath(kpi.jql);
  return (
    <a
      href={path}
      style={{ color: token('color.link') }}
      onClick={(e) => {
        e.preventDefault();
        void router.open(path);
      }}
    >
      JQL{kpi.current === null ? ' (Jira refused it)' : `: ${kpi.current} now`}
    </a>
  );
}

/** The monitoring register (9.1): KPIs with their results; AIMS managers keep it. */
export function MonitoringRegister({
  register,
  onChanged,
}: {
  register: { kpis: readonly KpiView[]; editBlockers: readonly string[] };
  onChanged: () => void;
}) {
  const canEdit = register.editBlockers.length === 0;
  const remove = useAction();
  return (
    <TitledSection
      titleId="register"
      title="Monitoring register (9.1)"
      level="h2"
      testId="register"
    >
      <div style={stack}>
        <p style={note}>
          What is measured, how, how often, by whom and against which target. The latest results are
          an input of the management review (9.3.2 d) 2).
        </p>
        {register.kpis.length === 0 ? (
          <p style={note}>No KPI is registered yet.</p>
        ) : (
          <table style={{ borderCollapse: 'collapse', width: '100%' }} data-testid="register-table">
            <thead>
              <tr>
                {[
                  'KPI',
                  'Method',
                  'Frequency',
                  'Owner',
                  'Target',
                  'Value from',
                  'Results',
                  ...(canEdit ? ['Change'] : []),
                ].map((h) => (
                  <th key={h} scope="col" style={th}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {register.kpis.map((k) => (
                <tr key={k.id}>
                  <th scope="row" style={{ ...td, textAlign: 'left' }}>
                    {k.name}
                  </th>
                  <td style={td}>{k.method}</td>
                  <td style={td}>{k.frequency}</td>
                  <td style={td}>{k.owner}</td>
                  <td style={td}>{k.target}</td>
                  <td style={td}>
                    <Source kpi={k} />
                  </td>
                  <td style={td}>
                    {k.results.length === 0
                      ? 'None yet'
                      : k.results
                          .slice(-4)
                          .map((r) => `${r.on}: ${r.value}`)
                          .join(' · ')}
                  </td>
                  {canEdit && (
                    <td style={td}>
                      <div style={stack}>
                        <RecordResult kpi={k} onSaved={onChanged} />
                        <Button
                          appearance="subtle"
                          isDisabled={remove.running}
                          onClick={() =>
                            void remove
                              .run(async () => {
                                await callResolver('removeKpi', registerAnswer, { id: k.id });
                              })
                              .then((ok) => ok && onChanged())
                          }
                        >
                          Remove<span className="visually-hidden"> {k.name}</span>
                        </Button>
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {remove.error !== undefined && (
          <Problem title="The KPI was not removed" error={remove.error} />
        )}
        {canEdit ? (
          <AddKpi onSaved={onChanged} />
        ) : (
          <SectionMessage appearance="information" title="Only AIMS managers change the register">
            <p>{register.editBlockers.join(' ')}</p>
          </SectionMessage>
        )}
      </div>
    </TitledSection>
  );
}
