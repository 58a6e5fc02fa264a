import type { Translator } from '../../common';
import type { ReviewInputsView } from '../../../src/ui-contract/review-macro-view';
import { daysBetween } from '../../../src/domain/calendar';
import { roleName } from './review-words';

type Inputs = ReviewInputsView['d'];

/** The AI incidents of the review period in one sentence (A.8.4, 10.2). */
export function incidentsSentence({ t }: Translator, incidents: Inputs['incidents']): string {
  if (!incidents) return t('review.d.incidentsNone');
  return t('review.d.incidentsText', {
    reported: incidents.reported,
    breached: incidents.breached,
    open: incidents.open,
  });
}

/** Competence Records expired and expiring (7.2, A.4.6), in one sentence. */
export function competenceSentence({ t, date }: Translator, c: Inputs['competence']): string {
  if (!c) return t('review.d.competenceNone');
  return t('review.d.competenceText', {
    expired: c.expired,
    from: date(c.expiredFrom),
    date: date(c.reviewDate),
    expiring: c.expiring,
    until: date(c.expiringUntil),
    days: daysBetween(c.reviewDate, c.expiringUntil),
  });
}

/** The competence requirements of the AIMS roles and how many people lack them, one line each. */
export function competenceGapLines({ t }: Translator, competence: Inputs['competence']): string[] {
  const gaps = competence?.gaps;
  if (gaps === undefined) return [];
  if (gaps.length === 0) return [t('review.d.gapsNone')];
  return gaps.map(({ role, requirement, missing, of }) => {
    const values = { requirement, role: roleName(t, role) };
    if (missing === null || of === null) return t('review.d.gapHidden', values);
    if (missing === 0) return t('review.d.gapMet', { ...values, of });
    return t('review.d.gapMissing', { ...values, missing, of });
  });
}

type PolicyPage = NonNullable<Inputs['policyAwareness']>['policies'][number]['page'];

/**
 * One line of the awareness: the policy page it is about, if any (named: a link; null: a page not
 * named, as in an export), and its text, which follows the page.
 */
export interface AwarenessLine {
  about?: PolicyPage;
  text: string;
}

/**
 * Awareness of the AI policy (7.3), one line per registered policy page the viewer may view,
 * named by its title: counts only. Pages the viewer cannot view are only counted.
 */
export function awarenessLines(
  { t, tn, percent }: Translator,
  awareness: Inputs['policyAwareness'],
): AwarenessLine[] {
  const line = (text: string): AwarenessLine => ({ text });
  if (!awareness) return [line(t('review.d.awarenessNone'))];
  const { memberGroup: group, groupSize, policies, unreadablePages, unviewablePages } = awareness;
  if (policies.length === 0 && unreadablePages === 0 && unviewablePages === 0)
    return [line(t('review.d.awarenessNoPolicy'))];
  return [
    ...policies.map(({ page, version, acknowledged: count, percent: share }) => {
      if (version === null) return { about: page, text: t('review.d.policyNotInForce') };
      const values = { version, count, group };
      const text =
        groupSize === null
          ? t('review.d.policyShareUnknown', values)
          : t('review.d.policyShare', { ...values, size: groupSize, percent: percent(share ?? 0) });
      return { about: page, text };
    }),
    ...(unviewablePages > 0 ? [line(tn('review.d.awarenessUnviewable', unviewablePages))] : []),
    ...(unreadablePages > 0 ? [line(tn('review.d.awarenessUnreadable', unreadablePages))] : []),
  ];
}

/**
 * What the held record's counts are for this viewer: as recorded, and how many counted issues
 * they cannot see (null: not known).
 */
export function heldCountsSentence(
  { t, tn, day }: Translator,
  heldBy: string,
  heldAt: string,
  countedUnseen: number | null,
): string {
  const values = { name: heldBy || t('review.banner.someone'), date: day(heldAt) };
  if (countedUnseen === null) return t('review.banner.countsUnknown', values);
  if (countedUnseen === 0) return t('review.banner.counts', values);
  return tn('review.banner.countsUnseen', countedUnseen, values);
}
