import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** One product REST call in the app's source: where it is, and what it sends. */
export interface ProductCall {
  /** `src/jira/people.ts:42` */
  at: string;
  product: 'jira' | 'confluence';
  method: string;
  /** The request path with every `${…}` of the path as `x`, without the query string. */
  path: string;
}

/** A product call whose method or path cannot be read from the code: the test must fail on it. */
export interface UnreadableCall {
  at: string;
  reason: string;
}

const ROOT = path.resolve(__dirname, '../../..');
const SRC = path.join(ROOT, 'src');
const FORGE_CLIENTS = path.join(SRC, 'jira/forge-clients.ts');
/** ProductClient's methods (src/jira/product-client.ts), the only consumers of a `Route`. */
const METHOD_OF: Record<string, string | undefined> = {
  get: 'GET',
  post: 'POST',
  put: 'PUT',
  // A Jira asynchronous operation (POST answering 303 to its task).
  startTask: 'POST',
};
/** `allPages(client, (startAt) => route\`…\`, item)` (src/jira/paged-values.ts) sends GETs. */
const PAGED_READ = 'allPages';
const SEND_NO_CONTENT = 'sendNoContent';
/** Ways to reach a product other than a ProductClient: allowed only in forge-clients.ts. */
const OTHER_REQUESTERS = new Set([
  'requestJira',
  'requestConfluence',
  'fetch',
  'assumeTrustedRoute',
]);

/**
 * Every product REST call in src/, read from the source (TypeScript's parser, no type checking):
 * `@forge/api` only takes a `Route` for a product path, a `Route` comes only from the `route`
 * tag (`assumeTrustedRoute` is refused here), and the app sends Routes only through
 * `ProductClient` (get, post, put, sendNoContent — `requestJira`/`requestConfluence`/`fetch` are
 * refused outside src/jira/forge-clients.ts). So each call is found from its `route` literal:
 * followed through parentheses, conditionals and a `const`, to the ProductClient call that sends
 * it and its HTTP method (or to the `allPages` paged read whose page function returns it). A literal that cannot be followed is returned as unreadable, so no call
 * can be missed silently: it is listed, or the caller fails.
 */
export function productCallsInSource(): { calls: ProductCall[]; unreadable: UnreadableCall[] } {
  const calls: ProductCall[] = [];
  const unreadable: UnreadableCall[] = [];
  for (const file of typeScriptFiles(SRC)) {
    const source = ts.createSourceFile(
      file,
      fs.readFileSync(file, 'utf8'),
      ts.ScriptTarget.ES2022,
      true,
    );
    const at = (node: ts.Node): string =>
      `${path.relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (
        ts.isTaggedTemplateExpression(node) &&
        ts.isIdentifier(node.tag) &&
        node.tag.text === 'route'
      ) {
        const template = pathOfTemplate(node.template);
        const sent = sendingCalls(source, node);
        if (sent.length === 0)
          unreadable.push({
            at: at(node),
            reason: `cannot tell which call sends route\`${template}\``,
          });
        for (const call of sent) {
          const method = methodOf(call);
          const product = template.startsWith('/wiki/')
            ? 'confluence'
            : template.startsWith('/rest/')
              ? 'jira'
              : undefined;
          if (!method)
            unreadable.push({
              at: at(call),
              reason: `cannot read the HTTP method of the call sending ${template}`,
            });
          else if (!product)
            unreadable.push({
              at: at(node),
              reason: `${template} is neither a Jira nor a Confluence path`,
            });
          else calls.push({ at: at(call), product, method, path: template });
        }
      } else if (ts.isCallExpression(node) && file !== FORGE_CLIENTS) {
        const callee = node.expression;
        const name = ts.isPropertyAccessExpression(callee)
          ? callee.name.text
          : ts.isIdentifier(callee)
            ? callee.text
            : '';
        if (OTHER_REQUESTERS.has(name))
          unreadable.push({
            at: at(node),
            reason: `${name}() outside src/jira/forge-clients.ts: send through a ProductClient`,
          });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { calls, unreadable };
}

function typeScriptFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return typeScriptFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** The ProductClient calls a route literal ends up in (directly, through a conditional or a const). */
function sendingCalls(source: ts.SourceFile, literal: ts.Expression): ts.CallExpression[] {
  let node: ts.Node = literal;
  while (
    ts.isParenthesizedExpression(node.parent) ||
    (ts.isConditionalExpression(node.parent) && node.parent.condition !== node)
  ) {
    node = node.parent;
  }
  const parent = node.parent;
  if (ts.isCallExpression(parent) && parent.arguments[0] === node && isClientCall(parent))
    return [parent];
  if (
    ts.isArrowFunction(parent) &&
    parent.body === node &&
    ts.isCallExpression(parent.parent) &&
    isPagedRead(parent.parent)
  )
    return [parent.parent];
  if (
    ts.isVariableDeclaration(parent) &&
    ts.isIdentifier(parent.name) &&
    ts.isVariableDeclarationList(parent.parent) &&
    (parent.parent.flags & ts.NodeFlags.Const) !== 0
  ) {
    const name = parent.name.text;
    const found: ts.CallExpression[] = [];
    const scope = parent.parent.parent.parent ?? source;
    const visit = (n: ts.Node): void => {
      if (ts.isCallExpression(n) && isClientCall(n)) {
        const first = n.arguments[0];
        if (first && ts.isIdentifier(first) && first.text === name) found.push(n);
      }
      ts.forEachChild(n, visit);
    };
    visit(scope);
    return found;
  }
  return [];
}

function isClientCall(call: ts.CallExpression): boolean {
  if (!ts.isPropertyAccessExpression(call.expression)) return false;
  const name = call.expression.name.text;
  return name === SEND_NO_CONTENT || METHOD_OF[name] !== undefined;
}

function isPagedRead(call: ts.CallExpression): boolean {
  return ts.isIdentifier(call.expression) && call.expression.text === PAGED_READ;
}

function methodOf(call: ts.CallExpression): string | undefined {
  if (isPagedRead(call)) return 'GET';
  if (!ts.isPropertyAccessExpression(call.expression)) return undefined;
  const name = call.expression.name.text;
  if (name !== SEND_NO_CONTENT) return METHOD_OF[name];
  const method = call.arguments[1];
  return method && ts.isStringLiteralLike(method) ? method.text.toUpperCase() : undefined;
}

/** `/rest/api/3/issue/${key}?fields=${f}` → `/rest/api/3/issue/x`. */
function pathOfTemplate(template: ts.TemplateLiteral): string {
  const text = ts.isNoSubstitutionTemplateLiteral(template)
    ? template.text
    : template.head.text + template.templateSpans.map((s) => `x${s.literal.text}`).join('');
  return text.split('?')[0] ?? text;
}
