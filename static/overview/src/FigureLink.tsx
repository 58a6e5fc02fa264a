import type { CSSProperties, ReactNode } from 'react';
import { router } from '@forge/bridge';
import { token } from '@atlaskit/tokens';
import type { FigureView } from '../../../src/ui-contract/overview-view';
import { issueSearchPath } from '../../../src/ui-contract/issue-search-link';
import { useI18n } from '../../common';

const figureLink: CSSProperties = { color: 'inherit', textDecoration: 'underline' };

/** A link that opens Jira's issue search with `jql` (inside Jira, through the Forge router). */
export function JqlLink({
  jql,
  label,
  style,
  children,
  data,
}: {
  jql: string;
  label: string;
  style?: CSSProperties;
  children: ReactNode;
  data?: Record<`data-${string}`, string | number>;
}) {
  const path = issueSearchPath(jql);
  return (
    <a
      href={path}
      style={{ ...figureLink, ...style }}
      aria-label={label}
      {...data}
      onClick={(e) => {
        e.preventDefault();
        void router.open(path);
      }}
    >
      {children}
    </a>
  );
}

/**
 * A count that opens Jira's issue search with the JQL that gives it (so a person can check every
 * figure and see the issues behind it). Its accessible name says what it counts.
 */
export function FigureLink({ figure, style }: { figure: FigureView; style?: CSSProperties }) {
  const { t, number } = useI18n();
  return (
    <JqlLink
      jql={figure.jql}
      style={style}
      label={t('overview.figureLabel', { count: figure.count, label: figure.label })}
      data={{ 'data-testid': 'figure', 'data-jql': figure.jql, 'data-count': figure.count }}
    >
      {number(figure.count)}
    </JqlLink>
  );
}

const tile: CSSProperties = {
  display: 'flex',
  flexDirection: 'column',
  minWidth: '9rem',
  padding: `${token('space.075')} ${token('space.150')}`,
  borderRadius: token('radius.medium'),
  backgroundColor: token('color.background.neutral'),
};

/** A figure as a tile: the number, large, over what it counts (and an optional note). */
export function FigureTile({ figure, note }: { figure: FigureView; note?: string }) {
  return (
    <div style={tile}>
      <span style={{ font: token('font.heading.medium') }}>
        <FigureLink figure={figure} />
      </span>
      <span style={{ color: token('color.text.subtle') }}>{figure.label}</span>
      {note && <span style={{ color: token('color.text.subtlest') }}>{note}</span>}
    </div>
  );
}

export const tiles: CSSProperties = { display: 'flex', flexWrap: 'wrap', gap: token('space.150') };
