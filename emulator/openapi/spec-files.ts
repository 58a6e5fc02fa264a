import fs from 'node:fs';
import type { Product } from '../core/route-table';
import { specFile } from '../../scripts/spec-locations';

/** Absolute path of a product's spec; throws a message saying how to get it when it is missing. */
export function specPath(product: Product): string {
  const file = specFile(product);
  if (!fs.existsSync(file)) {
    throw new Error(
      `The ${product} OpenAPI spec is missing: ${file} does not exist. ` +
        "Download Atlassian's published specs with `npm run specs:fetch` " +
        '(or point AIMS_OPENAPI_DIR at a folder that holds them).',
    );
  }
  return file;
}
