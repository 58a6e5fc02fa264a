import { useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import { bodyCell, headCell } from './table-styles';
import { router } from '@forge/bridge';
import { z } from 'zod';
import type { Translator } from '../../common';
import {
  NativeSelectField,
  Problem,
  TextField,
  TitledSection,
  callResolver,
  useAction,
  useI18n,
} from '../../common';
import { note, row, stack } from '../../common/styles';
import { KPI_FREQUENCIES } from '../../../src/domain/overview/monitoring-register';
import { issueSearchPath } from '../../../src/ui-contract/issue-search-link';
import type { KpiView } from '../../../src/ui-contract/overview-view';
import { kpiViewSchema } from '../../../src/ui-contract/overview-view';

const registerAnswer = z.object({ kpis: z.array(kpiViewSchema) });

const th = headCell;
const td = bodyCell;

const EMPTY = { name: '', method: '', frequency: 'Monthly', owner: '', target: '', jql: '' };

type Frequency = (typeof KPI_FREQUENCIES)[number];

/** A KPI's frequency in the viewer's language (the register keeps the English value). */
const FREQUENCY_LABELS: Readonly<Record<Frequency, (t: Translator['t']) => string>> = {
  Monthly: (t) => t('overview.register.monthly'),
  Quarterly: (t) => t('overview.register.quarterly'),
  'Half-yearly': (t) => t('overview.register.halfYearly'),
  Yearly: (t) => t('overview.register.yearly'),
};

const frequencyLabel = (t: Translator['t'], frequency: string): string =>
  frequency in FREQUENCY_LABELS ? FREQUENCY_LABELS[frequency as Frequency](t) : frequency;

function AddKpi({ onSaved }: { onSaved: () => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(EMPTY);
  const action = useAction();
  const set = (key: keyof typeof EMPTY) => (value: string) =>
    setDraft((d) => ({ ...d, [key]: value }));
  return (
    <form
      style={stack}
      aria-label={t('overview.register.addLabel')}
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
      <TextField
        id="kpi-name"
        title={t('overview.register.kpi')}
        value={draft.name}
        onChange={set('name')}
      />
      <TextField
        id="kpi-method"
        title={t('overview.register.method')}
        value={draft.method}
        onChange={set('method')}
      />
      <NativeSelectField
        id="kpi-frequency"
        title={t('overview.register.frequency')}
        options={KPI_FREQUENCIES.map((f) => ({ value: f, label: FREQUENCY_LABELS[f](t) }))}
        value={draft.frequency}
        onChange={set('frequency')}
      />
      <TextField
        id="kpi-owner"
        title={t('overview.register.owner')}
        value={draft.owner}
        onChange={set('owner')}
      />
      <TextField
        id="kpi-target"
        title={t('overview.register.target')}
        value={draft.target}
        onChange={set('target')}
      />
      <TextField
        id="kpi-jql"
        title={t('overview.register.jqlOptional')}
        hint={t('overview.register.jqlHint')}
        value={draft.jql}
        onChange={set('jql')}
      />
      {action.error !== undefined && (
        <Problem title={t('overview.register.notSaved')} error={action.error} />
      )}
      <div style={row}>
        <Button type="submit" appearance="primary" isDisabled={action.running}>
          {t('overview.register.add')}
        </Button>
      </div>
    </form>
  );
}

function RecordResult({ kpi, onSaved }: { kpi: KpiView; onSaved: () => void }) {
  const { t } = useI18n();
  const [value, setValue] = useState(kpi.current === null ? '' : String(kpi.current));
  const action = useAction();
  const id = `result-${kpi.id}`;
  return (
    <form
      style={{ ...row, alignItems: 'flex-end' }}
      aria-label={t('overview.register.recordLabel', { name: kpi.name })}
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
      <TextField
        id={id}
        title={t('overview.register.resultToday')}
        type="number"
        value={value}
        onChange={setValue}
      />
      <Button type="submit" isDisabled={action.running || value.trim() === ''}>
        {t('overview.register.record')}
        <span className="visually-hidden">
          {' '}
          {t('overview.register.recordOf', { name: kpi.name })}
        </span>
      </Button>
      {action.error !== undefined && (
        <Problem title={t('overview.register.notRecorded')} error={action.error} />
      )}
    </form>
  );
}

function Source({ kpi }: { kpi: KpiView }) {
  const { t } = useI18n();
  if (!kpi.jql) return <>{t('overview.register.byHand')}</>;
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
      {kpi.current === null
        ? t('overview.register.jqlRefused')
        : t('overview.register.jqlNow', { count: kpi.current })}
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
  const { t, date, number } = useI18n();
  const canEdit = register.editBlockers.length === 0;
  const remove = useAction();
  return (
    <TitledSection
      titleId="register"
      title={t('overview.register.title')}
      level="h2"
      testId="register"
    >
      <div style={stack}>
        <p style={note}>{t('overview.register.intro')}</p>
        {register.kpis.length === 0 ? (
          <p style={note}>{t('overview.register.empty')}</p>
        ) : (
          <table style={{ borderCollapse: 'collapse', width: '100%' }} data-testid="register-table">
            <thead>
              <tr>
                {[
                  t('overview.register.kpi'),
                  t('overview.register.method'),
                  t('overview.register.frequency'),
                  t('overview.register.owner'),
                  t('overview.register.target'),
                  t('overview.register.source'),
                  t('overview.register.results'),
                  ...(canEdit ? [t('overview.change')] : []),
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
                  <td style={td}>{frequencyLabel(t, k.frequency)}</td>
                  <td style={td}>{k.owner}</td>
                  <td style={td}>{k.target}</td>
                  <td style={td}>
                    <Source kpi={k} />
                  </td>
                  <td style={td}>
                    {k.results.length === 0
                      ? t('overview.register.noResults')
                      : k.results
                          .slice(-4)
                          .map((r) => `${date(r.on)}: ${number(r.value)}`)
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
                          {t('overview.remove')}
                          <span className="visually-hidden"> {k.name}</span>
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
          <Problem title={t('overview.register.notRemoved')} error={remove.error} />
        )}
        {canEdit ? (
          <AddKpi onSaved={onChanged} />
        ) : (
          <SectionMessage appearance="information" title={t('overview.register.managersOnly')}>
            <p>{register.editBlockers.join(' ')}</p>
          </SectionMessage>
        )}
      </div>
    </TitledSection>
  );
}
