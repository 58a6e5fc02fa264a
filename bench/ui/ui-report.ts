/** The Custom UI figures as Markdown tables. */
import { INITIAL_JS_BUDGET_BYTES } from '../../scripts/bundle-sizes';
import type { UiRun } from './ui.bench';

const kb = (bytes: number): string => (bytes / 1000).toFixed(1);
const ms = (n: number): string => Math.round(n).toLocaleString('en-US');

export function uiMarkdown(run: UiRun): string {
  const bundles = run.bundles.map(
    (b) =>
      `| ${b.app} | ${kb(b.initialJs.gzipBytes)} | ${b.initialJs.gzipBytes <= INITIAL_JS_BUDGET_BYTES ? 'within' : '**over**'} | ${kb(b.css.gzipBytes)} | ${b.lazyJs.files} | ${kb(b.lazyJs.gzipBytes)} |`,
  );
  const entries = run.entries.map(
    (e) =>
      `| ${e.entry} | ${e.app} | ${ms(e.firstRenderMs)} | ${ms(e.readyMs)} | ${kb(e.loadedJsBytes)} | ${e.loadedJsFiles} |`,
  );
  return [
    '#### Build (gzipped, level 9; 1 KB = 1000 bytes)',
    '',
    `| app | initial JS KB | budget ${kb(INITIAL_JS_BUDGET_BYTES)} KB | CSS KB | lazy chunks | lazy JS KB |`,
    '| --- | ---: | --- | ---: | ---: | ---: |',
    ...bundles,
    '',
    '#### In headless Chromium (site of 1 000 AIMS issues; median of 3 cold loads)',
    '',
    '| entry | app | first render ms | ready ms | JS loaded KB | JS files |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...entries,
  ].join('\n');
}
