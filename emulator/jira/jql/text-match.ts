/**
 * JQL's `~` (CONTAINS) for text fields, simplified from Jira's Lucene search:
 * - case-insensitive, on words (letters and digits; everything else separates words);
 * - every word of the query must occur (Jira Cloud's default AND), in any order;
 * - a part in double quotes inside the value (`summary ~ "\"exact phrase\""`) must occur as
 *   consecutive words;
 * - `*` matches any run of characters and `?` one character inside a word (`risk*`);
 * - a light plural stemming: `risk` finds "risks" and `risks` finds "risk";
 * - Lucene's English stop words (the, a, of, …) in the query are ignored.
 * Not emulated: fuzzy (`~0.8`), proximity, boosts, boolean operators inside the value.
 */

const STOP_WORDS = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(
    ' ',
  ),
);

const tokenize = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}*?]+/u)
    .filter(Boolean);

const stem = (word: string): string =>
  word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;

type WordTest = (token: string) => boolean;

function wordTest(word: string): WordTest {
  if (/[*?]/.test(word)) {
    const source = word
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.');
    const re = new RegExp(`^${source}$`, 'u');
    return (token) => re.test(token);
  }
  const stemmed = stem(word);
  return (token) => token === word || stem(token) === stemmed;
}

export interface TextQuery {
  /** Every group must match: a group of one word, or a phrase of consecutive words. */
  groups: WordTest[][];
}

/** Compiles the value of `~`; returns undefined when it holds no searchable word at all. */
export function compileTextQuery(value: string): TextQuery | undefined {
  const groups: WordTest[][] = [];
  const phrase = /"([^"]*)"/g;
  for (const match of value.matchAll(phrase)) {
    const words = tokenize(match[1] ?? '').map((w) => w.replace(/[*?]/g, ''));
    if (words.length > 0) groups.push(words.map(wordTest));
  }
  for (const word of tokenize(value.replace(phrase, ' '))) {
    if (word.replace(/[*?]/g, '') === '') continue;
    if (STOP_WORDS.has(word)) continue;
    groups.push([wordTest(word)]);
  }
  return groups.length > 0 || value.trim() !== '' ? { groups } : undefined;
}

/** Whether `text` contains every word / phrase of the query. A query of only stop words matches nothing. */
export function textContains(text: string, query: TextQuery): boolean {
  if (query.groups.length === 0) return false;
  const tokens = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return query.groups.every((group) =>
    tokens.some((_t, start) =>
      group.every((test, offset) => {
        const token = tokens[start + offset];
        return token !== undefined && test(token);
      }),
    ),
  );
}
