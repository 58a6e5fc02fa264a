import { confluenceConflict } from '../../core/errors';

/**
 * Confluence's optimistic locking of pages and content properties: an update names the version it
 * creates, which must be the current one + 1; anything else is 409 and changes nothing.
 */
export function requireNextVersion(current: number, given: number): number {
  if (given !== current + 1) {
    throw confluenceConflict(
      `Version must be incremented on update. Current version is: ${current}`,
    );
  }
  return given;
}
