import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import { z } from 'zod';
import { KeyValueTable, Loading, Problem, TextField, callResolver, useAsync } from '../../common';
import { webhookSecretSetSchema, webhookStatusSchema } from './admin-schemas';
import { when } from './format';
import { Section } from './Section';
import { code, codeBlock, note, row, stack } from '../../common/styles';

/** The same limits the server applies to a secret an admin chooses. */
const secretSchema = z
  .string()
  .trim()
  .min(32, 'A webhook secret must be at least 32 characters long')
  .max(256, 'A webhook secret must be at most 256 characters long');

const SIGNING_EXAMPLE = `TS=$(date +%s)
BODY='{"auditKey":"AIMS-12","findings":[{"summary":"No owner for model monitoring","grade":"Minor nonconformity","isoReference":"A.6.2.6"}]}'
SIG=$(printf '%s.%s' "$TS" "$BODY" | openssl dgst -sha256 -hmac "$SECRET" -hex | sed 's/^.* //')
curl -X POST "$URL" -H 'Content-Type: application/json' \\
  -H "x-aims-timestamp: $TS" -H "x-aims-signature: sha256=$SIG" --data "$BODY"`;

/**
 * The audit tool webhook: whether it has a shared secret, where to send findings, how to sign
 * them, and setting or rotating the secret. A secret the admin types is never shown again.
 */
export function WebhookSection() {
  const { state, reload } = useAsync(() => callResolver('webhookStatus', webhookStatusSchema), []);
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [saving, setSaving] = useState(false);
  const [done, setDone] = useState<{ generated?: string; rotatedAt: string } | undefined>();

  const store = async (chosen: string | undefined): Promise<void> => {
    setFailure(undefined);
    setDone(undefined);
    if (chosen !== undefined) {
      const checked = secretSchema.safeParse(chosen);
      if (!checked.success) {
        setError(checked.error.issues[0]?.message ?? 'This secret cannot be used');
        return;
      }
      chosen = checked.data;
    }
    setError(undefined);
    setSaving(true);
    try {
      const stored = await callResolver(
        'setWebhookSecret',
        webhookSecretSetSchema,
        chosen === undefined ? {} : { secret: chosen },
      );
      setSecret('');
      setDone({
        rotatedAt: stored.rotatedAt,
        ...(chosen === undefined ? { generated: stored.secret } : {}),
      });
      reload();
    } catch (err) {
      setFailure(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Section
      id="webhook"
      title="Audit tool webhook"
      intro="An audit tool can send findings to the app in bulk. Each request must be signed with a secret shared between the tool and this app."
    >
      {state.status === 'loading' && <Loading label="Loading the webhook status" />}
      {state.status === 'error' && (
        <Problem error={state.error} title="The webhook status could not be loaded" />
      )}
      {state.status === 'ready' && (
        <KeyValueTable
          label="Webhook status"
          testId="webhook-status"
          rows={[
            [
              'Shared secret',
              <>
                {state.data.configured ? (
                  <Lozenge appearance="success">Set</Lozenge>
                ) : (
                  <Lozenge appearance="removed">Not set</Lozenge>
                )}
                {state.data.rotatedAt ? ` last changed ${when(state.data.rotatedAt)}` : ''}
              </>,
            ],
            [
              'URL to POST findings to',
              <code style={{ ...code, overflowWrap: 'anywhere' }} data-testid="webhook-url">
                {state.data.url}
              </code>,
            ],
          ]}
        />
      )}
      <form
        aria-label="Webhook secret"
        noValidate
        style={stack}
        onSubmit={(e) => {
          e.preventDefault();
          void store(secret);
        }}
      >
        <TextField
          id="webhookSecret"
          title="New shared secret"
          type="password"
          autoComplete="new-password"
          value={secret}
          hint="32 to 256 characters. Setting a new secret replaces the old one at once: update the audit tool too. The secret you type is not shown again."
          error={error}
          onChange={setSecret}
        />
        <div style={row}>
          <Button type="submit" appearance="primary" isDisabled={saving}>
            Set secret
          </Button>
          <Button onClick={() => void store(undefined)} isDisabled={saving}>
            Generate a random secret
          </Button>
        </div>
      </form>
      {failure !== undefined && <Problem error={failure} title="The secret was not changed" />}
      {done && (
        <div role="status" data-testid="webhook-secret-saved">
          <SectionMessage appearance="success" title="Secret saved">
            {done.generated ? (
              <>
                <p>
                  Copy this generated secret into the audit tool now; it is shown only this once.
                </p>
                <code style={codeBlock} data-testid="generated-secret">
                  {done.generated}
                </code>
              </>
            ) : (
              <p>The new secret is in use since {when(done.rotatedAt)}.</p>
            )}
          </SectionMessage>
        </div>
      )}
      <div style={stack} data-testid="webhook-signing">
        <h3 style={{ margin: 0 }}>How the audit tool signs a request</h3>
        <ol style={{ margin: 0 }}>
          <li>
            Take the current time in Unix seconds, for example <code style={code}>1767225600</code>.
            It must be within 5 minutes of the app's clock.
          </li>
          <li>
            Join the time, a full stop and the exact request body:{' '}
            <code style={code}>{'${timestamp}.${body}'}</code>.
          </li>
          <li>
            Compute an HMAC-SHA256 of that text with the shared secret as key, written in lower case
            hexadecimal.
          </li>
          <li>
            Send the time in the <code style={code}>x-aims-timestamp</code> header and{' '}
            <code style={code}>sha256=</code> followed by the hex digest in the{' '}
            <code style={code}>x-aims-signature</code> header.
          </li>
        </ol>
        <p style={{ margin: 0 }}>
          The body is JSON{' '}
          <code style={code}>
            {
              '{"auditKey": "AIMS-12", "findings": [{"summary", "grade", "isoReference", "aiSystemKey"?, "dueDate"?, "description"?}]}'
            }
          </code>
          , or a CSV file like the template below with{' '}
          <code style={code}>Content-Type: text/csv</code> and the audit as{' '}
          <code style={code}>?audit=AIMS-12</code>. Every signature is accepted once: a repeated
          request is refused as a replay. As with the CSV import, nothing is created when any
          finding is invalid.
        </p>
        <p style={note}>Example with a shell, curl and openssl:</p>
        <pre style={codeBlock} aria-label="Signing example" tabIndex={0}>
          {SIGNING_EXAMPLE}
        </pre>
      </div>
    </Section>
  );
}
