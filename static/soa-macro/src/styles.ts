import type { CSSProperties } from 'react';
import { token } from '@atlaskit/tokens';

/** Shared inline styles, design tokens only. */
export const frame: CSSProperties = {
  padding: token('space.200'),
  color: token('color.text'),
  background: token('elevation.surface'),
  font: token('font.body'),
};
export const stack: CSSProperties = {
  display: 'flex',
  flexDirection: 'column',
  gap: token('space.200'),
};
export const row: CSSProperties = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: token('space.150'),
  alignItems: 'flex-end',
};
export const muted: CSSProperties = {
  color: token('color.text.subtlest'),
  font: token('font.body.small'),
};
export const label: CSSProperties = {
  display: 'block',
  font: token('font.body.small'),
  fontWeight: token('font.weight.semibold'),
  color: token('color.text.subtle'),
  marginBottom: token('space.050'),
};
export const filterBox: CSSProperties = { minWidth: 240 };
export const totalsList: CSSProperties = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: token('space.200'),
  margin: 0,
  padding: 0,
  listStyle: 'none',
};
export const totalItem: CSSProperties = {
  padding: `${token('space.100')} ${token('space.150')}`,
  borderRadius: token('radius.small'),
  background: token('color.background.neutral'),
  color: token('color.text'),
};
export const totalValue: CSSProperties = { display: 'block', font: token('font.heading.medium') };
export const groupHeading: CSSProperties = {
  margin: `${token('space.200')} 0 ${token('space.050')}`,
};
export const cellList: CSSProperties = { margin: 0, paddingLeft: token('space.200') };
export const link: CSSProperties = { color: token('color.link') };
