import { z } from 'zod';
import type { ForgeFetchMeta, Invocation } from '../invocation-context';
import type { AsyncEventQueue } from './async-event-queue';

/**
 * The platform side of @forge/events: `Queue.push()`, `JobProgress.getStats()` and `cancel()` send
 * `POST /webhook/queue/{publish|stats|cancel}/{contextAri}/{environmentId}/{appId}/{appVersion}`
 * through `__forge_fetch__` as the app (`{type: 'fpp', provider: 'app', remote: 'stargate'}`);
 * the proxy fills in the placeholders. Answers as the client expects: 201 for a push, 200 with
 * `{success, inProgress, failed}` for stats, 204 for a cancel, 404 for an unknown job, 413 for
 * a push over 200 KB, 400 for anything else that is wrong.
 */
const PATH = /^\/webhook\/queue\/(publish|stats|cancel)\/[^/]+\/[^/]+\/[^/]+\/[^/]+$/;

export const isQueuePath = (path: string): boolean => path.startsWith('/webhook/queue/');

const queueName = z.string().regex(/^[a-zA-Z0-9_-]+$/);
const pushEvent = z.strictObject({
  body: z.record(z.string(), z.unknown()),
  delayInSeconds: z.number().min(0).max(900).optional(),
  concurrency: z
    .strictObject({ key: z.string().min(1), limit: z.number().int().min(1) })
    .optional(),
});
const publishBody = z.looseObject({
  queueName,
  jobId: z.string().min(1),
  type: z.literal('avi:forge:app:event'),
  schema: z.string(),
  payload: z.array(pushEvent).min(1).max(50),
  time: z.string(),
});
const jobBody = z.looseObject({ queueName, jobId: z.string().min(1), time: z.string() });

const MAX_PUSH_BYTES = 200 * 1024;

const json = (status: number, body: unknown): Response =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });

export async function handleQueueRequest(
  queue: AsyncEventQueue | undefined,
  invocation: Invocation,
  meta: ForgeFetchMeta,
  path: string,
  init: RequestInit | undefined,
): Promise<Response> {
  const match = PATH.exec(path);
  if (!match || (init?.method ?? 'GET').toUpperCase() !== 'POST') {
    return json(404, { message: `No async events endpoint ${path}` });
  }
  if (meta.provider !== 'app') {
    return json(400, { message: 'Async events are called as the app' });
  }
  if (!queue) return json(500, { message: 'The async events queue is not running' });
  let raw: unknown;
  try {
    raw = JSON.parse(typeof init?.body === 'string' ? init.body : '');
  } catch {
    return json(400, { message: 'The request body is not JSON' });
  }
  const action = match[1];
  if (action === 'publish') {
    const parsed = publishBody.safeParse(raw);
    if (!parsed.success) return json(400, { message: z.prettifyError(parsed.error) });
    const { payload, jobId } = parsed.data;
    if (Buffer.byteLength(JSON.stringify(payload)) > MAX_PUSH_BYTES) {
      return json(413, { errorMessage: 'The maximum payload size is 200KB.' });
    }
    if (!queue.consumerOf(parsed.data.queueName)) {
      return json(400, {
        message: `No consumer module listens to queue '${parsed.data.queueName}' (manifest.yml modules.consumer)`,
      });
    }
    queue.push(
      parsed.data.queueName,
      jobId,
      payload,
      invocation.faultGeneration,
      invocation.installation,
    );
    return json(201, {});
  }
  const parsed = jobBody.safeParse(raw);
  if (!parsed.success) return json(400, { message: z.prettifyError(parsed.error) });
  if (action === 'stats') {
    const stats = queue.stats(parsed.data.queueName, parsed.data.jobId);
    return stats ? json(200, stats) : json(404, { message: 'Job not found' });
  }
  return queue.cancel(parsed.data.queueName, parsed.data.jobId)
    ? new Response(null, { status: 204 })
    : json(404, { message: 'Job not found' });
}
