import { competenceRecordStanding } from '../../../../src/domain/competence';

const requirements = [
  { id: 'ai-risk-basics', role: 'manager' as const, title: 'AI risk basics' },
  { id: 'ai-risk-basics', role: 'member' as const, title: 'AI risk basics' },
  { id: 'auditing', role: 'auditor' as const, title: 'Auditing' },
];

describe('what a Competence Record stands for', () => {
  it('meets each kept requirement it names, once per role needing it', () => {
    const s = competenceRecordStanding(
      ['ai-risk-basics', 'retired'],
      requirements,
      null,
      '2026-12-07',
    );
    expect(s.meets.map((r) => `${r.role}:${r.id}`)).toEqual([
      'manager:ai-risk-basics',
      'member:ai-risk-basics',
    ]);
    expect(s.noLongerSet).toEqual(['retired']);
    expect(s.currency).toBe('noExpiry');
  });

  it('is expired on its expiry date, expiring within 30 days, current after', () => {
    const on = (expires: string) =>
      competenceRecordStanding([], requirements, expires, '2026-12-07').currency;
    expect(on('2026-12-07')).toBe('expired');
    expect(on('2026-12-08')).toBe('expiring');
    expect(on('2027-01-06')).toBe('expiring');
    expect(on('2027-01-07')).toBe('current');
  });
});
