import type { RunningSite } from '../../../emulator/core/site';
import type { ForgeHost } from '../../../emulator/forge-host';

/** A running site with its Forge host; closing it stops the host, then the site. */
export interface HostedSite {
  site: RunningSite;
  host: ForgeHost;
  close(): Promise<void>;
}

export function hostedSite(site: RunningSite, host: ForgeHost): HostedSite {
  return {
    site,
    host,
    async close() {
      host.close();
      await site.close();
    },
  };
}
