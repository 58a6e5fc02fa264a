import type { PageVersionInfo } from '../models/page-types';

/** Version, as the spec's `Version` schema. */
export function versionJson(v: PageVersionInfo): Record<string, unknown> {
  return {
    createdAt: v.createdAt,
    message: v.message,
    number: v.number,
    minorEdit: v.minorEdit,
    authorId: v.authorId,
  };
}

/** One version of a page, as the spec's `DetailedVersion`, with its neighbours in `numbers`. */
export function detailedVersionJson(
  version: PageVersionInfo,
  numbers: number[],
): Record<string, unknown> {
  const json: Record<string, unknown> = {
    number: version.number,
    authorId: version.authorId,
    message: version.message,
    createdAt: version.createdAt,
    minorEdit: version.minorEdit,
    contentTypeModified: false,
    collaborators: [version.authorId],
  };
  const previous = numbers.filter((n) => n < version.number).pop();
  const next = numbers.find((n) => n > version.number);
  if (previous !== undefined) json.prevVersion = previous;
  if (next !== undefined) json.nextVersion = next;
  return json;
}
