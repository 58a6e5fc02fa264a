import { useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import type { RoadmapOutcome } from '../../../src/ui-contract/roadmap-view';
import { roadmapOutcomeSchema } from '../../../src/ui-contract/roadmap-view';
import { callResolver, Loading, Problem } from '../../common';
import { row } from '../../common/styles';
import { useOnboarding } from './onboarding/onboarding-context';
import { Section } from './Section';

/**
 * The optional implementation roadmap: the ten programme steps as epics with starter tasks, each
 * labelled with the clauses it satisfies. Preview lists what would be created; creating it again
 * adds only what is missing.
 */
export function RoadmapSection({ projectKey }: { projectKey: string }) {
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
      title="Implementation roadmap (optional)"
      intro={`Creates in project ${projectKey}, as you, the ten steps to ISO/IEC 42001 certification as epics, each with starter tasks labelled with the clauses and controls they satisfy. The AIMS overview shows each step's progress. Running it again creates only what is missing.`}
    >
      <div style={row}>
        <Button onClick={() => void apply(true)} isDisabled={busy}>
          Preview the roadmap (dry run)
        </Button>
        <Button appearance="primary" onClick={() => void apply(false)} isDisabled={busy}>
          Create the roadmap
        </Button>
      </div>
      {busy && <Loading label="Working on the roadmap" />}
      {failure !== undefined && (
        <Problem error={failure} title="The roadmap was not created" testId="roadmap-problem" />
      )}
      {outcome && <RoadmapOutcomeView outcome={outcome} />}
    </Section>
  );
}

function RoadmapOutcomeView({ outcome }: { outcome: RoadmapOutcome }) {
  const made = outcome.epics.length + outcome.tasks.length;
  const text =
    made === 0
      ? `The roadmap is complete: its ${outcome.existing} epics and tasks are all there. Nothing was created.`
      : outcome.dryRun
        ? `Dry run: ${outcome.epics.length} epics and ${outcome.tasks.length} starter tasks would be created (${outcome.existing} already there). Nothing has been changed yet.`
        : `Created ${outcome.epics.length} epics and ${outcome.tasks.length} starter tasks (${outcome.existing} were already there).`;
  return (
    <div data-testid="roadmap-outcome" style={{ display: 'contents' }}>
      <div role="status">
        <SectionMessage appearance={made === 0 || !outcome.dryRun ? 'success' : 'information'}>
          <p>{text}</p>
        </SectionMessage>
      </div>
      {outcome.epics.length > 0 && (
        <ul aria-label="Epics">
          {outcome.epics.map((e) => (
            <li key={e.summary}>
              {e.key ? `${e.key} ` : ''}
              {e.summary} ({outcome.tasks.filter((t) => t.epic === (e.key ?? e.summary)).length}{' '}
              starter tasks)
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
