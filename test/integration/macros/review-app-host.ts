import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import type { ForgeHost } from '../../../emulator/forge-host';
import { createForgeHost } from '../../../emulator/forge-host';

export const APP_ROOT = path.resolve(__dirname, '../../..');

/**
 * The real app's manifest with each `index.<export>` handler pointed at the module src/index.ts
 * re-exports it from: same handlers and code, but these tests do not depend on every other module
 * of the barrel (written in parallel) loading. test/manifest checks the barrel itself.
 */
function directHandlerManifest(): string {
  const indexSource = fs.readFileSync(path.join(APP_ROOT, 'src/index.ts'), 'utf8');
  const moduleOf = new Map<string, string>();
  for (const m of indexSource.matchAll(/export \{ (\w+) \} from '\.\/([^']+)';/g)) {
    if (m[1] && m[2]) moduleOf.set(m[1], m[2]);
  }
  const manifest = parse(fs.readFileSync(path.join(APP_ROOT, 'manifest.yml'), 'utf8')) as {
    modules: { function: { key: string; handler: string }[] };
  };
  for (const fn of manifest.modules.function) {
    const mod = moduleOf.get(fn.handler.replace(/^index\./, ''));
    if (mod) fn.handler = `${mod}.${fn.handler.replace(/^index\./, '')}`;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aims-review-manifest-'));
  const file = path.join(dir, 'manifest.yml');
  fs.writeFileSync(file, stringify(manifest));
  return file;
}

/** A Forge host running the real AIMS app from the repository. */
export function createReviewAppHost(): ForgeHost {
  return createForgeHost({ appRoot: APP_ROOT, manifestPath: directHandlerManifest() });
}
