import type { CSSProperties } from 'react';
import { token } from '@atlaskit/tokens';

/** Shared inline styles of the admin page, design tokens only. */
export const page: CSSProperties = {
  padding: token('space.200'),
  color: token('color.text'),
  backgroundColor: token('elevation.surface'),
  font: token('font.body'),
  display: 'flex',
  flexDirection: 'column',
  gap: token('space.300'),
  maxWidth: 1100,
};

export const section: CSSProperties = {
  display: 'flex',
  flexDirection: 'column',
  gap: token('space.150'),
  padding: token('space.200'),
  border: `${token('border.width')} solid ${token('color.border')}`,
  borderRadius: token('radius.medium'),
  backgroundColor: token('elevation.surface.raised'),
  boxShadow: token('elevation.shadow.raised'),
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

export const grid: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))',
  gap: token('space.150'),
};

export const muted: CSSProperties = {
  color: token('color.text.subtle'),
  font: token('font.body.small'),
  margin: 0,
};

export const label: CSSProperties = {
  display: 'block',
  font: token('font.body.small'),
  fontWeight: token('font.weight.semibold'),
  color: token('color.text.subtle'),
  marginBottom: token('space.050'),
};

export const fieldError: CSSProperties = {
  color: token('color.text.danger'),
  font: token('font.body.small'),
  margin: `${token('space.050')} 0 0`,
};

export const fieldset: CSSProperties = {
  border: `${token('border.width')} solid ${token('color.border')}`,
  borderRadius: token('radius.small'),
  padding: token('space.150'),
  margin: 0,
};

export const legend: CSSProperties = {
  font: token('font.heading.xsmall'),
  color: token('color.text'),
  padding: `0 ${token('space.050')}`,
};

export const statTable: CSSProperties = { borderCollapse: 'collapse', width: '100%' };
export const statKey: CSSProperties = {
  textAlign: 'left',
  verticalAlign: 'top',
  padding: `${token('space.050')} ${token('space.100')}`,
  color: token('color.text.subtle'),
  fontWeight: token('font.weight.semibold'),
  borderBottom: `${token('border.width')} solid ${token('color.border')}`,
  width: '35%',
};
export const statValue: CSSProperties = {
  padding: `${token('space.050')} ${token('space.100')}`,
  borderBottom: `${token('border.width')} solid ${token('color.border')}`,
};

export const code: CSSProperties = {
  font: token('font.code'),
  backgroundColor: token('color.background.neutral'),
  color: token('color.text'),
  borderRadius: token('radius.small'),
  padding: `0 ${token('space.050')}`,
};

export const codeBlock: CSSProperties = {
  ...code,
  display: 'block',
  padding: token('space.100'),
  whiteSpace: 'pre-wrap',
  overflowWrap: 'anywhere',
  margin: 0,
};
