/**
 * The create-issue form follows the chosen project and issue type at once, as Jira's create
 * dialog does: a change loads the fields of the new choice, keeping what was typed (`f_*`).
 */
export function initCreateForm(): void {
  const selects = document.querySelectorAll<HTMLSelectElement>('select[data-follow-choice]');
  for (const select of selects) {
    select.addEventListener('change', () => {
      const form = select.form;
      if (!form) return;
      const query = new URLSearchParams();
      for (const [name, value] of new FormData(form)) {
        if (typeof value !== 'string') continue;
        // A new project has its own issue types: let the page pick its first one.
        if (name === 'issuetype' && select.name === 'project') continue;
        if (name === 'project' || name === 'issuetype' || name.startsWith('f_'))
          query.append(name, value);
      }
      form.setAttribute('aria-busy', 'true');
      window.location.assign(`/jira/create?${query.toString()}`);
    });
  }
}
