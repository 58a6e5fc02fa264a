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

/** Sends a request that must succeed (2xx) and returns its body. */
export async function ok(
  call: Call,
  method: string,
  path: string,
  body?: unknown,
): Promise<Record<string, LooseJson>> {
  const res = await call('admin', method, path, body);
  if (res.status < 200 || res.status > 299)
    throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return obj(res.body);
}

/** A new screen (as admin) holding `fieldIds` on its one tab; answers its id. */
export async function createScreen(call: Call, name: string, fieldIds: string[]): Promise<string> {
  const screen = await ok(call, 'POST', '/screens', { name });
  const tabs = (await call('admin', 'GET', `/screens/${screen.id}/tabs`)).body as { id: number }[];
  for (const fieldId of fieldIds)
    await ok(call, 'POST', `/screens/${screen.id}/tabs/${tabs[0]?.id}/fields`, { fieldId });
  return String(screen.id);
}

/**
 * Follows a task (GET /task/{taskId}) until it has finished; answers it. The emulator runs a task
 * right after the request that submitted it, so this takes a few turns of the event loop.
 */
export async function finishedTask(call: Call, taskId: string): Promise<Record<string, LooseJson>> {
  for (;;) {
    const task = await ok(call, 'GET', `/task/${taskId}`);
    if (task.status !== 'ENQUEUED' && task.status !== 'RUNNING') return task;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * Gives a project's issue types a copy of Jira's default workflow whose transitions (by id) have
 * the given screens, through a workflow scheme switched to (statuses stay the same: no mappings).
 */
export async function useScreenedDefaultWorkflow(
  call: Call,
  projectId: string,
  name: string,
  screens: Record<string, string>,
): Promise<void> {
  const ref = { todo: '10000', progress: '3', done: '10001' };
  const screen = (id: string) =>
    screens[id]
      ? {
          transitionScreen: {
            ruleKey: 'system:transition-screen',
            parameters: { screenId: screens[id] },
          },
        }
      : {};
  await ok(call, 'POST', '/workflows/create', {
    scope: { type: 'GLOBAL' },
    statuses: [],
    workflows: [
      {
        name,
        statuses: Object.values(ref).map((statusReference) => ({
          statusReference,
          properties: {},
        })),
        transitions: [
          { id: '1', name: 'Create', type: 'INITIAL', toStatusReference: ref.todo, links: [] },
          { id: '11', name: 'To Do', type: 'GLOBAL', toStatusReference: ref.todo, ...screen('11') },
          {
            id: '21',
            name: 'In Progress',
            type: 'GLOBAL',
            toStatusReference: ref.progress,
            ...screen('21'),
          },
          { id: '31', name: 'Done', type: 'GLOBAL', toStatusReference: ref.done, ...screen('31') },
        ],
      },
    ],
  });
  const scheme = await ok(call, 'POST', '/workflowscheme', {
    name: `${name} scheme`,
    defaultWorkflow: name,
  });
  const task = await ok(call, 'POST', '/workflowscheme/project/switch', {
    projectId,
    targetSchemeId: String(scheme.id),
  });
  const done = await finishedTask(call, String(task.id));
  if (done.status !== 'COMPLETE') throw new Error(`switch failed: ${JSON.stringify(done)}`);
}
