import { parseChangeReference } from '../../../../src/domain/records/change-reference';
import { checkFieldUpdate } from '../../../../src/issue-panels/panel-field-update';
import { Refusal } from '../../../../src/domain/refusal';

const SITE = 'https://example.atlassian.net';

describe('the AIMS change reference takes an issue key or a page link, as its hint says', () => {
  it('records an issue key as the link to the issue on the site', () => {
    expect(parseChangeReference('AIMS-12', SITE)).toEqual({
      ok: true,
      url: 'https://example.atlassian.net/browse/AIMS-12',
    });
    expect(parseChangeReference('  aims-7 ', `${SITE}/`)).toEqual({
      ok: true,
      url: 'https://example.atlassian.net/browse/AIMS-7',
    });
  });

  it('keeps a web link to a page as it is', () => {
    const page = `${SITE}/wiki/spaces/AIMS/pages/65601/AI+policy`;
    expect(parseChangeReference(page, SITE)).toEqual({ ok: true, url: page });
  });

  it('refuses anything else with a message saying what to give', () => {
    for (const bad of ['the new policy', 'AIMS-0', 'ftp://files/change', 'javascript:alert(1)']) {
      const outcome = parseChangeReference(bad, SITE);
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.message).toMatch(/issue .*key|link/);
    }
    expect(parseChangeReference('', SITE)).toEqual({
      ok: false,
      message: expect.stringContaining('e.g. AIMS-12') as unknown as string,
    });
  });

  it('asks for a link when the site’s address is not known', () => {
    expect(parseChangeReference('AIMS-12', undefined)).toEqual({
      ok: false,
      message: "AIMS-12: the site's address is not known; give a link (https://…).",
    });
  });

  it('is how the panel records the field, and a wrong value records nothing', () => {
    expect(checkFieldUpdate('nonconformity', { aimsChangeLink: 'AIMS-3' }, 'me', SITE)).toEqual({
      aimsChangeLink: `${SITE}/browse/AIMS-3`,
    });
    expect(() =>
      checkFieldUpdate('nonconformity', { aimsChangeLink: 'see the policy' }, 'me', SITE),
    ).toThrow(Refusal);
  });
});
