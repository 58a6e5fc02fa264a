/**
 * The select options of the AI Risk's scale fields (likelihood and consequence, inherent and
 * residual), read from the field's context as Jira holds them: what a matrix change is measured
 * against (risk-matrix-impact.ts) and what the option sync brings in line (risk-option-sync.ts).
 */
import { route } from '@forge/api';
import { z } from 'zod';
import type { ProvisioningState } from '../storage/provisioning-state';
import { fieldIdOf } from './aims-issue';
import type { ProductClient } from './product-client';

/** The fields each axis of the matrix rates (the inherent and the residual rating). */
export const RISK_SCALE_FIELDS = {
  likelihood: ['likelihood', 'residualLikelihood'],
  consequence: ['consequence', 'residualConsequence'],
} as const;

/** The fields that hold a band of the matrix (the "risk level" selects). */
export const RISK_LEVEL_FIELDS = ['inherentLevel', 'residualLevel'] as const;

const optionSchema = z.object({
  id: z.string(),
  value: z.string(),
  disabled: z.boolean().optional(),
});
export type FieldOption = z.infer<typeof optionSchema>;
const paged = <T extends z.ZodType>(item: T) =>
  z.object({ values: z.array(item), isLast: z.boolean().optional() });

export interface FieldOptions {
  fieldId: string;
  contextId: string;
  options: FieldOption[];
}

/** A select field's options in its (first) context; undefined when it has no context yet. */
export async function readFieldOptions(
  client: ProductClient,
  state: ProvisioningState,
  fieldKey: string,
): Promise<FieldOptions | undefined> {
  const fieldId = fieldIdOf(state, fieldKey);
  const contexts = await client.get(
    route`/rest/api/3/field/${fieldId}/context`,
    paged(z.object({ id: z.string() }).loose()),
  );
  const contextId = contexts.values[0]?.id;
  if (!contextId) return undefined;
  const options = await client.get(
    route`/rest/api/3/field/${fieldId}/context/${contextId}/option?maxResults=1000`,
    paged(optionSchema),
  );
  return { fieldId, contextId, options: options.values };
}
