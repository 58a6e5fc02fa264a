/**
 * The manifest asks for exactly the scopes the app's calls need: every product call in src/
 * (found statically, so an untested code path cannot hide one) is mapped to its operation's
 * `x-atlassian-oauth2-scopes` in Atlassian's OpenAPI spec, with the platform's other needs
 * (storage, product events) from the Forge docs. A missing scope fails, and so does an unused one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { productCallsInSource } from './support/product-calls';
import type { PlatformNeed } from './support/scope-audit';
import { auditScopes, platformNeeds } from './support/scope-audit';

const ROOT = path.resolve(__dirname, '../..');

interface Manifest {
  modules: Record<string, { key: string; events?: string[] }[]>;
  permissions: { scopes: string[] };
}

const manifest = parse(fs.readFileSync(path.join(ROOT, 'manifest.yml'), 'utf8')) as Manifest;
const { calls, unreadable } = productCallsInSource();

const usesKvs = (dir: string): boolean =>
  fs.readdirSync(dir, { withFileTypes: true }).some((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return usesKvs(full);
    return /\.tsx?$/.test(entry.name) && /from '@forge\/kvs'/.test(fs.readFileSync(full, 'utf8'));
  });

const needs: PlatformNeed[] = platformNeeds({
  triggers: (manifest.modules.trigger ?? []).map((t) => ({ key: t.key, events: t.events ?? [] })),
  hasPostFunction: (manifest.modules['jira:workflowPostFunction'] ?? []).length > 0,
  usesKvs: usesKvs(path.join(ROOT, 'src')),
});

describe('the scopes the app asks for', () => {
  it('finds every product call in src/ and can read each one', () => {
    expect(unreadable).toEqual([]);
    expect(calls.length).toBeGreaterThan(40);
    expect(calls.some((c) => c.product === 'confluence')).toBe(true);
  });

  it('sends only operations the specs document', () => {
    const audit = auditScopes(calls, needs, manifest.permissions.scopes);
    expect(audit.calls.filter((c) => !c.documented).map((c) => c.call)).toEqual([]);
  });

  it('grants every scope a call needs, and no scope that nothing needs', () => {
    const audit = auditScopes(calls, needs, manifest.permissions.scopes);
    expect(audit.missing).toEqual([]);
    expect(audit.unused).toEqual([]);
  });

  it('refuses the scopes the app used to ask for that served no call', () => {
    // manage:jira-project served no call then; the screens provisioning makes need it now, as the
    // onboarding's choice of a Confluence space needs read:space:confluence.
    const before = [
      ...manifest.permissions.scopes,
      'read:confluence-props',
      'write:confluence-props',
      'read:confluence-content.all',
    ];
    expect(auditScopes(calls, needs, before).unused).toEqual([
      'read:confluence-props',
      'write:confluence-props',
      'read:confluence-content.all',
    ]);
  });

  it('needs manage:jira-project for the screens provisioning makes', () => {
    const without = manifest.permissions.scopes.filter((s) => s !== 'manage:jira-project');
    expect(auditScopes(calls, needs, without).missing).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^POST \/rest\/api\/3\/screens \(src\/.*\) needs one of manage:jira-project/,
        ),
      ]),
    );
  });

  it("needs read:space:confluence for the onboarding's choice of a space", () => {
    const without = manifest.permissions.scopes.filter((s) => s !== 'read:space:confluence');
    expect(auditScopes(calls, needs, without).missing).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^GET \/wiki\/api\/v2\/spaces \(src\/.*\) needs one of read:space:confluence/,
        ),
      ]),
    );
  });

  it('names the call whose scope is missing', () => {
    const withoutUsers = manifest.permissions.scopes.filter((s) => s !== 'read:jira-user');
    expect(auditScopes(calls, needs, withoutUsers).missing).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^GET \/rest\/api\/3\/myself \(src\/.*\) needs one of read:jira-user/,
        ),
      ]),
    );
  });
});
