import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { AIMS_PAGE_TEMPLATES } from '../../../../src/domain/onboarding/aims-page-templates';
import type { AimsPageKind } from '../../../../src/domain/onboarding/aims-page-templates';
import { policyMacroConfigSchema } from '../../../../src/macros/policy/policy-macro-config';
import { reviewMacroConfigSchema } from '../../../../src/macros/review/review-macro-config';
import { scopeMacroConfigSchema } from '../../../../src/macros/scope/scope-macro-config';
import { soaMacroConfigSchema } from '../../../../src/macros/soa/soa-macro-config';
import { ONBOARDING_PAGE_KINDS } from '../../../../src/ui-contract/onboarding-view';

const manifest = parse(
  fs.readFileSync(path.resolve(__dirname, '../../../../manifest.yml'), 'utf8'),
) as { modules: { macro: { key: string; title: string }[] } };

const CONFIG_SCHEMAS: Record<AimsPageKind, { safeParse: (v: unknown) => { success: boolean } }> = {
  scope: scopeMacroConfigSchema,
  policy: policyMacroConfigSchema,
  soa: soaMacroConfigSchema,
  review: reviewMacroConfigSchema,
};

describe('the AIMS page templates of the onboarding', () => {
  it('are the four pages the admin page lists, in its order', () => {
    expect(AIMS_PAGE_TEMPLATES.map((t) => t.kind)).toEqual([...ONBOARDING_PAGE_KINDS]);
  });

  it.each(AIMS_PAGE_TEMPLATES.map((t) => [t.kind, t] as const))(
    '%s: holds a macro of the manifest, under its title',
    (_kind, template) => {
      const macro = manifest.modules.macro.find((m) => m.key === template.moduleKey);
      expect(macro?.title).toBe(template.macroTitle);
    },
  );

  it.each(AIMS_PAGE_TEMPLATES.map((t) => [t.kind, t] as const))(
    '%s: its first configuration is one the macro accepts, for the project',
    (kind, template) => {
      const config = template.config('ONB', 2026);
      expect(CONFIG_SCHEMAS[kind].safeParse(config).success).toBe(true);
      expect(Object.values(config)).toContain('ONB');
      expect(template.title('ONB', 2026)).toContain('(ONB)');
    },
  );
});
