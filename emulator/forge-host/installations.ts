import type { SiteMeta } from '../core/database';
import type { AppIdentity } from './app-identity';
import { installContextAri, stableUuid } from './app-identity';
import type { AppManifest, AtlassianProduct } from './manifest';

/**
 * Where the app is installed on this site, as Forge models it (app-compatibility):
 *
 * - **No `app.compatibility`** (single-app): the app is installed separately into each Atlassian
 *   app (`forge install --product jira`, then `--product confluence`). Each installation has its own
 *   id, its own storage ("data stored in Jira is not accessible from Confluence",
 *   storage-reference/kvs, Partitioning) and reaches only its own product.
 * - **`app.compatibility` declared** (multiple-app): ONE installation, first into the required
 *   Atlassian app; the optional ones are connected to it afterwards (`forge install --product
 *   confluence` again, or Atlassian Administration). Until an optional app is connected its modules
 *   are not available and calls to it are refused. All modules share the installation's storage.
 */
export interface Installation {
  /** The installation id (`id` of `avi:forge:installed:app`). */
  id: string;
  /** The Atlassian app it was installed into (the required one of a multiple-app app). */
  product: AtlassianProduct;
  /** The Atlassian apps its invocations may call and whose modules it runs. */
  products: readonly AtlassianProduct[];
  /** Forge storage partition of this installation ('' for the first one, as before). */
  storagePartition: string;
  /** `installContext` of its invocations. */
  contextAri: string;
}

/** A module, event or call of an Atlassian app the app is not installed in (or not connected to). */
export class NotInstalledError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotInstalledError';
  }
}

const PRODUCTS: AtlassianProduct[] = ['jira', 'confluence'];
const NAMES: Record<AtlassianProduct, string> = { jira: 'Jira', confluence: 'Confluence' };

export const productName = (p: AtlassianProduct): string => NAMES[p];

/** The Atlassian app a module belongs to; undefined for app-level modules (scheduled and web triggers, functions). */
export function productOfModule(
  manifest: AppManifest,
  moduleKey: string,
): AtlassianProduct | undefined {
  if (manifest.workflowRules.has(moduleKey)) return 'jira';
  const ui = manifest.uiModules.get(moduleKey);
  if (ui) {
    if (ui.type.startsWith('jira:')) return 'jira';
    if (ui.type === 'macro' || ui.type.startsWith('confluence:')) return 'confluence';
    return undefined;
  }
  const trigger = manifest.triggers.find((t) => t.key === moduleKey);
  if (trigger) {
    const products = new Set(trigger.events.map(productOfEvent));
    const [only] = [...products];
    return products.size === 1 ? only : undefined;
  }
  return undefined;
}

/** `avi:jira:…` → Jira, `avi:confluence:…` → Confluence; platform events (`avi:forge:…`) → none. */
export function productOfEvent(eventType: string): AtlassianProduct | undefined {
  return PRODUCTS.find((p) => eventType.startsWith(`avi:${p}:`));
}

/** The Atlassian apps the manifest has modules for (single-app apps are installed into each). */
function productsWithModules(manifest: AppManifest): AtlassianProduct[] {
  const keys = [
    ...manifest.uiModules.keys(),
    ...manifest.workflowRules.keys(),
    ...manifest.triggers.map((t) => t.key),
  ];
  const found = new Set(keys.map((k) => productOfModule(manifest, k)));
  const products = PRODUCTS.filter((p) => found.has(p));
  return products.length > 0 ? products : ['jira'];
}

/** The app's installations on this site, kept in the site's metadata (they survive restarts). */
export class AppInstallations {
  constructor(
    private readonly manifest: AppManifest,
    private readonly identity: AppIdentity,
    private readonly meta: SiteMeta,
  ) {}

  /** True for a multiple-app app (`app.compatibility` declared). */
  get multipleApp(): boolean {
    return this.manifest.compatibility !== undefined;
  }

  /** The product `forge install` installs into when none is named. */
  get defaultProduct(): AtlassianProduct {
    return this.manifest.compatibility?.required ?? productsWithModules(this.manifest)[0] ?? 'jira';
  }

