import type { CSSProperties } from 'react';
import Button from '@atlaskit/button/new';
import Select from '@atlaskit/select';
import { useI18n } from '../../common';
import type { Translator } from '../../common';
import { label, toolbar } from '../../common/styles';
import type { ConfiguredSoaView } from '../../../src/ui-contract/soa-macro-view';
import { FilterStatus } from '../../common/FilterStatus';

interface Option {
  label: string;
  value: string;
}

const statusOptions = (t: Translator['t']): Option[] => [
  { value: '', label: t('soa.filter.allStatuses') },
  { value: 'included', label: t('soa.status.included') },
  { value: 'excluded', label: t('soa.status.excluded') },
  { value: 'undecided', label: t('soa.status.undecided') },
  { value: 'implemented', label: t('soa.status.implemented') },
  { value: 'in-progress', label: t('soa.status.inProgress') },
  { value: 'planned', label: t('soa.status.planned') },
  { value: 'not-started', label: t('soa.status.notStarted') },
  { value: 'justification-missing', label: t('soa.status.justificationMissing') },
];

const filterBox: CSSProperties = { minWidth: 240 };

/** The rows to show (by objective group and status), and the CSV of the rows shown. */
export function SoaFilters({
  objectives,
  objective,
  status,
  onObjective,
  onStatus,
  onDownload,
  busy,
  shownRows,
}: {
  objectives: ConfiguredSoaView['objectives'];
  objective: string;
  status: string;
  onObjective: (objective: string) => void;
  onStatus: (status: string) => void;
  onDownload: () => void;
  /** A new filter's rows are on their way. */
  busy: boolean;
  shownRows: number;
}) {
  const { t, tn } = useI18n();
  const statuses = statusOptions(t);
  const objectiveOptions: Option[] = [
    { value: '', label: t('soa.filter.allObjectives') },
    ...objectives.map((o) => ({
      value: o.id,
      label: o.id === 'ORG' ? o.title : `${o.ref} ${o.title}`,
    })),
  ];
  return (
    <div style={toolbar} role="search" aria-label={t('soa.filter.label')}>
      <div style={filterBox}>
        <label htmlFor="soa-objective" style={label}>
          {t('soa.filter.objective')}
        </label>
        <Select<Option>
          inputId="soa-objective"
          options={objectiveOptions}
          value={objectiveOptions.find((o) => o.value === objective) ?? objectiveOptions[0]}
          onChange={(o) => onObjective(o?.value ?? '')}
        />
      </div>
      <div style={filterBox}>
        <label htmlFor="soa-status" style={label}>
          {t('soa.filter.status')}
        </label>
        <Select<Option>
          inputId="soa-status"
          options={statuses}
          value={statuses.find((o) => o.value === status) ?? statuses[0]}
          onChange={(o) => onStatus(o?.value ?? '')}
        />
      </div>
      <FilterStatus
        busy={busy}
        shownText={tn('soa.filter.shown', shownRows)}
        testId="soa-filter-status"
      />
      <Button onClick={onDownload}>{t('soa.filter.download')}</Button>
    </div>
  );
}
