import type { RunningSite } from '../../../emulator/core/site';
import type { SeededLogin } from '../../support/test-site';
import { callAs } from '../../support/test-site';

export type Call = (
  login: SeededLogin,
  method: string,
  path: string,
  body?: unknown,
) => Promise<{ status: number; body: unknown; headers: Headers }>;

/** callAs bound to a site, with /rest/api/3 prefixed. */
export function jiraCaller(site: RunningSite): Call {
  return (login, method, path, body) => callAs(site, login, method, `/rest/api/3${path}`, body);
}

export function adf(text: string): Record<string, unknown> {
  return {
    type: 'doc',
    version: 1,
    content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are read as loose JSON in assertions
type LooseJson = any;

/** Response body as a loose record (tests assert on shapes). */
export function obj(body: unknown): Record<string, LooseJson> {
  return body as Record<string, LooseJson>;
}

export async function createIssue(
  call: Call,
  login: SeededLogin,
  fields: Record<string, unknown>,
): Promise<{ id: string; key: string }> {
  const res = await call(login, 'POST', '/issue', { fields });
  if (res.status !== 201)
    throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; key: string };
}
