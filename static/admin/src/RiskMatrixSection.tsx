import { useEffect, useState } from 'react';
import { z } from 'zod';
import type { CSSProperties } from 'react';
import Button from '@atlaskit/button/new';
import Checkbox from '@atlaskit/checkbox';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import { callResolver, Loading, Problem, TextField } from '../../common';
import { fieldset, label, legend, nativeSelect, note, row, stack } from '../../common/styles';
import type { MatrixDraft } from './risk-matrix-draft';
import {
  draftOfMatrix,
  impactSchema,
  matrixOfDraft,
  resized,
  riskMatrixViewSchema,
  SCALE_SIZES,
} from './risk-matrix-draft';
import { useOnboarding } from './onboarding/onboarding-context';
import { Section } from './Section';

const grid: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))',
  gap: token('space.150'),
};

type Axis = 'likelihood' | 'consequence';
const AXES: { axis: Axis; title: string }[] = [
  { axis: 'likelihood', title: 'Likelihood' },
  { axis: 'consequence', title: 'Consequence' },
];

const savedSchema = impactSchema.extend({ optionsChanged: z.number() });

/**
 * The risk criteria (6.1.2): the likelihood and consequence scales (3 to 5 levels each), the risk
 * levels over the scores and the risk appetite. Saving tells how many rated risks fall above a
 * smaller scale and saves only once the admin confirms that number.
 */
export function RiskMatrixSection() {
  const onboarding = useOnboarding();
  const [draft, setDraft] = useState<MatrixDraft | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [offScale, setOffScale] = useState<{ count: number; jql: string | null } | undefined>();
  const [confirmed, setConfirmed] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    callResolver('getRiskMatrix', riskMatrixViewSchema)
      .then((view) => setDraft(draftOfMatrix(view.matrix)))
      .catch(setFailure);
  }, []);

  if (!draft)
    return (
      <Section id="risk-matrix" title="Risk criteria">
        {failure ? (
          <Problem error={failure} title="The risk matrix could not be loaded" />
        ) : (
          <Loading label="Loading the risk matrix" />
        )}
      </Section>
    );

  const update = (change: (d: MatrixDraft) => MatrixDraft): void => {
    setDraft((d) => (d ? change(d) : d));
    setSaved(false);
    setOffScale(undefined);
    setConfirmed(false);
  };
  const top = draft.likelihood.length * draft.consequence.length;

  const save = async (): Promise<void> => {
    setFailure(undefined);
    setSaving(true);
    try {
      const matrix = matrixOfDraft(draft);
      const { impact } = await callResolver('checkRiskMatrix', impactSchema, { matrix });
      if (impact.offScaleRisks > 0 && !(confirmed && offScale?.count === impact.offScaleRisks)) {
        setOffScale({ count: impact.offScaleRisks, jql: impact.jql });
        setConfirmed(false);
        return;
      }
      await callResolver('saveRiskMatrix', savedSchema, {
        matrix,
        ...(impact.offScaleRisks > 0 ? { confirmedOffScaleRisks: impact.offScaleRisks } : {}),
      });
      setOffScale(undefined);
      setConfirmed(false);
      setSaved(true);
      onboarding.refresh();
    } catch (err) {
      setFailure(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Section
      id="risk-matrix"
      title="Risk criteria"
      intro="The risk matrix every AI risk is scored on (score = likelihood × consequence), its risk levels and the risk appetite: the highest level accepted without a recorded acceptance. The likelihood and consequence options in Jira follow these labels."
    >
      <form
        aria-label="Risk matrix"
        noValidate
        style={stack}
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {AXES.map(({ axis, title }) => (
          <fieldset key={axis} style={fieldset}>
            <legend style={legend}>{title} scale</legend>
            <div style={row}>
              <label htmlFor={`${axis}-size`} style={label}>
                {title} levels
              </label>
              <select
                id={`${axis}-size`}
                style={nativeSelect}
                value={draft[axis].length}
                onChange={(e) =>
                  update((d) => ({ ...d, [axis]: resized(d[axis], Number(e.target.value)) }))
                }
              >
                {SCALE_SIZES.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </div>
            <div style={grid}>
              {draft[axis].map((text, i) => (
                <TextField
                  key={i}
                  id={`${axis}-${i + 1}`}
                  title={`${title} ${i + 1}`}
                  value={text}
                  onChange={(v) =>
                    update((d) => ({ ...d, [axis]: d[axis].map((t, j) => (j === i ? v : t)) }))
                  }
                />
              ))}
            </div>
          </fieldset>
        ))}
        <fieldset style={fieldset}>
          <legend style={legend}>Risk levels (scores 1 to {top})</legend>
          <div style={grid}>
            {draft.bands.map((band, i) => {
              const last = i === draft.bands.length - 1;
              return (
                <div key={band.id} style={stack}>
                  <TextField
                    id={`band-${band.id}-label`}
                    title={`Level ${i + 1} name`}
                    value={band.label}
                    onChange={(v) =>
                      update((d) => ({
                        ...d,
                        bands: d.bands.map((b, j) => (j === i ? { ...b, label: v } : b)),
                      }))
                    }
                  />
                  {last ? (
                    <p style={note}>Up to score {top}</p>
                  ) : (
                    <TextField
                      id={`band-${band.id}-max`}
                      title={`Level ${i + 1} highest score`}
                      type="number"
                      min={1}
                      max={top}
                      value={band.maxScore}
                      onChange={(v) =>
                        update((d) => ({
                          ...d,
                          bands: d.bands.map((b, j) => (j === i ? { ...b, maxScore: v } : b)),
                        }))
                      }
                    />
                  )}
                </div>
              );
            })}
          </div>
          <div style={row}>
            <label htmlFor="risk-appetite" style={label}>
              Risk appetite (highest level accepted as it is)
            </label>
            <select
              id="risk-appetite"
              style={nativeSelect}
              value={draft.appetiteBandId}
              onChange={(e) => update((d) => ({ ...d, appetiteBandId: e.target.value }))}
            >
              {draft.bands.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.label}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
        {offScale && (
          <div data-testid="risk-matrix-impact">
            <SectionMessage appearance="warning" title="Rated risks fall outside the new scale">
              <p>
                {offScale.count} AI {offScale.count === 1 ? 'risk is' : 'risks are'} rated above the
                new scale (Jira&apos;s approximate count
                {offScale.jql ? `: ${offScale.jql}` : ''}). Their ratings stay as they are; each
                must be re-rated before its next transition.
              </p>
              <Checkbox
                name="confirm-off-scale"
                isChecked={confirmed}
                onChange={(e) => setConfirmed(e.target.checked)}
                label={`I confirm: save the matrix with ${offScale.count} ${offScale.count === 1 ? 'risk' : 'risks'} to re-rate`}
              />
            </SectionMessage>
          </div>
        )}
        {failure !== undefined && (
          <Problem
            error={failure}
            title="The risk matrix was not saved"
            testId="risk-matrix-problem"
          />
        )}
        {saved && (
          <div role="status" data-testid="risk-matrix-saved">
            <SectionMessage appearance="success" title="Risk matrix saved">
              <p>Every AI risk is now scored on this matrix.</p>
            </SectionMessage>
          </div>
        )}
        <div style={row}>
          <Button type="submit" appearance="primary" isLoading={saving}>
            Save risk matrix
          </Button>
        </div>
      </form>
    </Section>
  );
}
