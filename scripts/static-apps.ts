/**
 * The Custom UI apps a Forge manifest ships, and the page each one is served in. Every app is a
 * folder with `src/main.tsx`; its page is static/common/index.html with the app's title.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

const ROOT = path.resolve(__dirname, '..');
export const APP_MANIFEST = path.join(ROOT, 'manifest.yml');
const PAGE_TEMPLATE = path.join(ROOT, 'static', 'common', 'index.html');

const manifestSchema = z.object({
  modules: z.record(
    z.string(),
    z.array(z.looseObject({ resource: z.unknown().optional(), title: z.unknown().optional() })),
  ),
  resources: z.array(z.object({ key: z.string(), path: z.string() })).default([]),
});

export interface StaticApp {
  /** The resource key in the manifest. */
  key: string;
  /** The folder holding `src/main.tsx`; Vite builds it into `<dir>/build`. */
  dir: string;
  /** The page title: the title of the first module that shows the resource. */
  title: string;
}

/** The Custom UI apps a manifest ships: its resources whose path is `<app>/build`. */
export function findApps(manifestPath = APP_MANIFEST): StaticApp[] {
  const manifest = manifestSchema.parse(parse(fs.readFileSync(manifestPath, 'utf8')));
  const modules = Object.values(manifest.modules).flat();
  return manifest.resources
    .filter((r) => path.basename(r.path) === 'build')
    .map((r) => {
      const title = modules.find((m) => m.resource === r.key && typeof m.title === 'string')?.title;
      return {
        key: r.key,
        dir: path.resolve(path.dirname(manifestPath), path.dirname(r.path)),
        title: typeof title === 'string' ? title : r.key,
      };
    })
    .filter((app) => fs.existsSync(path.join(app.dir, 'src', 'main.tsx')));
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The app's page: the shared template with the app's title. */
export function appPage(app: StaticApp): string {
  return fs.readFileSync(PAGE_TEMPLATE, 'utf8').replace('{{title}}', escapeHtml(app.title));
}
