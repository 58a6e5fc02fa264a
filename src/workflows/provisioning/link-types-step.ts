import { route } from '@forge/api';
import { AIMS_LINK_TYPES } from '../../jira/aims-schema';
import type { ProvisioningStep } from './provisioning-context';
import { linkTypeListSchema, linkTypeSchema } from './jira-config-schemas';

/** Creates (or adopts, by name) the AIMS issue link types. */
export const linkTypesStep: ProvisioningStep = {
  name: 'link-types',
  title: 'Issue link types',
  async run(ctx) {
    const { issueLinkTypes } = await ctx.jira.get(
      route`/rest/api/3/issueLinkType`,
      linkTypeListSchema,
    );
    for (const def of AIMS_LINK_TYPES) {
      const found = issueLinkTypes.find((l) => l.name === def.name);
      if (found) {
        if (ctx.state.linkTypes[def.key]?.id !== found.id) {
          ctx.record({ step: this.name, action: 'adopt', target: `Link type '${def.name}'` });
        }
        ctx.state.linkTypes[def.key] = { id: found.id, name: found.name };
        continue;
      }
      ctx.record({
        step: this.name,
        action: 'create',
        target: `Link type '${def.name}'`,
        detail: `${def.outward} / ${def.inward}`,
      });
      if (ctx.dryRun) continue;
      const created = await ctx.jira.post(
        route`/rest/api/3/issueLinkType`,
        { name: def.name, inward: def.inward, outward: def.outward },
        linkTypeSchema,
      );
      ctx.state.linkTypes[def.key] = { id: created.id, name: created.name };
      await ctx.checkpoint();
    }
  },
};
