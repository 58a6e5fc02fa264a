import { useState } from 'react';
import Button from '@atlaskit/button/new';
import TextArea from '@atlaskit/textarea';
import { z } from 'zod';
import { callResolver, Problem } from '../../common';
import type { ConfiguredReviewView } from '../../../src/ui-contract/review-macro-view';
import { label, muted, preWrap, row, ruledSection, subheading } from '../../common/styles';

function ReadOnly({ text }: { text: string }) {
  return text ? <p style={preWrap}>{text}</p> : <p style={muted}>Nothing entered.</p>;
}

/** 9.3.2 b) and c): entered in the macro by the review's managers, saved on the page. */
export function EnteredInputs({
  view,
  onSaved,
}: {
  view: ConfiguredReviewView;
  onSaved: () => void;
}) {
  const editable = view.state === 'draft' && view.editBlockers.length === 0;
  const [issues, setIssues] = useState(view.entered.externalInternalIssues);
  const [parties, setParties] = useState(view.entered.interestedParties);
  const [error, setError] = useState<unknown>(undefined);
  const [saving, setSaving] = useState(false);
  const dirty =
    issues !== view.entered.externalInternalIssues || parties !== view.entered.interestedParties;
  const save = async () => {
    setSaving(true);
    setError(undefined);
    try {
      await callResolver('saveInputs', z.object({ saved: z.boolean() }), {
        externalInternalIssues: issues,
        interestedParties: parties,
      });
      onSaved();
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  };
  return (
    <>
      <section style={ruledSection} aria-labelledby="input-b" data-testid="input-b">
        <h3 id="input-b" style={subheading}>
          b) Changes in external and internal issues
        </h3>
        {editable ? (
          <>
            <label htmlFor="external-internal" style={label}>
              One change per line
            </label>
            <TextArea
              id="external-internal"
              value={issues}
              minimumRows={3}
              onChange={(e) => setIssues(e.currentTarget.value)}
            />
          </>
        ) : (
          <ReadOnly text={view.entered.externalInternalIssues} />
        )}
      </section>
      <section style={ruledSection} aria-labelledby="input-c" data-testid="input-c">
        <h3 id="input-c" style={subheading}>
          c) Changes in needs and expectations of interested parties
        </h3>
        {editable ? (
          <>
            <label htmlFor="interested-parties" style={label}>
              One change per line
            </label>
            <TextArea
              id="interested-parties"
              value={parties}
              minimumRows={3}
              onChange={(e) => setParties(e.currentTarget.value)}
            />
            {error !== undefined && <Problem error={error} title="The inputs were not saved" />}
            <div style={row}>
              <Button
                appearance="primary"
                isDisabled={!dirty || saving}
                onClick={() => void save()}
              >
                Save inputs b) and c)
              </Button>
            </div>
          </>
        ) : (
          <ReadOnly text={view.entered.interestedParties} />
        )}
      </section>
    </>
  );
}
