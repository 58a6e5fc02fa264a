import type { CSSProperties } from 'react';
import Button from '@atlaskit/button/new';
import Select from '@atlaskit/select';
import { label, toolbar } from '../../common/styles';
import type { ConfiguredSoaView } from '../../../src/ui-contract/soa-macro-view';
import { FilterStatus } from '../../common/FilterStatus';

interface Option {
  label: string;
  value: string;
}

const STATUS_OPTIONS: Option[] = [
  { value: '', label: 'All statuses' },
  { value: 'included', label: 'Included' },
  { value: 'excluded', label: 'Excluded' },
  { value: 'undecided', label: 'Undecided' },
  { value: 'implemented', label: 'Implemented' },
  { value: 'in-progress', label: 'In progress' },
  { value: 'planned', label: 'Planned' },
  { value: 'not-started', label: 'Not started' },
  { value: 'justification-missing', label: 'Justification missing' },
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
  const objectiveOptions: Option[] = [
    { value: '', label: 'All objectives' },
    ...objectives.map((o) => ({
      value: o.id,
      label: o.id === 'ORG' ? o.title : `${o.ref} ${o.title}`,
    })),
  ];
  return (
    <div style={toolbar} role="search" aria-label="Filter the SoA">
      <div style={filterBox}>
        <label htmlFor="soa-objective" style={label}>
          Objective
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
          Status
        </label>
        <Select<Option>
          inputId="soa-status"
          options={STATUS_OPTIONS}
          value={STATUS_OPTIONS.find((o) => o.value === status) ?? STATUS_OPTIONS[0]}
          onChange={(o) => onStatus(o?.value ?? '')}
        />
      </div>
      <FilterStatus busy={busy} shown={shownRows} noun="controls" testId="soa-filter-status" />
      <Button onClick={onDownload}>Download CSV</Button>
    </div>
  );
}
