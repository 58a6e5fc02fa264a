import { token } from '@atlaskit/tokens';

/** Heat-map fills from the least to the most severe band (design tokens: they follow light/dark). */
const FILLS = [
  token('color.background.accent.green.subtler'),
  token('color.background.accent.yellow.subtler'),
  token('color.background.accent.orange.subtler'),
  token('color.background.accent.red.subtler'),
];

const LOZENGES = ['success', 'moved', 'removed', 'removed'] as const;

const indexOf = (rank: number, bandCount: number): number =>
  bandCount <= 1 ? 0 : Math.round((rank * (FILLS.length - 1)) / (bandCount - 1));

export function bandFill(rank: number, bandCount: number): string {
  return FILLS[indexOf(rank, bandCount)] ?? FILLS[0] ?? '';
}

export function bandLozenge(rank: number, bandCount: number): (typeof LOZENGES)[number] {
  return LOZENGES[indexOf(rank, bandCount)] ?? 'success';
}

/** Lozenge appearance for a risk level label (Low, Medium, High, Critical). */
export function levelLozenge(level: string | null): 'success' | 'moved' | 'removed' | 'default' {
  switch (level) {
    case 'Low':
      return 'success';
    case 'Medium':
      return 'moved';
    case 'High':
    case 'Critical':
      return 'removed';
    default:
      return 'default';
  }
}
