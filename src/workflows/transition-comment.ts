import { adfText } from '../jira/aims-issue';

/**
 * Text of the comment added on a transition, from a validator's `modifiedFields.comment`
 * (GET-issue shape `{comments:[{body}]}`, a list of comments, or an edit operation `{add:{body}}`).
 */
export function transitionCommentText(modifiedFields: Record<string, unknown>): string | null {
  const raw = modifiedFields.comment;
  const bodies: unknown[] = [];
  const collect = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if ('comments' in o) collect(o.comments);
      else if ('add' in o) collect(o.add);
      else if ('body' in o) bodies.push(o.body);
    }
  };
  collect(raw);
  const text = bodies
    .map((b) => (typeof b === 'string' ? b : adfText(b)))
    .filter((t) => t.trim().length > 0)
    .join('\n');
  return text || null;
}
