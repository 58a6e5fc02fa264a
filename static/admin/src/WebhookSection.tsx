import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import { z } from 'zod';
import type { Translator } from '../../common';
import {
  KeyValueTable,
  Loading,
  Problem,
  TextField,
  callResolver,
  useAsync,
  useI18n,
} from '../../common';
import { webhookSecretSetSchema, webhookStatusSchema } from './admin-schemas';
import { Section } from './Section';
import { TextWith } from './TextWith';
import { code, codeBlock, note, row, stack } from '../../common/styles';

/** The same limits the server applies to a secret an admin chooses, said in their language. */
const secretSchemaOf = (t: Translator['t']) =>
  z.string().trim().min(32, t('admin.webhook.error.short')).max(256, t('admin.webhook.error.long'));

const SIGNING_EXAMPLE = `TS=$(date +%s)
BODY='{"auditKey":"AIMS-12","findings":[{"summary":"No owner for model monitoring","grade":"Minor nonconformity","isoReference":"A.6.2.6"}]}'
SIG=$(printf '%s.%s' "$TS" "$BODY" | openssl dgst -sha256 -hmac "$SECRET" -hex | sed 's/^.* //')
curl -X POST "$URL" -H 'Content-Type: application/json' \\
  -H "x-aims-timestamp: $TS" -H "x-aims-signature: sha256=$SIG" --data "$BODY"`;

const BODY_SHAPE =
  '{"auditKey": "AIMS-12", "findings": [{"summary", "grade", "isoReference", "aiSystemKey"?, "dueDate"?, "description"?}]}';

/**
 * The audit tool webhook: whether it has a shared secret, where to send findings, how to sign
 * them, and setting or rotating the secret. A secret the admin types is never shown again.
 */
export function WebhookSection() {
  const { t, dateTime } = useI18n();
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
      const checked = secretSchemaOf(t).safeParse(chosen);
      if (!checked.success) {
        setError(checked.error.issues[0]?.message ?? t('admin.webhook.error.unusable'));
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
    <Section id="webhook" title={t('admin.webhook.title')} intro={t('admin.webhook.intro')}>
      {state.status === 'loading' && <Loading label={t('admin.webhook.loading')} />}
      {state.status === 'error' && (
        <Problem error={state.error} title={t('admin.webhook.loadFailed')} />
      )}
      {state.status === 'ready' && (
        <KeyValueTable
          label={t('admin.webhook.status')}
          testId="webhook-status"
          rows={[
            [
              t('admin.webhook.secret'),
              <>
                {state.data.configured ? (
                  <Lozenge appearance="success">{t('admin.webhook.set')}</Lozenge>
                ) : (
                  <Lozenge appearance="removed">{t('admin.webhook.notSet')}</Lozenge>
                )}
                {state.data.rotatedAt
                  ? ` ${t('admin.webhook.lastChanged', { at: dateTime(state.data.rotatedAt) })}`
                  : ''}
              </>,
            ],
            [
              t('admin.webhook.url'),
              <code style={{ ...code, overflowWrap: 'anywhere' }} data-testid="webhook-url">
                {state.data.url}
              </code>,
            ],
          ]}
        />
      )}
      <form
        aria-label={t('admin.webhook.form')}
        noValidate
        style={stack}
        onSubmit={(e) => {
          e.preventDefault();
          void store(secret);
        }}
      >
        <TextField
          id="webhookSecret"
          title={t('admin.webhook.newSecret')}
          type="password"
          autoComplete="new-password"
          value={secret}
          hint={t('admin.webhook.newSecretHint')}
          error={error}
          onChange={setSecret}
        />
        <div style={row}>
          <Button type="submit" appearance="primary" isDisabled={saving}>
            {t('admin.webhook.setSecret')}
          </Button>
          <Button onClick={() => void store(undefined)} isDisabled={saving}>
            {t('admin.webhook.generate')}
          </Button>
        </div>
      </form>
      {failure !== undefined && <Problem error={failure} title={t('admin.webhook.notChanged')} />}
      {done && (
        <div role="status" data-testid="webhook-secret-saved">
          <SectionMessage appearance="success" title={t('admin.webhook.saved')}>
            {done.generated ? (
              <>
                <p>{t('admin.webhook.copyNow')}</p>
                <code style={codeBlock} data-testid="generated-secret">
                  {done.generated}
                </code>
              </>
            ) : (
              <p>{t('admin.webhook.inUseSince', { at: dateTime(done.rotatedAt) })}</p>
            )}
          </SectionMessage>
        </div>
      )}
      <div style={stack} data-testid="webhook-signing">
        <h3 style={{ margin: 0 }}>{t('admin.webhook.signing.title')}</h3>
        <ol style={{ margin: 0 }}>
          <li>
            <TextWith
              text={t('admin.webhook.signing.time')}
              parts={{ example: <code style={code}>1767225600</code> }}
            />
          </li>
          <li>
            <TextWith
              text={t('admin.webhook.signing.join')}
              parts={{ pattern: <code style={code}>{'${timestamp}.${body}'}</code> }}
            />
          </li>
          <li>{t('admin.webhook.signing.hmac')}</li>
          <li>
            <TextWith
              text={t('admin.webhook.signing.headers')}
              parts={{
                timestamp: <code style={code}>{'x-aims-timestamp'}</code>,
                prefix: <code style={code}>{'sha256='}</code>,
                signature: <code style={code}>{'x-aims-signature'}</code>,
              }}
            />
          </li>
        </ol>
        <p style={{ margin: 0 }}>
          <TextWith
            text={t('admin.webhook.signing.body')}
            parts={{
              json: <code style={code}>{BODY_SHAPE}</code>,
              contentType: <code style={code}>{'Content-Type: text/csv'}</code>,
              query: <code style={code}>{'?audit=AIMS-12'}</code>,
            }}
          />
        </p>
        <p style={note}>{t('admin.webhook.signing.example')}</p>
        <pre style={codeBlock} aria-label={t('admin.webhook.signing.exampleLabel')} tabIndex={0}>
          {SIGNING_EXAMPLE}
        </pre>
      </div>
    </Section>
  );
}
