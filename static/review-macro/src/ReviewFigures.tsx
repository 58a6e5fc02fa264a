import type { CSSProperties } from 'react';
import { token } from '@atlaskit/tokens';
import { muted } from '../../common/styles';

/** Key figures side by side. */
export const figures: CSSProperties = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: token('space.200'),
};
const figure: CSSProperties = {
  display: 'flex',
  flexDirection: 'column',
  padding: `${token('space.075')} ${token('space.150')}`,
  borderRadius: token('radius.medium'),
  backgroundColor: token('color.background.neutral'),
};
const figureValue: CSSProperties = { font: token('font.heading.medium') };

/** One key figure: the number, large, over what it counts. */
export function Figure({ label, value }: { label: string; value: string | number }) {
  return (
    <div style={figure}>
      <span style={figureValue}>{value}</span>
      <span style={muted}>{label}</span>
    </div>
  );
}
