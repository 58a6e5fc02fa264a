// Lints source texts as if they were files at the given paths, with the repository's
// eslint.config.mjs, and prints each text's messages as JSON. Tests run it in a child node: Jest
// cannot load an ES module config (a dynamic import needs --experimental-vm-modules).
// stdin: [{ "filePath": "src/domain/x.ts", "code": "…" }, …] (paths from the current directory)
import process from 'node:process';
import { text } from 'node:stream/consumers';
import { ESLint } from 'eslint';

const files = JSON.parse(await text(process.stdin));
const eslint = new ESLint({ cwd: process.cwd() });
const results = [];
for (const { filePath, code } of files) {
  const [result] = await eslint.lintText(code, { filePath, warnIgnored: true });
  results.push(result.messages.map(({ ruleId, message, line }) => ({ ruleId, message, line })));
}
process.stdout.write(JSON.stringify(results));
