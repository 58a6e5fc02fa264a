import type { CSSProperties } from 'react';
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import { useI18n } from '../../common';
import { link, muted } from '../../common/styles';
import type { SoaRow } from '../../../src/domain/soa/soa-row';
import { evidenceCurrency } from '../../../src/domain/evidence/evidence-currency';

const cellList: CSSProperties = { margin: 0, paddingLeft: token('space.200') };

type Item = SoaRow['evidence'][number];

/** The dates of an item and, when it is not current, a lozenge saying so (7.5). */
function Currency({ item, today }: { item: Item; today: string }) {
  const { t, date } = useI18n();
  const currency = evidenceCurrency(
    { effectiveDate: item.date ?? null, reviewDate: item.reviewDate ?? null },
    today,
  );
  const dates = item.date
    ? `${date(item.date)}${item.reviewDate ? ` → ${date(item.reviewDate)}` : ''} `
    : '';
  const reviewDate = item.reviewDate ? date(item.reviewDate) : '';
  return (
    <>
      {dates}
      {currency === 'stale' && (
        <span data-testid="soa-evidence-stale">
          <Lozenge appearance="removed">
            {t('soa.evidence.stale', { date: reviewDate })}
          </Lozenge>{' '}
        </span>
      )}
      {currency === 'review-soon' && (
        <span data-testid="soa-evidence-review-soon">
          <Lozenge appearance="moved">
            {t('soa.evidence.reviewBy', { date: reviewDate })}
          </Lozenge>{' '}
        </span>
      )}
    </>
  );
}

/** A row's evidence: each item with its effective and review dates, stale ones flagged. */
export function EvidenceList({ row, today }: { row: SoaRow; today: string }) {
  if (row.evidence.length === 0) return <span style={muted}>—</span>;
  return (
    <ul style={cellList}>
      {row.evidence.map((e, i) => (
        <li key={`${e.url}-${i}`}>
          <Currency item={e} today={today} />
          <a href={e.url} target="_blank" rel="noreferrer" style={link}>
            {e.label ?? e.url}
          </a>
        </li>
      ))}
    </ul>
  );
}
