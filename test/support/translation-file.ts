import fs from 'node:fs';

interface Content {
  [key: string]: string | Content;
}

function flatten(content: Content, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(content)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

/** A translation file's words by dotted key (`panel.steps.name.a` → its text), as Forge reads nested keys. */
export function translationFileWords(file: string): Map<string, string> {
  return flatten(JSON.parse(fs.readFileSync(file, 'utf8')) as Content);
}