  /**
   * `forge install --product <product>`: what installing into `product` means — installing the app
   * (`connect: false`; the host runs the install trigger, then `commit()`s) or, for a multiple-app
   * app, connecting an optional Atlassian app to the installation (`connect: true`).
   * `already` is true when that was done before. Refuses what Forge refuses.
   */
  prepareInstall(product: AtlassianProduct = this.defaultProduct): {
    already: boolean;
    connect: boolean;
    installation: Installation;
    commit(): void;
  } {
    const compat = this.manifest.compatibility;
    if (compat && product !== compat.required) {
      if (!compat.optional.includes(product)) {
        throw new NotInstalledError(
          `The app is not compatible with ${NAMES[product]}: manifest.yml app.compatibility does not name it`,
        );
      }
      if (!this.meta.get(this.installedKey(compat.required))) {
        throw new NotInstalledError(
          `Install the app into ${NAMES[compat.required]} (its required Atlassian app) before connecting it to ${NAMES[product]}`,
        );
      }
      const key = this.connectedKey(product);
      const base = this.required(compat.required);
      return {
        already: this.meta.get(key) !== undefined,
        connect: true,
        installation: { ...base, products: [...new Set([...base.products, product])] },
        commit: () => this.mark(key),
      };
    }
    if (!compat && !productsWithModules(this.manifest).includes(product)) {
      throw new NotInstalledError(`The app has no ${NAMES[product]} modules to install`);
    }
    const key = this.installedKey(product);
    return {
      already: this.meta.get(key) !== undefined,
      connect: false,
      installation: compat ? this.required(product) : this.single(product),
      commit: () => this.mark(key),
    };
  }

  /** The installation that runs `product`'s modules and may call it; undefined when there is none (yet). */
  installationFor(product: AtlassianProduct): Installation | undefined {
    const compat = this.manifest.compatibility;
    if (compat) {
      if (!this.meta.get(this.installedKey(compat.required))) return undefined;
      const reach = this.required(compat.required);
      return reach.products.includes(product) ? reach : undefined;
    }
    return this.meta.get(this.installedKey(product)) ? this.single(product) : undefined;
  }

  /** The installation app-level modules (scheduled and web triggers, functions) run in. */
  primary(): Installation | undefined {
    if (this.manifest.compatibility)
      return this.installationFor(this.manifest.compatibility.required);
    for (const p of [this.defaultProduct, ...PRODUCTS]) {
      const found = this.installationFor(p);
      if (found) return found;
    }
    return undefined;
  }

  /** Why `product` cannot be reached, in the words of the platform. */
  unavailable(product: AtlassianProduct): NotInstalledError {
    const compat = this.manifest.compatibility;
    if (compat?.optional.includes(product)) {
      return new NotInstalledError(
        `The app is not connected to ${NAMES[product]} on this site yet (optional Atlassian app of app.compatibility): connect it with forge install --product ${product}`,
      );
    }
    return new NotInstalledError(
      compat || product === this.defaultProduct
        ? `The app is not installed in ${NAMES[product]} on this site`
        : `The app is not installed in ${NAMES[product]} on this site: without app.compatibility each Atlassian app has its own installation`,
    );
  }

  /** Why an invocation of `from` may not call `product`. */
  unreachable(from: Installation, product: AtlassianProduct): NotInstalledError {
    if (this.manifest.compatibility) return this.unavailable(product);
    return new NotInstalledError(
      `The app's ${NAMES[from.product]} installation cannot call ${NAMES[product]}: without app.compatibility each Atlassian app has its own installation`,
    );
  }

  private required(product: AtlassianProduct): Installation {
    const compat = this.manifest.compatibility;
    const connected = (compat?.optional ?? []).filter((p) => this.meta.get(this.connectedKey(p)));
    return {
      id: this.identity.installationId,
      product,
      products: [product, ...connected],
      storagePartition: '',
      contextAri: installContextAri(this.identity, product),
    };
  }

  private single(product: AtlassianProduct): Installation {
    const first = product === this.defaultProduct;
    const id = first
      ? this.identity.installationId
      : stableUuid(`${this.identity.appId}:installation:local-site:${product}`);
    return {
      id,
      product,
      products: [product],
      storagePartition: first ? '' : `installation:${id}`,
      contextAri: installContextAri(this.identity, product),
    };
  }

  private mark(key: string): void {
    if (!this.meta.get(key)) this.meta.set(key, new Date().toISOString());
  }

  /** The first installation keeps the key the host has always used (existing local sites stay installed). */
  private installedKey(product: AtlassianProduct): string {
    const base = `forge:installed:${this.identity.appId}`;
    return product === this.defaultProduct ? base : `${base}:${product}`;
  }

  private connectedKey(product: AtlassianProduct): string {
    return `forge:connected:${this.identity.appId}:${product}`;
  }
}
