import type { AimsSite } from './aims-site';
import { startAimsSite } from './aims-site';

/**
 * Starts one AIMS site (startAimsSite) before the file's tests and closes it after them. The
 * answer reads through to the started site, so tests use it as they would the site itself.
 */
export function aimsSitePerFile(): AimsSite {
  let started: AimsSite | undefined;
  beforeAll(async () => {
    started = await startAimsSite();
  }, 60_000);
  afterAll(async () => started?.close());
  const need = (): AimsSite => {
    if (!started) throw new Error('The AIMS site has not started yet');
    return started;
  };
  return {
    get site() {
      return need().site;
    },
    get host() {
      return need().host;
    },
    get ids() {
      return need().ids;
    },
    close: () => need().close(),
  };
}
