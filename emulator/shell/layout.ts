import type { SiteUser } from '../core/users';
import type { SafeHtml } from './html';
import { html } from './html';
import type { ShellTheme } from './theme';
import { DATA_THEME } from './theme';

export type Product = 'jira' | 'confluence' | 'admin';

export interface PageOptions {
  title: string;
  product: Product;
  user: SiteUser | undefined;
  theme: ShellTheme;
  body: SafeHtml;
  /** Secondary navigation (left column). */
  sidebar?: SafeHtml;
  /** Site administrator: shows the admin links. */
  isAdmin?: boolean;
  /** Print-friendly page without navigation. */
  bare?: boolean;
  currentPath?: string;
}

const PRODUCT_NAMES: Record<Product, string> = {
  jira: 'Jira',
  confluence: 'Confluence',
  admin: 'Administration',
};

function navLink(href: string, label: string, current: boolean): SafeHtml {
  return html`<a href="${href}" class="topnav-link" ${current ? html` aria-current="page"` : ''}
    >${label}</a
  >`;
}

/** The page frame shared by all shell pages: skip link, top navigation, sidebar, main landmark. */
export function page(options: PageOptions): SafeHtml {
  const { user, theme } = options;
  const nextTheme = theme === 'dark' ? 'light' : 'dark';
  const header = options.bare
    ? ''
    : html`<header class="topnav">
        <a class="brand" href="/jira"
          ><span class="brand-mark" aria-hidden="true">◆</span> AIMS site</a
        >
        ${
          user
            ? html`<nav class="topnav-products" aria-label="Products">
                ${navLink('/jira', 'Jira', options.product === 'jira')}
                ${navLink('/wiki/spaces/AIMS', 'Confluence', options.product === 'confluence')}
                ${options.isAdmin ? navLink('/jira/admin/apps', 'Apps', options.product === 'admin') : ''}
              </nav>`
            : ''
        }
        <div class="topnav-end">
          <form method="post" action="/shell/theme" class="theme-form">
            <input type="hidden" name="theme" value="${nextTheme}" />
            <input type="hidden" name="next" value="${options.currentPath ?? '/'}" />
            <button
              type="submit"
              class="button button-subtle"
              id="theme-toggle"
              aria-pressed="${theme === 'dark' ? 'true' : 'false'}"
            >
              Dark mode
            </button>
          </form>
          ${
            user
              ? html`<span class="user-name" data-testid="current-user">${user.displayName}</span>
                  <form method="post" action="/signout">
                    <button type="submit" class="button button-subtle">Sign out</button>
                  </form>`
              : ''
          }
        </div>
      </header>`;
  return html`<!doctype html>
    <html lang="en" data-theme="${DATA_THEME}" data-color-mode="${theme}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${options.title} - ${PRODUCT_NAMES[options.product]}</title>
        <link rel="stylesheet" href="/shell/assets/css-reset.css" />
        <link rel="stylesheet" href="/shell/assets/tokens.css" />
        <link rel="stylesheet" href="/shell/assets/shell.css" />
        <script src="/shell/assets/shell.js" defer></script>
      </head>
      <body class="product-${options.product}${options.bare ? ' bare' : ''}">
        <a class="skip-link" href="#main">Skip to main content</a>
        ${header}
        <div class="layout">
          ${
            options.sidebar
              ? html`<nav class="sidebar" aria-label="${PRODUCT_NAMES[options.product]} navigation">
                  ${options.sidebar}
                </nav>`
              : ''
          }
          <main id="main" tabindex="-1">${options.body}</main>
        </div>
        <div id="flags" class="flags" role="status" aria-live="polite"></div>
      </body>
    </html>`;
}

export type MessageAppearance = 'information' | 'warning' | 'error' | 'success';

/** Atlaskit-style section message. Errors are announced (role=alert). */
export function sectionMessage(
  appearance: MessageAppearance,
  title: string,
  lines: string[] = [],
): SafeHtml {
  const role = appearance === 'error' || appearance === 'warning' ? 'alert' : 'status';
  return html`<section class="section-message section-message-${appearance}" role="${role}">
    <h2 class="section-message-title">${title}</h2>
    ${lines.length === 1 ? html`<p>${lines[0]}</p>` : ''}
    ${
      lines.length > 1
        ? html`<ul>
            ${lines.map((l) => html`<li>${l}</li>`)}
          </ul>`
        : ''
    }
  </section>`;
}

export function lozenge(text: string, appearance = 'default'): SafeHtml {
  return html`<span class="lozenge lozenge-${appearance}">${text}</span>`;
}
