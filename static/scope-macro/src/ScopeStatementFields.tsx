import Button from '@atlaskit/button/new';
import { TextField } from '../../common';
import { TextAreaField } from '../../common/TextAreaField';
import { legend, fieldset, tightStack } from '../../common/styles';
import { EntryFieldset } from './EntryFieldset';
import type { ScopeDraft } from './scope-draft';
import { changedAt, newId, withoutAt } from './scope-draft';

type Change = (change: Partial<ScopeDraft>) => void;

/** 4.3: the scope statement, its boundaries, units, locations and justified exclusions. */
export function ScopeStatementFields({ draft, onChange }: { draft: ScopeDraft; onChange: Change }) {
  return (
    <fieldset style={{ ...fieldset, ...tightStack }}>
      <legend style={legend}>Scope of the AIMS (4.3)</legend>
      <TextAreaField
        id="scope-statement-text"
        title="Scope statement"
        value={draft.statement}
        onChange={(statement) => onChange({ statement })}
      />
      <TextAreaField
        id="scope-boundaries"
        title="Boundaries"
        hint="Which activities and life-cycle stages the AIMS covers, and where it stops."
        value={draft.boundaries}
        onChange={(boundaries) => onChange({ boundaries })}
      />
      <TextAreaField
        id="scope-units"
        title="Organizational units (one per line)"
        value={draft.units}
        onChange={(units) => onChange({ units })}
      />
      <TextAreaField
        id="scope-locations"
        title="Locations (one per line)"
        value={draft.locations}
        onChange={(locations) => onChange({ locations })}
      />
      {draft.exclusions.map((e, i) => (
        <EntryFieldset
          key={e.id}
          title={`Exclusion ${i + 1}`}
          removeLabel={`Remove exclusion ${i + 1}`}
          onRemove={() => onChange({ exclusions: withoutAt(draft.exclusions, i) })}
        >
          <TextField
            id={`exclusion-what-${e.id}`}
            title="Excluded activity or AI system"
            value={e.what}
            onChange={(what) => onChange({ exclusions: changedAt(draft.exclusions, i, { what }) })}
          />
          <TextAreaField
            id={`exclusion-why-${e.id}`}
            title="Justification"
            value={e.justification}
            onChange={(justification) =>
              onChange({ exclusions: changedAt(draft.exclusions, i, { justification }) })
            }
          />
        </EntryFieldset>
      ))}
      <div>
        <Button
          onClick={() =>
            onChange({
              exclusions: [...draft.exclusions, { id: newId('exc'), what: '', justification: '' }],
            })
          }
        >
          Add an exclusion
        </Button>
      </div>
    </fieldset>
  );
}
