/**
 * The ADF building blocks the macros' exports share (tables, header cells, coloured notes),
 * on @atlaskit/adf-utils' builders.
 */
import {
  link,
  mention,
  p,
  panel,
  strong,
  table,
  tableCell,
  tableHeader,
  tableRow,
  text,
} from '@atlaskit/adf-utils/builders';

import { firstOfTotal, issueSearchUrl } from '../ui-contract/issue-search-link';

/** What a paragraph holds: text, marks, status lozenges, links. */
export type AdfInline = Parameters<typeof p>[number];
type AdfCell = ReturnType<ReturnType<typeof tableCell>>;

/** A table cell holding one paragraph. */
export const cell = (...content: AdfInline[]): AdfCell => tableCell({})(p(...content));

/** A table cell holding `value` as text (an empty paragraph when there is none). */
export const textCell = (value: string): AdfCell => cell(...(value ? [text(value)] : []));

export const headerCell = (label: string) => tableHeader({})(p(text(label)));

/** A table with one header row and the given rows of cells. */
export const tableOf = (headers: readonly string[], rows: readonly AdfCell[][]) =>
  table(tableRow(headers.map(headerCell)), ...rows.map((cells) => tableRow(cells)));

export type NoteKind = 'info' | 'warning' | 'error' | 'success';

/** A coloured note holding one paragraph (the enum of @atlaskit/adf-schema holds these strings). */
export const note = (kind: NoteKind, ...content: AdfInline[]) =>
  panel({ panelType: kind as Parameters<typeof panel>[0]['panelType'] })(p(...content));

/**
 * A person: their name when the reader's view knows it, else a mention, which Confluence renders
 * with the name each reader may see (exports have no reader to look names up for).
 */
export const personInline = (person: { accountId: string; displayName: string }): AdfInline =>
  person.displayName ? text(person.displayName) : mention({ id: person.accountId });

/**
 * Under a list that holds only the first of more items: "The first 100 of 312 AI objectives are
 * listed · All 312 in Jira" (a link to Jira's issue search when the JQL and the site are known).
 */
export function moreInJiraParagraph(
  shown: number,
  more: { total: number; jql: string | null },
  what: string,
  siteUrl: string,
) {
  const words = `${firstOfTotal(shown, more.total, what)} are listed`;
  return siteUrl && more.jql
    ? p(
        text(`${words} · `),
        link({ href: issueSearchUrl(siteUrl, more.jql) })(`All ${more.total} in Jira`),
      )
    : p(text(`${words}.`));
}

/** A sealed record's check in an export: "Seal: Verified — …" in a coloured note. */
export const sealNote = (seal: { state: string; label: string; explanation: string }) =>
  panel({
    panelType: (seal.state === 'verified'
      ? 'success'
      : seal.state === 'changed'
        ? 'warning'
        : 'error') as Parameters<typeof panel>[0]['panelType'],
  })(p(strong(`Seal: ${seal.label}. `), text(seal.explanation)));
