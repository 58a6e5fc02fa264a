import type { SeededLogin } from '../../support/test-site';
import type { ContractFixtures } from './contract-fixtures';

/** One request that exercises a route, and the status the emulator should answer with. */
export interface ContractRequest {
  /** URL path as served (`/rest/api/3/...`, `/wiki/api/v2/...`), with its query string. */
  path: string;
  body?: unknown;
  /** Who sends it; admin@example.com unless said otherwise. */
  as?: SeededLogin;
  expectStatus: number;
}

/** Builds the request for a route, creating (through the emulator's REST) whatever it needs. */
export type ContractCase = (fx: ContractFixtures) => Promise<ContractRequest>;

/** Contract cases keyed by `<method> <spec path template>`, e.g. `get /rest/api/3/myself`. */
export type ContractCaseTable = Record<string, ContractCase>;
