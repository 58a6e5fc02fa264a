import type { CSSProperties, ReactNode } from 'react';
import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Textfield from '@atlaskit/textfield';
import { Problem, useI18n } from '../../../common';
import { card, label, muted, subheading, tightStack } from '../../../common/styles';
import type { IssuePanelView } from '../../../../src/ui-contract/issue-panel-view';
import { newRequestId, usePanelWrite } from './panel-write';

/**
 * A small form that creates a record already linked to this issue (a corrective action, a
 * finding). One request id per form shown: a double submit creates one record.
 */
export function CreateLinkedForm({
  id,
  title,
  hint,
  functionKey,
  extra,
  extraPayload,
  submitLabel,
  onChange,
  style,
}: {
  id: string;
  title: string;
  hint: string;
  functionKey: string;
  /** More fields of the form (an implementer, a grade). */
  extra?: ReactNode;
  extraPayload: Record<string, unknown>;
  submitLabel: string;
  onChange: (panel: IssuePanelView) => void;
  style?: CSSProperties;
}) {
  const { t } = useI18n();
  const [requestId] = useState(newRequestId);
  const [summary, setSummary] = useState('');
  const { write, running, error } = usePanelWrite(onChange);
  return (
    <form
      aria-labelledby={`${id}-title`}
      style={{ ...card, ...tightStack, ...style }}
      data-testid={id}
      onSubmit={(e) => {
        e.preventDefault();
        void write(functionKey, { requestId, summary, ...extraPayload });
      }}
    >
      <h3 id={`${id}-title`} style={subheading}>
        {title}
      </h3>
      <p id={`${id}-hint`} style={muted}>
        {hint}
      </p>
      <div>
        <label htmlFor={`${id}-summary`} style={label}>
          {t('panel.create.summary')}
        </label>
        <Textfield
          id={`${id}-summary`}
          name="summary"
          value={summary}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setSummary(e.currentTarget.value)}
        />
      </div>
      {extra}
      {error !== undefined && <Problem error={error} title={t('panel.create.failed')} />}
      <div>
        <Button appearance="primary" type="submit" isLoading={running}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
