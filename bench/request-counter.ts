import type { SiteExtension } from '../emulator/core/site';

/** Counts the product REST requests a site answers (Jira and Confluence), via a public hook. */
export interface RequestCounter extends SiteExtension {
  readonly count: number;
  reset(): void;
}

export function createRequestCounter(): RequestCounter {
  let count = 0;
  return {
    get count() {
      return count;
    },
    reset() {
      count = 0;
    },
    public(app) {
      app.use((req, _res, next) => {
        if (req.path.startsWith('/rest/api/3/') || req.path.startsWith('/wiki/api/v2/')) count++;
        next();
      });
    },
  };
}
