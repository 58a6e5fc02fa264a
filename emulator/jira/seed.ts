import type { SiteContext } from '../core/context';

/** Seeds projects DEMO and AIMS with their standard issue types. */
export function seedJira(_ctx: SiteContext): void {}
