/** What a scheduled trigger function answers (Forge docs: function-reference/scheduled-trigger). */
export interface ScheduledTriggerResponse {
  statusCode: number;
  statusText: string;
  body: string;
}

/**
 * The response object Forge expects from a scheduled trigger: without one the platform records
 * `424 Failed dependency` for the run. The run's summary goes in the body (JSON), for the logs.
 */
export function scheduledTriggerResponse(summary: unknown): ScheduledTriggerResponse {
  return { statusCode: 200, statusText: 'OK', body: JSON.stringify(summary) };
}
