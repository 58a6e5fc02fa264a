import fs from 'node:fs';
import path from 'node:path';
import { renderModelDoc } from '../../../scripts/generate-model-doc';

describe('docs/jira-data-model.md', () => {
  it('matches what provisioning creates (regenerate with npx tsx scripts/generate-model-doc.ts)', () => {
    const committed = fs.readFileSync(
      path.resolve(__dirname, '../../../docs/jira-data-model.md'),
      'utf8',
    );
    expect(committed).toBe(renderModelDoc());
  });
});
