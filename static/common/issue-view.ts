import { events, view } from '@forge/bridge';

/**
 * After the app changed the issue (a panel save), asks Jira's issue view to fetch its data again
 * so the status, details and links around the panel show the change without a reload
 * (@forge/bridge view.refresh(), available to Jira issue view modules).
 */
export async function refreshIssueView(): Promise<void> {
  try {
    await view.refresh();
  } catch {
    // "this resource's view is not refreshable": the page shows the change on its next load.
  }
}

/**
 * Calls `onChange` when Jira reports that the issue changed under the app (an automation, another
 * person): the JIRA_ISSUE_CHANGED event of the issue view modules. Returns the unsubscribe.
 */
export function onIssueChanged(onChange: () => void): () => void {
  const subscription = events.on('JIRA_ISSUE_CHANGED', () => onChange());
  return () => {
    void subscription.then((s) => s.unsubscribe());
  };
}
