import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import type { ForgeHost } from '../../../emulator/forge-host';
import { createForgeHost } from '../../../emulator/forge-host';

export const APP_ROOT = path.resolve(__dirname, '../../..');

/**
 * The real app's manifest with each `index.<export>` handler pointed at the module that
 * src/index.ts re-exports it from. Same handlers, same code; it only keeps these tests
 * independent of the barrel, whose other modules are written in parallel (test/manifest checks
 * the barrel against the manifest).
 */
export function directHandlerManifest(): string {
  const indexSource = fs.readFileSync(path.join(APP_ROOT, 'src/index.ts'), 'utf8');
  const moduleOf = new Map<string, string>();
  for (const m of indexSource.matchAll(/export \{ (\w+) \} from '\.\/([^']+)';/g)) {
    if (m[1] && m[2]) moduleOf.set(m[1], m[2]);
  }
  const manifest = parse(fs.readFileSync(path.join(APP_ROOT, 'manifest.yml'), 'utf8')) as {
    modules: { function: { key: string; handler: string }[] };
  };
  for (const fn of manifest.modules.function) {
    const exportName = fn.handler.replace(/^index\./, '');
    const mod = moduleOf.get(exportName);
    if (!mod) throw new Error(`src/index.ts does not re-export ${exportName}`);
    fn.handler = `${mod}.${exportName}`;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aims-policy-manifest-'));
  const file = path.join(dir, 'manifest.yml');
  fs.writeFileSync(file, stringify(manifest));
  return file;
}

/** A Forge host running the real AIMS app from the repository. */
export function createAimsHost(): ForgeHost {
  return createForgeHost({ appRoot: APP_ROOT, manifestPath: directHandlerManifest() });
}
