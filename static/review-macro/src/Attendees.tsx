import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Select from '@atlaskit/select';
import { z } from 'zod';
import { callResolver, Problem } from '../../common';
import type { ConfiguredReviewView } from '../../../src/ui-contract/review-macro-view';
import type { PersonView } from '../../../src/ui-contract/wire-shapes';
import { label, muted, row, ruledSection, subheading } from '../../common/styles';

/** Who attended the review (chosen from the people Jira shows the viewer). */
export function Attendees({
  view,
  people,
  onSaved,
}: {
  view: ConfiguredReviewView;
  people: readonly PersonView[];
  onSaved: () => void;
}) {
  const editable = view.state === 'draft' && view.editBlockers.length === 0;
  const [chosen, setChosen] = useState(view.attendees.map((a) => a.accountId));
  const [error, setError] = useState<unknown>(undefined);
  const [saving, setSaving] = useState(false);
  const known = new Map([...people, ...view.attendees].map((p) => [p.accountId, p.displayName]));
  const options = [...known].map(([value, text]) => ({ value, label: text }));
  const save = async () => {
    setSaving(true);
    setError(undefined);
    try {
      await callResolver('saveAttendees', z.object({ saved: z.boolean() }), {
        attendeeAccountIds: chosen,
      });
      onSaved();
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  };
  return (
    <section style={ruledSection} aria-labelledby="attendees" data-testid="attendees">
      <h3 id="attendees" style={{ ...subheading }}>
        Attendees
      </h3>
      {editable ? (
        <>
          <label htmlFor="attendee-select" style={label}>
            People who attended
          </label>
          <Select
            inputId="attendee-select"
            isMulti
            options={options}
            value={options.filter((o) => chosen.includes(o.value))}
            onChange={(values) => setChosen(values.map((v) => v.value))}
            placeholder="Choose the attendees"
          />
          {error !== undefined && <Problem error={error} title="The attendees were not saved" />}
          <div style={row}>
            <Button onClick={() => void save()} isDisabled={saving}>
              Save attendees
            </Button>
          </div>
        </>
      ) : view.attendees.length > 0 ? (
        <p>{view.attendees.map((a) => a.displayName).join(', ')}</p>
      ) : (
        <p style={muted}>None recorded.</p>
      )}
    </section>
  );
}
