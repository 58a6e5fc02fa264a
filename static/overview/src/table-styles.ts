import type { CSSProperties } from 'react';
import { token } from '@atlaskit/tokens';

/** Header and body cells of the overview's tables. */
export const headCell: CSSProperties = {
  textAlign: 'left',
  verticalAlign: 'bottom',
  padding: `${token('space.050')} ${token('space.100')}`,
  borderBottom: `2px solid ${token('color.border')}`,
  font: token('font.body.small'),
  color: token('color.text.subtle'),
};
export const bodyCell: CSSProperties = {
  verticalAlign: 'top',
  padding: `${token('space.050')} ${token('space.100')}`,
  borderBottom: `1px solid ${token('color.border')}`,
};
