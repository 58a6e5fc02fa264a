import type { ReactNode } from 'react';
import { TitledSection } from '../../common';
import { tightStack } from '../../common/styles';

/** One titled part of the issue panel (its heading names the landmark). */
export function PanelSection({
  titleId,
  title,
  children,
}: {
  titleId: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <TitledSection titleId={titleId} title={title} level="h2" style={tightStack}>
      {children}
    </TitledSection>
  );
}
