import type { CSSProperties, ReactNode } from 'react';
import Heading from '@atlaskit/heading';
import { token } from '@atlaskit/tokens';
import { card, note, stack } from '../../common/styles';

const section: CSSProperties = {
  ...card,
  ...stack,
  padding: token('space.200'),
  boxShadow: token('elevation.shadow.raised'),
};

/** One titled part of the admin page (a landmark named by its heading). */
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
      <Heading size="medium" as="h2" id={`${id}-heading`}>
        {title}
      </Heading>
      {intro && <p style={note}>{intro}</p>}
      {children}
    </section>
  );
}
