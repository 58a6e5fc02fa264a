/**
 * Where Jira lists the issues of a JQL query: its issue search (`/issues/?jql=…` on the site, as
 * in Jira Cloud). Views hand over the JQL; the Custom UI opens this path through the host
 * (router), an export writes the full address.
 */
export const issueSearchPath = (jql: string): string => `/issues/?jql=${encodeURIComponent(jql)}`;

/** The full address of Jira's issue search for `jql` on the site `siteUrl`. */
export const issueSearchUrl = (siteUrl: string, jql: string): string =>
  `${siteUrl.replace(/\/+$/, '')}${issueSearchPath(jql)}`;

/** "first N of M", in the words every list that is cut uses. */
export const firstOfTotal = (shown: number, total: number, what: string): string =>
  `The first ${shown} of ${total} ${what}`;
