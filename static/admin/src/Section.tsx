import type { ReactNode } from 'react';
import Heading from '@atlaskit/heading';
import { muted, section } from './styles';

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
      {intro && <p style={muted}>{intro}</p>}
      {children}
    </section>
  );
}
