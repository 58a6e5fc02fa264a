import { z } from 'zod';
import { JiraError } from '../../core/errors';
import type { CommentDoc } from './comments';
import type { AdfDoc } from '../../adf/adf-node';
import { adfDocSchema } from '../../adf/adf-node';
const commentSchema = z
  .object({
    body: z.unknown(),
    visibility: z
      .object({
        type: z.enum(['group', 'role']),
        value: z.string().optional(),
        identifier: z.string().optional(),
      })
      .loose()
      .optional(),
  })
  .loose();

/** Validates a comment body (ADF) and visibility as Jira does; 400 `errors.comment` otherwise. */
export type ParsedComment = { body: AdfDoc; visibility: CommentDoc['visibility'] };

export function parseComment(body: unknown): ParsedComment {
  const parsed = commentSchema.safeParse(body ?? {});
  if (!parsed.success || parsed.data.body === undefined || parsed.data.body === null) {
    throw new JiraError(400, [], { comment: 'Comment body can not be empty!' });
  }
  const doc = adfDocSchema.safeParse(parsed.data.body);
  if (!doc.success) {
    throw new JiraError(400, [], {
      comment: 'Comment body must be an Atlassian Document (see the Atlassian Document Format).',
    });
  }
  if (doc.data.content.length === 0)
    throw new JiraError(400, [], { comment: 'Comment body can not be empty!' });
  const v = parsed.data.visibility;
  const value = v?.value ?? v?.identifier;
  return {
    body: doc.data as unknown as AdfDoc,
    visibility: v && value ? { type: v.type, value } : null,
  };
}
