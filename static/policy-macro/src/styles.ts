import type { CSSProperties } from 'react';
import { token } from '@atlaskit/tokens';

/** Shared inline styles, design tokens only. */
export const frame: CSSProperties = {
  padding: token('space.100'),
  color: token('color.text'),
  backgroundColor: token('elevation.surface'),
  font: token('font.body'),
};

export const stack: CSSProperties = {
  display: 'flex',
  flexDirection: 'column',
  gap: token('space.150'),
};
export const row: CSSProperties = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: token('space.100'),
  alignItems: 'center',
};

export const keyValueTable: CSSProperties = { borderCollapse: 'collapse', width: '100%' };
export const keyCell: CSSProperties = {
  textAlign: 'left',
  verticalAlign: 'top',
  padding: `${token('space.050')} ${token('space.100')}`,
  color: token('color.text.subtle'),
  fontWeight: token('font.weight.semibold'),
  borderBottom: `${token('border.width')} solid ${token('color.border')}`,
  width: '30%',
};
export const valueCell: CSSProperties = {
  padding: `${token('space.050')} ${token('space.100')}`,
  borderBottom: `${token('border.width')} solid ${token('color.border')}`,
};
export const muted: CSSProperties = {
  color: token('color.text.subtle'),
  font: token('font.body.small'),
};
export const nativeSelect: CSSProperties = {
  font: token('font.body'),
  color: token('color.text'),
  backgroundColor: token('color.background.input'),
  border: `${token('border.width')} solid ${token('color.border.input')}`,
  borderRadius: token('radius.small'),
  padding: `${token('space.050')} ${token('space.100')}`,
};
export const label: CSSProperties = {
  display: 'block',
  font: token('font.body.small'),
  fontWeight: token('font.weight.semibold'),
  color: token('color.text.subtle'),
  marginBottom: token('space.050'),
};
