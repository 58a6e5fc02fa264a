import { useEffect, useState } from 'react';
import { z } from 'zod';
import type { CSSProperties } from 'react';
import Button from '@atlaskit/button/new';
import Checkbox from '@atlaskit/checkbox';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import type { Translator } from '../../common';
import {
  callResolver,
  Loading,
  NativeSelectField,
  Problem,
  TextField,
  useI18n,
} from '../../common';
import { fieldset, legend, note, row, stack } from '../../common/styles';
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
type T = Translator['t'];

/** An axis's words: its title, its scale's legend, its size's label, and one level's field. */
interface AxisText {
  scale: string;
  levels: string;
  level: (n: number) => string;
}

const AXES: { axis: Axis; text: (t: T) => AxisText }[] = [
  {
    axis: 'likelihood',
    text: (t) => ({
      scale: t('admin.risk.likelihood.scale'),
      levels: t('admin.risk.likelihood.levels'),
      level: (n) => t('admin.risk.likelihood.level', { n }),
    }),
  },
  {
    axis: 'consequence',
    text: (t) => ({
      scale: t('admin.risk.consequence.scale'),
      levels: t('admin.risk.consequence.levels'),
      level: (n) => t('admin.risk.consequence.level', { n }),
    }),
  },
];

const savedSchema = impactSchema.extend({ optionsChanged: z.number() });

/**
 * The risk criteria (6.1.2): the likelihood and consequence scales (3 to 5 levels each), the risk
 * levels over the scores and the risk appetite. Saving tells how many rated risks fall above a
 * smaller scale and saves only once the admin confirms that number.
 */
export function RiskMatrixSection() {
  const { t, tn } = useI18n();
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
      <Section id="risk-matrix" title={t('admin.risk.title')}>
        {failure ? (
          <Problem error={failure} title={t('admin.risk.loadFailed')} />
        ) : (
          <Loading label={t('admin.risk.loading')} />
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
    <Section id="risk-matrix" title={t('admin.risk.title')} intro={t('admin.risk.intro')}>
      <form
        aria-label={t('admin.risk.form')}
        noValidate
        style={stack}
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {AXES.map(({ axis, text: words }) => (
          <fieldset key={axis} style={fieldset}>
            <legend style={legend}>{words(t).scale}</legend>
            <div style={row}>
              <NativeSelectField
                id={`${axis}-size`}
                title={words(t).levels}
                options={SCALE_SIZES.map((n) => ({ value: n, label: String(n) }))}
                value={draft[axis].length}
                onChange={(n) => update((d) => ({ ...d, [axis]: resized(d[axis], n) }))}
              />
            </div>
            <div style={grid}>
              {draft[axis].map((text, i) => (
                <TextField
                  key={i}
                  id={`${axis}-${i + 1}`}
                  title={words(t).level(i + 1)}
                  value={text}
                  onChange={(v) =>
                    update((d) => ({ ...d, [axis]: d[axis].map((old, j) => (j === i ? v : old)) }))
                  }
                />
              ))}
            </div>
          </fieldset>
        ))}
        <fieldset style={fieldset}>
          <legend style={legend}>{t('admin.risk.bands', { top })}</legend>
          <div style={grid}>
            {draft.bands.map((band, i) => {
              const last = i === draft.bands.length - 1;
              return (
                <div key={band.id} style={stack}>
                  <TextField
                    id={`band-${band.id}-label`}
                    title={t('admin.risk.bandName', { n: i + 1 })}
                    value={band.label}
                    onChange={(v) =>
                      update((d) => ({
                        ...d,
                        bands: d.bands.map((b, j) => (j === i ? { ...b, label: v } : b)),
                      }))
                    }
                  />
                  {last ? (
                    <p style={note}>{t('admin.risk.upTo', { top })}</p>
                  ) : (
                    <TextField
                      id={`band-${band.id}-max`}
                      title={t('admin.risk.bandMax', { n: i + 1 })}
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
            <NativeSelectField
              id="risk-appetite"
              title={t('admin.risk.appetite')}
              options={draft.bands.map((b) => ({ value: b.id, label: b.label }))}
              value={draft.appetiteBandId}
              onChange={(appetiteBandId) => update((d) => ({ ...d, appetiteBandId }))}
            />
          </div>
        </fieldset>
        {offScale && (
          <div data-testid="risk-matrix-impact">
            <SectionMessage appearance="warning" title={t('admin.risk.offScaleTitle')}>
              <p>
                {offScale.jql
                  ? tn('admin.risk.offScaleJql', offScale.count, { jql: offScale.jql })
                  : tn('admin.risk.offScale', offScale.count)}
              </p>
              <Checkbox
                name="confirm-off-scale"
                isChecked={confirmed}
                onChange={(e) => setConfirmed(e.target.checked)}
                label={tn('admin.risk.confirmOffScale', offScale.count)}
              />
            </SectionMessage>
          </div>
        )}
        {failure !== undefined && (
          <Problem error={failure} title={t('admin.risk.notSaved')} testId="risk-matrix-problem" />
        )}
        {saved && (
          <div role="status" data-testid="risk-matrix-saved">
            <SectionMessage appearance="success" title={t('admin.risk.saved')}>
              <p>{t('admin.risk.savedText')}</p>
            </SectionMessage>
          </div>
        )}
        <div style={row}>
          <Button type="submit" appearance="primary" isLoading={saving}>
            {t('admin.risk.save')}
          </Button>
        </div>
      </form>
    </Section>
  );
}
