/** A sealed record's check as every macro shows it (src/domain/integrity/seal-wording.ts). */
import { z } from 'zod';

export const sealStatusSchema = z.object({
  state: z.enum(['verified', 'changed', 'tampered', 'missing']),
  label: z.string(),
  explanation: z.string(),
});
export type SealStatusView = z.infer<typeof sealStatusSchema>;
