/**
 * The whole site's fault mode (`AIMS_SITE_FAULTS`): rates read from one line of text, chances
 * drawn from a seeded generator so a run under faults can be repeated exactly.
 */
import { FaultState } from '../../../../emulator/forge-host/faults';
import { parseSiteFaults } from '../../../../emulator/forge-host/site-faults';

describe('AIMS_SITE_FAULTS', () => {
  it('reads statuses, duplicated events and the seed', () => {
    expect(parseSiteFaults('429:0.1, 503:0.05,dup-events:0.2,seed:7')).toEqual({
      statuses: [
        { status: 429, rate: 0.1 },
        { status: 503, rate: 0.05 },
      ],
      duplicateEvents: 0.2,
      seed: 7,
    });
  });

  it.each(['404:0.1', '429:2', '500', 'slow:0.1', '429:-1'])('refuses %s', (text) => {
    expect(() => parseSiteFaults(text)).toThrow(/AIMS_SITE_FAULTS/);
  });
});

function failures(faults: FaultState, calls: number): (number | undefined)[] {
  return Array.from({ length: calls }, () => faults.nextRestFailure('jira', 0)?.status);
}

describe('the fault mode', () => {
  it('fails calls at about the chosen rate, with Retry-After on a 429', () => {
    const faults = new FaultState({ rates: parseSiteFaults('429:0.1,500:0.05') });
    const drawn = failures(faults, 4000);
    const share = (status: number) => drawn.filter((s) => s === status).length / drawn.length;
    expect(share(429)).toBeGreaterThan(0.08);
    expect(share(429)).toBeLessThan(0.12);
    expect(share(500)).toBeGreaterThan(0.03);
    expect(share(500)).toBeLessThan(0.07);
    const again = new FaultState({ rates: parseSiteFaults('429:1') });
    expect(again.nextRestFailure('jira', 0)?.headers.get('retry-after')).toBe('0');
  });

  it('repeats the same run for the same seed, another for another seed', () => {
    const run = (seed: number) =>
      failures(new FaultState({ rates: parseSiteFaults(`429:0.2,seed:${seed}`) }), 200);
    expect(run(3)).toEqual(run(3));
    expect(run(3)).not.toEqual(run(4));
  });

  it('delivers events twice at the chosen rate, never without one', () => {
    const twice = new FaultState({ rates: parseSiteFaults('dup-events:0.5') });
    const copies = Array.from({ length: 1000 }, () => twice.deliverTwice()).filter(Boolean);
    expect(copies.length).toBeGreaterThan(400);
    expect(copies.length).toBeLessThan(600);
    const none = new FaultState({});
    expect(Array.from({ length: 100 }, () => none.deliverTwice()).some(Boolean)).toBe(false);
  });
});
