import type { ContentProperty } from '../models/page-property-model';
import { versionJson } from './version-json';

/** A property as the spec's ContentProperty. */
export function propertyJson(p: ContentProperty): Record<string, unknown> {
  return { id: p.id, key: p.key, value: p.value, version: versionJson(p.version) };
}
