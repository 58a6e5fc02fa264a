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
export const section: CSSProperties = {
  ...stack,
  gap: token('space.100'),
  paddingTop: token('space.100'),
  borderTop: `${token('border.width')} solid ${token('color.border')}`,
};
export const heading: CSSProperties = { font: token('font.heading.small'), margin: 0 };
export const subheading: CSSProperties = { font: token('font.heading.xsmall'), margin: 0 };
export const muted: CSSProperties = {
  color: token('color.text.subtle'),
  font: token('font.body.small'),
};
export const label: CSSProperties = {
  display: 'block',
  font: token('font.body.small'),
  fontWeight: token('font.weight.semibold'),
  color: token('color.text.subtle'),
  marginBottom: token('space.050'),
};
export const figures: CSSProperties = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: token('space.200'),
};
export const figure: CSSProperties = {
  display: 'flex',
  flexDirection: 'column',
  padding: `${token('space.075')} ${token('space.150')}`,
  borderRadius: token('radius.medium'),
  backgroundColor: token('color.background.neutral'),
};
export const figureValue: CSSProperties = { font: token('font.heading.medium') };
export const pre: CSSProperties = { whiteSpace: 'pre-wrap', margin: 0 };
export const mono: CSSProperties = { font: token('font.code'), wordBreak: 'break-all' };
