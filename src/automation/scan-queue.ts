import { Queue } from '@forge/events';
import type { ScanEvent, ScanQueue } from './resumable-scan';

/** The queue manifest.yml's `aims-scan-consumer` listens to. */
export const SCAN_QUEUE_KEY = 'aims-scans';

const queue = new Queue<ScanEvent>({ key: SCAN_QUEUE_KEY });

/**
 * Continuations of the scheduled scans on Forge's async events queue, one at a time per scan (a
 * concurrency key), so a duplicate delivery never runs beside the part it repeats.
 */
export const forgeScanQueue: ScanQueue = {
  async push(event) {
    await queue.push({
      body: event,
      concurrency: { key: `${SCAN_QUEUE_KEY}-${event.scan}`, limit: 1 },
    });
  },
};
