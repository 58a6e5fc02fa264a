import type { CSSProperties, ReactNode } from 'react';
import Heading from '@atlaskit/heading';
import { token } from '@atlaskit/tokens';
import { card, note, row, stack } from '../../common/styles';
import { StepBadge } from './onboarding/onboarding-context';

const section: CSSProperties = {
  ...card,
  ...stack,
  padding: token('space.200'),
  boxShadow: token('elevation.shadow.raised'),
};

/**
 * One titled part of the admin page (a landmark named by its heading). A section that is a step
 * of the onboarding shows which step and whether it is done next to its heading.
 */
export function Section({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} style={section} data-testid={`section-${id}`}>
      <div style={row}>
        <Heading size="medium" as="h2" id={`${id}-heading`}>
          <span tabIndex={-1} id={`${id}-target`}>
            {title}
          </span>
        </Heading>
        <StepBadge sectionId={id} />
      </div>
      {intro && <p style={note}>{intro}</p>}
      {children}
    </section>
  );
}
