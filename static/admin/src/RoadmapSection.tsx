import { useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import type { RoadmapOutcome } from '../../../src/ui-contract/roadmap-view';
import { roadmapOutcomeSchema } from '../../../src/ui-contract/roadmap-view';
import { callResolver, Loading, Problem, useI18n } from '../../common';
import { row } from '../../common/styles';
import { useOnboarding } from './onboarding/onboarding-context';
import { Section } from './Section';

/**
 * The optional implementation roadmap: the ten programme steps as epics with starter tasks, each
 * labelled with the clauses it satisfies. Preview lists what would be created; creating it again
 * adds only what is missing.
 */
export function RoadmapSection({ projectKey }: { projectKey: string }) {
  const { t } = useI18n();
  const onboarding = useOnboarding();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<RoadmapOutcome | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);

  const apply = async (dryRun: boolean): Promise<void> => {
    setBusy(true);
    setFailure(undefined);
    setOutcome(undefined);
    try {
      setOutcome(await callResolver('applyRoadmap', roadmapOutcomeSchema, { dryRun }));
      if (!dryRun) onboarding.refresh();
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section
      id="roadmap"
      title={t('admin.roadmap.title')}
      intro={t('admin.roadmap.intro', { projectKey })}
    >
      <div style={row}>
        <Button onClick={() => void apply(true)} isDisabled={busy}>
          {t('admin.roadmap.preview')}
        </Button>
        <Button appearance="primary" onClick={() => void apply(false)} isDisabled={busy}>
          {t('admin.roadmap.create')}
        </Button>
      </div>
      {busy && <Loading label={t('admin.roadmap.working')} />}
      {failure !== undefined && (
        <Problem error={failure} title={t('admin.roadmap.failed')} testId="roadmap-problem" />
      )}
      {outcome && <RoadmapOutcomeView outcome={outcome} />}
    </Section>
  );
}

function RoadmapOutcomeView({ outcome }: { outcome: RoadmapOutcome }) {
  const { t, tn } = useI18n();
  const made = outcome.epics.length + outcome.tasks.length;
  const counts = {
    epics: tn('admin.roadmap.epics', outcome.epics.length),
    tasks: tn('admin.roadmap.tasks', outcome.tasks.length),
    existing: outcome.existing,
  };
  const text =
    made === 0
      ? t('admin.roadmap.complete', { existing: outcome.existing })
      : outcome.dryRun
        ? t('admin.roadmap.wouldCreate', counts)
        : t('admin.roadmap.created', counts);
  return (
    <div data-testid="roadmap-outcome" style={{ display: 'contents' }}>
      <div role="status">
        <SectionMessage appearance={made === 0 || !outcome.dryRun ? 'success' : 'information'}>
          <p>{text}</p>
        </SectionMessage>
      </div>
      {outcome.epics.length > 0 && (
        <ul aria-label={t('admin.roadmap.epicList')}>
          {outcome.epics.map((e) => (
            <li key={e.summary}>
              {t('admin.roadmap.epic', {
                epic: e.key ? `${e.key} ${e.summary}` : e.summary,
                tasks: tn(
                  'admin.roadmap.tasks',
                  outcome.tasks.filter((task) => task.epic === (e.key ?? e.summary)).length,
                ),
              })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
