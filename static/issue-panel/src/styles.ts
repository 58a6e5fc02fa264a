import type { CSSProperties } from 'react';
import { token } from '@atlaskit/tokens';

/** Shared inline styles: design tokens only, so light and dark themes both work. */
export const frame: CSSProperties = {
  padding: token('space.100'),
  color: token('color.text'),
  backgroundColor: token('elevation.surface'),
  font: token('font.body'),
};
export const stack: CSSProperties = {
  display: 'flex',
  flexDirection: 'column',
  gap: token('space.200'),
};
export const tightStack: CSSProperties = {
  display: 'flex',
  flexDirection: 'column',
  gap: token('space.075'),
};
export const row: CSSProperties = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: token('space.100'),
  alignItems: 'center',
};
export const sectionTitle: CSSProperties = {
  font: token('font.heading.xsmall'),
  color: token('color.text'),
  margin: 0,
};
export const muted: CSSProperties = {
  color: token('color.text.subtle'),
  font: token('font.body.small'),
};
export const keyValueTable: CSSProperties = { borderCollapse: 'collapse', width: '100%' };
export const keyCell: CSSProperties = {
  textAlign: 'left',
  verticalAlign: 'top',
  padding: `${token('space.050')} ${token('space.100')} ${token('space.050')} 0`,
  color: token('color.text.subtle'),
  fontWeight: token('font.weight.semibold'),
  width: '35%',
};
export const valueCell: CSSProperties = {
  padding: `${token('space.050')} 0`,
  whiteSpace: 'pre-wrap',
  overflowWrap: 'anywhere',
};
export const fieldLabel: CSSProperties = {
  display: 'block',
  font: token('font.body.small'),
  fontWeight: token('font.weight.semibold'),
  color: token('color.text.subtle'),
  marginBottom: token('space.050'),
};
export const nativeSelect: CSSProperties = {
  font: token('font.body'),
  color: token('color.text'),
  backgroundColor: token('color.background.input'),
  border: `${token('border.width')} solid ${token('color.border.input')}`,
  borderRadius: token('radius.small'),
  padding: `${token('space.050')} ${token('space.100')}`,
  minHeight: '2.25rem',
  width: '100%',
};
export const issueLink: CSSProperties = {
  color: token('color.link'),
  fontWeight: token('font.weight.medium'),
  textDecoration: 'none',
};
export const card: CSSProperties = {
  border: `${token('border.width')} solid ${token('color.border')}`,
  borderRadius: token('radius.medium'),
  padding: token('space.150'),
  backgroundColor: token('elevation.surface.raised'),
};
