import { useState } from 'react';
import type { ReactNode } from 'react';
import Button from '@atlaskit/button/new';
import TextArea from '@atlaskit/textarea';
import {
  Problem,
  TitledSection,
  callResolver,
  useAction,
  useI18n,
  useReportUnsaved,
} from '../../common';
import type { Translator } from '../../common';
import { label, muted, preWrap, row } from '../../common/styles';
import type { ConfiguredReviewView } from '../../../src/ui-contract/review-macro-view';
import { reviewSavedSchema } from '../../../src/ui-contract/review-macro-view';

/** One input the review's managers enter: a text area while they may edit, the text otherwise. */
function EnteredInput({
  id,
  title,
  fieldId,
  text,
  editable,
  onChange,
  children,
}: {
  id: string;
  title: string;
  fieldId: string;
  text: string;
  editable: boolean;
  onChange: (text: string) => void;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <TitledSection titleId={id} title={title} testId={id}>
      {editable ? (
        <>
          <label htmlFor={fieldId} style={label}>
            {t('review.entered.perLine')}
          </label>
          <TextArea
            id={fieldId}
            value={text}
            minimumRows={3}
            onChange={(e) => onChange(e.currentTarget.value)}
          />
          {children}
        </>
      ) : text ? (
        <p style={preWrap}>{text}</p>
      ) : (
        <p style={muted}>{t('review.entered.nothing')}</p>
      )}
    </TitledSection>
  );
}

type EnteredField = keyof ConfiguredReviewView['entered'];

/** The inputs of 9.3.2 the review's managers enter: b) and c). */
const entered = (
  t: Translator['t'],
): readonly { field: EnteredField; id: string; fieldId: string; title: string }[] => [
  {
    field: 'externalInternalIssues',
    id: 'input-b',
    fieldId: 'external-internal',
    title: t('review.entered.b'),
  },
  {
    field: 'interestedParties',
    id: 'input-c',
    fieldId: 'interested-parties',
    title: t('review.entered.c'),
  },
];

/** 9.3.2 b) and c): entered in the macro by the review's managers, saved on the page. */
export function EnteredInputs({
  view,
  onSaved,
}: {
  view: ConfiguredReviewView;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const ENTERED = entered(t);
  const editable = view.state === 'draft' && view.editBlockers.length === 0;
  const [draft, setDraft] = useState(view.entered);
  const { run, running, error } = useAction();
  const dirty = ENTERED.some(({ field }) => draft[field] !== view.entered[field]);
  const saveInputs = async (): Promise<void> => {
    await callResolver('saveInputs', reviewSavedSchema, draft);
    onSaved();
  };
  const save = () => run(saveInputs);
  useReportUnsaved(
    'review-entered-inputs',
    editable && dirty,
    ENTERED.filter(({ field }) => draft[field] !== view.entered[field])
      .map(({ title }) => title)
      .join('; '),
    saveInputs,
  );
  return (
    <>
      {ENTERED.map(({ field, id, fieldId, title }, i) => (
        <EnteredInput
          key={id}
          id={id}
          title={title}
          fieldId={fieldId}
          text={editable ? draft[field] : view.entered[field]}
          editable={editable}
          onChange={(text) => setDraft((d) => ({ ...d, [field]: text }))}
        >
          {i === ENTERED.length - 1 && (
            <>
              {error !== undefined && (
                <Problem error={error} title={t('review.entered.notSaved')} />
              )}
              <div style={row}>
                <Button
                  appearance="primary"
                  isDisabled={!dirty || running}
                  onClick={() => void save()}
                >
                  {t('review.entered.save')}
                </Button>
              </div>
            </>
          )}
        </EnteredInput>
      ))}
    </>
  );
}
