import type { CSSProperties, ReactNode } from 'react';
import { ruledSection, subheading } from './styles';

/** A part of a page named by its heading (a landmark screen readers list by that name). */
export function TitledSection({
  titleId,
  title,
  level = 'h3',
  style = ruledSection,
  testId,
  children,
}: {
  /** The heading's id (the section is labelled by it). */
  titleId: string;
  title: ReactNode;
  level?: 'h2' | 'h3';
  style?: CSSProperties;
  testId?: string;
  children: ReactNode;
}) {
  const Heading = level;
  return (
    <section style={style} aria-labelledby={titleId} data-testid={testId}>
      <Heading id={titleId} style={subheading}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
