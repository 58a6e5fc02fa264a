import type { FaultOptions } from './faults';

/**
 * `AIMS_SITE_FAULTS`, the whole site's fault mode: comma-separated `what:rate` pairs, rates in
 * [0, 1] — `429:0.1` (rate limited, Retry-After 0), `500:0.05` (any 5xx), `dup-events:0.2`
 * (an event delivered twice), `seed:7` (the run's chances; default 1). Example:
 * `AIMS_SITE_FAULTS=429:0.1,500:0.05,dup-events:0.2`. Throws on anything else.
 */
export function parseSiteFaults(text: string): NonNullable<FaultOptions['rates']> {
  const rates: NonNullable<FaultOptions['rates']> = { statuses: [], duplicateEvents: 0, seed: 1 };
  for (const part of text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const match = /^([a-z0-9-]+):([0-9.]+)$/.exec(part);
    const value = match ? Number(match[2]) : NaN;
    const what = match?.[1] ?? '';
    if (what === 'seed' && Number.isInteger(value)) {
      rates.seed = value;
      continue;
    }
    if (!match || Number.isNaN(value) || value < 0 || value > 1)
      throw new Error(`AIMS_SITE_FAULTS: '${part}' is not what:rate with a rate from 0 to 1`);
    if (what === 'dup-events') rates.duplicateEvents = value;
    else if (/^(429|5\d\d)$/.test(what)) rates.statuses.push({ status: Number(what), rate: value });
    else throw new Error(`AIMS_SITE_FAULTS: unknown fault '${what}' (429, 5xx, dup-events, seed)`);
  }
  return rates;
}
