import path from 'node:path';

/** The two Atlassian REST specs the emulator and the app are checked against. */
export type SpecProduct = 'jira' | 'confluence';

export interface SpecSource {
  /** File name inside AIMS_OPENAPI_DIR. */
  file: string;
  /** Atlassian's public URL of the published spec. */
  url: string;
}

export const SPEC_SOURCES: Record<SpecProduct, SpecSource> = {
  jira: {
    file: 'jira-platform-rest-v3.openapi.json',
    url: 'https://developer.atlassian.com/cloud/jira/platform/swagger-v3.v3.json',
  },
  confluence: {
    file: 'confluence-rest-v2.openapi.json',
    url: 'https://dac-static.atlassian.com/cloud/confluence/openapi-v2.v3.json',
  },
};

export const REPO_ROOT = path.resolve(__dirname, '..');

/** `AIMS_OPENAPI_DIR` (relative paths from the repository root), default `../shared/specs`. */
export function specsDir(): string {
  const configured = process.env.AIMS_OPENAPI_DIR;
  return path.resolve(REPO_ROOT, configured || path.join('..', 'shared', 'specs'));
}

export const specFile = (product: SpecProduct): string =>
  path.join(specsDir(), SPEC_SOURCES[product].file);
