import { RESERVED_WORDS } from '@atlaskit/jql-ast/reserved-words';

/**
 * Whether people must quote this name in JQL because it is one of JQL's reserved words (Jira's
 * list, as Atlassian's JQL library has it): `issuetype = Audit` is an error, `issuetype = "Audit"`
 * works. (Names with spaces need quotes anyway, and the app always quotes the names it writes.)
 */
export const isReservedJqlWord = (name: string): boolean =>
  RESERVED_WORDS.has(name.trim().toLowerCase());
