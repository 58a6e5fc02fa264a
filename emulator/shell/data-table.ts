import type { Interpolation, SafeHtml } from './html';
import { html } from './html';

/**
 * A data table (shell.css `table.data`) named `label`, with a header row of `columns`; an empty
 * column name is an actions column, named "Actions" for screen readers only. Each row is its cells.
 */
export function dataTable(label: string, columns: string[], rows: Interpolation[][]): SafeHtml {
  return html`<table class="data" aria-label="${label}">
    <thead>
      <tr>
        ${columns.map(
          (c) =>
            html`<th scope="col">${c || html`<span class="visually-hidden">Actions</span>`}</th>`,
        )}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (cells) =>
          html`<tr>
            ${cells.map((cell) => html`<td>${cell}</td>`)}
          </tr>`,
      )}
    </tbody>
  </table>`;
}
