import { z } from 'zod';
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { FrameContext } from '../../common';
import { ErrorMessage, Loading, invokeChecked, useAsync } from '../../common';

const greetingSchema = z.object({ text: z.string() });

const extensionSchema = z.object({
  issue: z.object({ key: z.string() }).optional(),
  config: z.object({ greeting: z.string().optional() }).nullish(),
});

/**
 * Minimal Custom UI panel used to exercise the shell and the Forge bridge: it shows the issue
 * key from the Forge context and the answer of the `getText` resolver function.
 */
export function HelloPanel({ context }: { context: FrameContext }) {
  const extension = extensionSchema.safeParse(context.extension);
  const issueKey = extension.success ? extension.data.issue?.key : undefined;
  const greeting = extension.success ? extension.data.config?.greeting : undefined;
  const { state } = useAsync(
    () => invokeChecked('getText', greetingSchema, { issueKey }),
    [issueKey],
  );
  return (
    <section
      aria-label="Hello panel"
      style={{ padding: token('space.100'), color: token('color.text') }}
      data-testid="hello-panel"
    >
      {issueKey && (
        <p>
          Issue <Lozenge appearance="inprogress">{issueKey}</Lozenge>
        </p>
      )}
      {greeting && <p data-testid="hello-greeting">Greeting: {greeting}</p>}
      {state.status === 'loading' && <Loading label="Asking the app" />}
      {state.status === 'error' && <ErrorMessage error={state.error} />}
      {state.status === 'ready' && <p data-testid="hello-text">{state.data.text}</p>}
    </section>
  );
}
