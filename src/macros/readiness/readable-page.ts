/** A page read as the viewer: its content, or that they cannot read it (403 / 404). */
import { ProductApiError } from '../../jira/product-client';

export async function readIfReadable<T>(read: () => Promise<T>): Promise<T | 'unreadable'> {
  try {
    return await read();
  } catch (err) {
    if (err instanceof ProductApiError && (err.status === 403 || err.status === 404))
      return 'unreadable';
    throw err;
  }
}
