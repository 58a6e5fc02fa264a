import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Select from '@atlaskit/select';
import {
  Problem,
  TitledSection,
  callResolver,
  useAction,
  useI18n,
  useReportUnsaved,
} from '../../common';
import { label, muted, row } from '../../common/styles';
import type { ConfiguredReviewView } from '../../../src/ui-contract/review-macro-view';
import { reviewSavedSchema } from '../../../src/ui-contract/review-macro-view';
import type { PersonView } from '../../../src/ui-contract/wire-shapes';

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
  const { t } = useI18n();
  const editable = view.state === 'draft' && view.editBlockers.length === 0;
  const [chosen, setChosen] = useState(view.attendees.map((a) => a.accountId));
  const { run, running, error } = useAction();
  const known = new Map([...people, ...view.attendees].map((p) => [p.accountId, p.displayName]));
  const options = [...known].map(([value, text]) => ({ value, label: text }));
  const saveAttendees = async (): Promise<void> => {
    await callResolver('saveAttendees', reviewSavedSchema, { attendeeAccountIds: chosen });
    onSaved();
  };
  const save = () => run(saveAttendees);
  const saved = view.attendees.map((a) => a.accountId);
  const dirty = chosen.length !== saved.length || chosen.some((id) => !saved.includes(id));
  useReportUnsaved(
    'review-attendees',
    editable && dirty,
    t('review.attendees.title'),
    saveAttendees,
  );
  return (
    <TitledSection titleId="attendees" title={t('review.attendees.title')} testId="attendees">
      {editable ? (
        <>
          <label htmlFor="attendee-select" style={label}>
            {t('review.attendees.people')}
          </label>
          <Select
            inputId="attendee-select"
            isMulti
            options={options}
            value={options.filter((o) => chosen.includes(o.value))}
            onChange={(values) => setChosen(values.map((v) => v.value))}
            placeholder={t('review.attendees.choose')}
          />
          {error !== undefined && <Problem error={error} title={t('review.attendees.notSaved')} />}
          {dirty ? (
            <p style={muted}>{t('review.attendees.notSavedYet')}</p>
          ) : (
            view.attendees.length > 0 && (
              <p role="status" data-testid="attendees-saved">
                {t('review.attendees.saved', {
                  names: view.attendees.map((a) => a.displayName).join(', '),
                })}
              </p>
            )
          )}
          <div style={row}>
            <Button onClick={() => void save()} isDisabled={running}>
              {t('review.attendees.save')}
            </Button>
          </div>
        </>
      ) : view.attendees.length > 0 ? (
        <p>{view.attendees.map((a) => a.displayName).join(', ')}</p>
      ) : (
        <p style={muted}>{t('review.attendees.none')}</p>
      )}
    </TitledSection>
  );
}
