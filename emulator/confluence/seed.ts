import type { SiteContext } from '../core/context';

/** Seeds the Confluence space AIMS. */
export function seedConfluence(_ctx: SiteContext): void {}
