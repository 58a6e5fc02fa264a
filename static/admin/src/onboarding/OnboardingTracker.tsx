import { ProgressTracker } from '@atlaskit/progress-tracker';
import type { Stages } from '@atlaskit/progress-tracker';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { row } from '../../../common/styles';
import { Section } from '../Section';
import type { OnboardingStep } from './onboarding-steps';
import { nextStep } from './onboarding-steps';

/** Moves the reader to a step's section (scrolled into view, its heading focused). */
export function goToSection(sectionId: string): void {
  const target = document.getElementById(`${sectionId}-target`);
  target?.scrollIntoView({ block: 'start' });
  target?.focus();
}

/**
 * The guided onboarding at the top of the admin page: its steps as a progress tracker (done ones
 * link to their section), how many are done, and a button to the next one.
 */
export function OnboardingTracker({ steps }: { steps: readonly OnboardingStep[] }) {
  const next = nextStep(steps);
  const done = steps.filter((s) => s.done).length;
  const stages: Stages = steps.map((s) => ({
    id: s.sectionId,
    label: s.label,
    percentageComplete: s.done ? 100 : 0,
    status: s.done ? 'visited' : s === next ? 'current' : 'unvisited',
    href: `#${s.sectionId}-target`,
    onClick: () => goToSection(s.sectionId),
  }));
  return (
    <Section
      id="onboarding"
      title="Getting started"
      intro="Set up the AIMS step by step. Each step shows what is done, read back from Jira, Confluence and the app's storage, and every step can be run again safely."
    >
      <ProgressTracker items={stages} label="AIMS onboarding steps" spacing="compact" />
      <div role="status" data-testid="onboarding-summary">
        <SectionMessage appearance={next ? 'information' : 'success'}>
          <p>
            {next
              ? `${done} of ${steps.length} steps done. Next: ${next.label}${next.detail ? `: ${next.detail}` : ''}.`
              : `The AIMS is set up: every required step is done${steps.some((s) => s.optional && !s.done) ? ' (the optional roadmap is still to do)' : ''}.`}
          </p>
        </SectionMessage>
      </div>
      {next && (
        <div style={row}>
          <Button appearance="primary" onClick={() => goToSection(next.sectionId)}>
            {`Go to the next step: ${next.label}`}
          </Button>
        </div>
      )}
    </Section>
  );
}
