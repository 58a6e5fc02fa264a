/**
 * Bridge calls answered inside the iframe by telling the shell (`window.parent.postMessage`):
 * the shell closes dialogs, saves macro configuration, navigates, shows flags.
 */
export const PARENT_CALLS = [
  'submit',
  'close',
  'navigate',
  'refresh',
  'open',
  'onClose',
  'reload',
  'showFlag',
  'closeFlag',
  'openModal',
  'changeWindowTitle',
] as const;

/** Calls that need no server and no shell (the local site has nothing to do for them). */
export const LOCAL_CALLS = ['enableTheming', 'emitReadyEvent', 'emit', 'emitPublic'] as const;

/**
 * The `<script>` injected at the top of `<head>` of a Custom UI `index.html`. It defines
 * `window.__bridge.callBridge(name, payload)` before the app bundle (and so @forge/bridge) loads.
 * `events.on(name, callback)` subscriptions hear the product events the shell posts to the frame
 * (`{type: 'aims-bridge-event', event, payload}`, e.g. JIRA_ISSUE_CHANGED on the issue view).
 * Server calls go to `POST /forge/bridge/{frameId}/{name}` with `{payload}`; the answer is
 * `{ok: true, result}` or `{ok: false, error: {message}}`, which rejects like Forge's bridge does.
 */
export function bridgeScript(frameId: string): string {
  const config = JSON.stringify({ frameId, parentCalls: PARENT_CALLS, localCalls: LOCAL_CALLS });
  return `<script>(function () {
  var config = ${config.replace(/</g, '\\u003c')};
  var base = '/forge/bridge/' + encodeURIComponent(config.frameId) + '/';
  function plain(value) {
    try { return value === undefined ? undefined : JSON.parse(JSON.stringify(value)); } catch (e) { return undefined; }
  }
  var listeners = [];
  function subscribe(payload) {
    var entry = payload && typeof payload.event === 'string' && typeof payload.callback === 'function' ? payload : null;
    if (entry) listeners.push(entry);
    return { unsubscribe: function () { listeners = listeners.filter(function (l) { return l !== entry; }); } };
  }
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (e.source !== window.parent || !d || d.type !== 'aims-bridge-event') return;
    listeners.slice().forEach(function (l) { if (l.event === d.event) l.callback(d.payload); });
  });
  function callBridge(name, payload) {
    if (config.parentCalls.indexOf(name) >= 0) {
      window.parent.postMessage({ type: 'aims-bridge', frameId: config.frameId, name: name, payload: plain(payload) }, '*');
      return Promise.resolve(true);
    }
    if (config.localCalls.indexOf(name) >= 0) return Promise.resolve(undefined);
    if (name === 'on' || name === 'onPublic') return Promise.resolve(subscribe(payload));
    return fetch(base + encodeURIComponent(name), {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ payload: payload === undefined ? null : payload })
    }).then(function (res) {
      return res.json().catch(function () { return null; }).then(function (body) {
        if (!res.ok || !body || body.ok !== true) {
          var message = body && body.error && body.error.message ? body.error.message : 'Bridge call ' + name + ' failed (HTTP ' + res.status + ')';
          throw new Error(message);
        }
        return body.result;
      });
    });
  }
  window.__bridge = { callBridge: callBridge };
})();</script>`;
}

/** Inserts the bridge script right after `<head …>` (or at the very top when there is no head). */
export function injectBridge(html: string, frameId: string): string {
  const script = bridgeScript(frameId);
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (!head) return script + html;
  const at = head.index + head[0].length;
  return html.slice(0, at) + script + html.slice(at);
}
