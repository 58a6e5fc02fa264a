import fs from 'node:fs';
import { renderRoutesDoc, ROUTES_DOC } from '../../../scripts/list-routes';
import { specFile } from '../../../scripts/spec-locations';

describe('docs/emulator-routes.md', () => {
  it('lists the routes the emulator serves (regenerate with npx tsx scripts/list-routes.ts)', () => {
    // The summaries come from the specs; without them the doc could not be compared.
    expect(fs.existsSync(specFile('jira')) && fs.existsSync(specFile('confluence'))).toBe(true);
    expect(fs.readFileSync(ROUTES_DOC, 'utf8')).toBe(renderRoutesDoc());
  });
});
