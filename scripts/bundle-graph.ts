/** The chunk graph a Custom UI build writes next to its assets (scripts/build-static.ts). */

/** Its file name in `static/<app>/build/`. */
export const BUNDLE_GRAPH = 'bundle-graph.json';

/** One chunk of a build: its file, the chunks it imports statically and lazily, its CSS. */
export interface BundleChunk {
  file: string;
  isEntry: boolean;
  imports: string[];
  dynamicImports: string[];
  css: string[];
}
