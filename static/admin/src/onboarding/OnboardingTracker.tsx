import { ProgressTracker } from '@atlaskit/progress-tracker';
import type { Stages } from '@atlaskit/progress-tracker';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { useI18n } from '../../../common';
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
  const { t } = useI18n();
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
      title={t('admin.onboarding.title')}
      intro={t('admin.onboarding.intro')}
    >
      <ProgressTracker items={stages} label={t('admin.onboarding.steps')} spacing="compact" />
      <div role="status" data-testid="onboarding-summary">
        <SectionMessage appearance={next ? 'information' : 'success'}>
          <p>
            {next
              ? next.detail
                ? t('admin.onboarding.summaryDetail', {
                    done,
                    total: steps.length,
                    next: next.label,
                    detail: next.detail,
                  })
                : t('admin.onboarding.summary', { done, total: steps.length, next: next.label })
              : steps.some((s) => s.optional && !s.done)
                ? t('admin.onboarding.setUpButOptional')
                : t('admin.onboarding.setUp')}
          </p>
        </SectionMessage>
      </div>
      {next && (
        <div style={row}>
          <Button appearance="primary" onClick={() => goToSection(next.sectionId)}>
            {t('admin.onboarding.goToNext', { next: next.label })}
          </Button>
        </div>
      )}
    </Section>
  );
}
