/**
 * The inline styles every Custom UI app shares: Atlaskit design tokens only, so the light and dark
 * themes both work. A style one component alone needs stays beside that component.
 */
import type { CSSProperties } from 'react';
import { token } from '@atlaskit/tokens';

const rule = `${token('border.width')} solid ${token('color.border')}`;

/** The frame of an app: the surface, the text colour and the body font. */
export const frame: CSSProperties = {
  padding: token('space.100'),
  color: token('color.text'),
  backgroundColor: token('elevation.surface'),
  font: token('font.body'),
};

/** A frame with more room around wide content (the SoA's tables, the admin page). */
export const roomyFrame: CSSProperties = { ...frame, padding: token('space.200') };

/** Blocks one under the other. */
export const stack: CSSProperties = {
  display: 'flex',
  flexDirection: 'column',
  gap: token('space.150'),
};
export const looseStack: CSSProperties = { ...stack, gap: token('space.200') };
export const tightStack: CSSProperties = { ...stack, gap: token('space.075') };

/** Inline things side by side (buttons, lozenges), wrapping when narrow. */
export const row: CSSProperties = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: token('space.100'),
  alignItems: 'center',
};

/** Labelled controls side by side, aligned on their bottom edge (a filter bar). */
export const toolbar: CSSProperties = {
  ...row,
  gap: token('space.150'),
  alignItems: 'flex-end',
};

/** Secondary text: hints, counts, empty states. */
export const muted: CSSProperties = {
  color: token('color.text.subtle'),
  font: token('font.body.small'),
};

/** A paragraph of secondary text spaced by its stack's gap alone. */
export const note: CSSProperties = { ...muted, margin: 0 };

export const heading: CSSProperties = { font: token('font.heading.small'), margin: 0 };
export const subheading: CSSProperties = {
  font: token('font.heading.xsmall'),
  color: token('color.text'),
  margin: 0,
};

/** A heading inside a titled section. */
export const minorHeading: CSSProperties = {
  font: token('font.heading.xxsmall'),
  color: token('color.text'),
  margin: 0,
};

/** A part of a page under a thin rule. */
export const ruledSection: CSSProperties = {
  ...stack,
  gap: token('space.100'),
  paddingTop: token('space.100'),
  borderTop: rule,
};

/** A raised box around related content. */
export const card: CSSProperties = {
  border: rule,
  borderRadius: token('radius.medium'),
  padding: token('space.150'),
  backgroundColor: token('elevation.surface.raised'),
};

/** The label above a form field. */
export const label: CSSProperties = {
  display: 'block',
  font: token('font.body.small'),
  fontWeight: token('font.weight.semibold'),
  color: token('color.text.subtle'),
  marginBottom: token('space.050'),
};

/** What is wrong with a field, under it. */
export const fieldError: CSSProperties = {
  color: token('color.text.danger'),
  font: token('font.body.small'),
  margin: `${token('space.050')} 0 0`,
};

export const fieldset: CSSProperties = {
  border: rule,
  borderRadius: token('radius.small'),
  padding: token('space.150'),
  margin: 0,
};

export const legend: CSSProperties = {
  font: token('font.heading.xsmall'),
  color: token('color.text'),
  padding: `0 ${token('space.050')}`,
};

/** A table of labelled values (or a plain table) with a rule under each row. */
export const keyValueTable: CSSProperties = { borderCollapse: 'collapse', width: '100%' };
const keyText: CSSProperties = {
  textAlign: 'left',
  verticalAlign: 'top',
  color: token('color.text.subtle'),
  fontWeight: token('font.weight.semibold'),
  width: '35%',
};
export const keyCell: CSSProperties = {
  ...keyText,
  padding: `${token('space.050')} ${token('space.100')}`,
  borderBottom: rule,
};
export const valueCell: CSSProperties = {
  padding: `${token('space.050')} ${token('space.100')}`,
  borderBottom: rule,
};

/** The same without rules, for a narrow panel. */
export const plainKeyCell: CSSProperties = {
  ...keyText,
  padding: `${token('space.050')} ${token('space.100')} ${token('space.050')} 0`,
};
export const plainValueCell: CSSProperties = {
  padding: `${token('space.050')} 0`,
  whiteSpace: 'pre-wrap',
  overflowWrap: 'anywhere',
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

/** A hash or an id, in the code font, breaking anywhere. */
export const mono: CSSProperties = { font: token('font.code'), wordBreak: 'break-all' };

/** Text as typed: its line breaks kept. */
export const preWrap: CSSProperties = { whiteSpace: 'pre-wrap', margin: 0 };

export const link: CSSProperties = { color: token('color.link') };
