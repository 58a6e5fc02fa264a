import { escapeHtml } from '../../core/escape-html';
import type { Space } from '../models/space-model';

/** A space as the spec's SpaceBulk / SpaceSingle. */
export function spaceJson(
  space: Space,
  descriptionFormat: 'plain' | 'view' | undefined,
  includeIcon: boolean,
): Record<string, unknown> {
  const json: Record<string, unknown> = {
    id: space.id,
    key: space.key,
    name: space.name,
    type: space.type,
    status: space.status,
    authorId: space.authorId,
    createdAt: space.createdAt,
  };
  if (space.homepageId !== null) json.homepageId = space.homepageId;
  if (descriptionFormat) {
    const value =
      descriptionFormat === 'view' ? `<p>${escapeHtml(space.description)}</p>` : space.description;
    json.description = { [descriptionFormat]: { representation: descriptionFormat, value } };
  }
  if (includeIcon)
    json.icon = {
      path: '/images/logo/default-space-logo-256.png',
      apiDownloadLink: `/wiki/api/v2/spaces/${space.id}`,
    };
  json._links = { webui: `/spaces/${space.key}` };
  return json;
}
