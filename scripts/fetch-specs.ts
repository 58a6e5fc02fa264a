/**
 * `npm run specs:fetch`: downloads Atlassian's published Jira REST v3 and Confluence REST v2
 * OpenAPI specs into AIMS_OPENAPI_DIR (default ../shared/specs), for people outside the shared
 * setup. Each download has a timeout, so an offline machine gets a clear message, not a hang.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SpecProduct } from './spec-locations';
import { SPEC_SOURCES, specsDir } from './spec-locations';

const TIMEOUT_MS = Number(process.env.AIMS_SPECS_FETCH_TIMEOUT_MS ?? 30_000);

async function download(product: SpecProduct, dir: string): Promise<string> {
  const { url, file } = SPEC_SOURCES[product];
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (err) {
    const reason =
      err instanceof Error && err.name === 'TimeoutError'
        ? `no answer within ${TIMEOUT_MS / 1000} s`
        : describeNetworkError(err);
    throw new Error(`Could not download the ${product} spec from ${url}: ${reason}.`);
  }
  if (!res.ok)
    throw new Error(`Could not download the ${product} spec from ${url}: HTTP ${res.status}.`);
  const text = await res.text();
  const parsed: unknown = JSON.parse(text);
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    !('openapi' in parsed) ||
    !('paths' in parsed)
  ) {
    throw new Error(`${url} did not return an OpenAPI document.`);
  }
  const target = path.join(dir, file);
  const temp = `${target}.download`;
  fs.writeFileSync(temp, text);
  fs.renameSync(temp, target);
  return target;
}

function describeNetworkError(err: unknown): string {
  const cause =
    err instanceof Error
      ? (err.cause as { code?: string; message?: string } | undefined)
      : undefined;
  if (cause?.code)
    return `network error ${cause.code}${cause.message ? ` (${cause.message})` : ''}`;
  return err instanceof Error ? err.message : String(err);
}

async function main(): Promise<void> {
  const dir = specsDir();
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.accessSync(dir, fs.constants.W_OK);
  } catch {
    throw new Error(`Cannot write to ${dir}; set AIMS_OPENAPI_DIR to a writable folder.`);
  }
  const products = Object.keys(SPEC_SOURCES) as SpecProduct[];
  const results = await Promise.allSettled(products.map((product) => download(product, dir)));
  let failed = false;
  for (const result of results) {
    if (result.status === 'fulfilled') console.log(`saved ${result.value}`);
    else {
      failed = true;
      console.error(result.reason instanceof Error ? result.reason.message : String(result.reason));
    }
  }
  if (failed) {
    console.error(
      'specs:fetch needs internet access to developer.atlassian.com and dac-static.atlassian.com. ' +
        `Alternatively copy the two files into ${dir} by hand.`,
    );
    process.exitCode = 1;
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
});
