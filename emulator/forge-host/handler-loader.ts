import path from 'node:path';
import type { AppManifest } from './manifest';

export type ForgeHandler = (...args: unknown[]) => unknown;

/**
 * Resolves `handler: index.foo` of a function module to export `foo` of `src/index.ts`
 * (or `handler: macros/export.run` → `src/macros/export.ts`). The app's TypeScript is
 * required directly: `npm start` runs under tsx, jest transforms it with @swc/jest.
 */
export class HandlerLoader {
  private readonly cache = new Map<string, ForgeHandler>();

  constructor(private readonly manifest: AppManifest) {}

  forFunction(functionKey: string): ForgeHandler {
    const cached = this.cache.get(functionKey);
    if (cached) return cached;
    const fn = this.manifest.functions.get(functionKey);
    if (!fn) throw new Error(`No function module '${functionKey}' in manifest.yml`);
    const dot = fn.handler.lastIndexOf('.');
    if (dot <= 0)
      throw new Error(`Function '${functionKey}': handler '${fn.handler}' must be <file>.<export>`);
    const file = path.join(this.manifest.appRoot, 'src', fn.handler.slice(0, dot));
    const exportName = fn.handler.slice(dot + 1);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(file) as Record<string, unknown>;
    const handler = mod[exportName];
    if (typeof handler !== 'function') {
      throw new Error(
        `Function '${functionKey}': ${file} does not export a function '${exportName}'`,
      );
    }
    this.cache.set(functionKey, handler as ForgeHandler);
    return handler as ForgeHandler;
  }
}
