import fs from 'node:fs';
import { format, resolveConfig } from 'prettier';

/**
 * Replaces the generated part of a Markdown document: what lies between `<!-- bench:NAME -->` and
 * `<!-- /bench:NAME -->`. The rest (the hand-written explanations) is kept as it is.
 */
export async function writeDocSection(file: string, name: string, markdown: string): Promise<void> {
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const doc = fs.readFileSync(file, 'utf8');
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${file} has no ${start} … ${end} section`);
  const next = `${doc.slice(0, from + start.length)}\n\n${markdown.trim()}\n\n${doc.slice(to)}`;
  const style = (await resolveConfig(file)) ?? {};
  fs.writeFileSync(file, await format(next, { ...style, parser: 'markdown' }));
}
