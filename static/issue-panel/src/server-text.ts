import { PANEL_MESSAGE_PREFIX } from '../../../src/ui-contract/server-message';
import type { ServerMessage } from '../../../src/ui-contract/server-message';
import { useI18n } from '../../common';

/**
 * The sentences the server sent, in the viewer's language: each message's key under
 * `panel.server.` with its values, or the server's English where the message has no key or the
 * files lack it (docs/decisions/0010).
 */
export function useServerTexts(): (
  english: readonly string[],
  messages: readonly ServerMessage[],
) => { english: string; text: string }[] {
  const { t } = useI18n();
  const say = (english: string, message: ServerMessage | undefined): string => {
    if (!message?.key) return english;
    const key = `${PANEL_MESSAGE_PREFIX}${message.key}`;
    const text = t(key, message.params);
    return text === key ? english : text;
  };
  return (english, messages) => english.map((e, i) => ({ english: e, text: say(e, messages[i]) }));
}
