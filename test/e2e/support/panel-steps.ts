import type { Frame, FrameLocator, Locator, Page } from 'playwright-core';
import { addIssuePanel } from './issue-panel';

/** The app's issue panel, as the shell shows it once added to an issue. */
export const ISSUE_PANEL = 'iframe[title="ISO 42001"]';

/**
 * What a journey cost the people doing it (sign-in not counted): clicks on buttons, links and
 * select lists (a control activated with the keyboard counts as one), text fields typed in, and
 * page loads of the main frame.
 */
export interface JourneyCost {
  clicks: number;
  typedFields: number;
  pageLoads: number;
}

export const newJourneyCost = (): JourneyCost => ({ clicks: 0, typedFields: 0, pageLoads: 0 });

/** Counts every page load of `page`'s main frame into `cost`. */
export function countPageLoads(page: Page, cost: JourneyCost): void {
  page.on('framenavigated', (f) => {
    if (f === page.mainFrame()) cost.pageLoads += 1;
  });
}

/**
 * The steps a person takes in the issue panel, counted into `cost`: open an issue with its panel,
 * type in and choose from the step form, save it, run a transition and wait for the new status.
 * Every step waits for what the person would see before it returns.
 */
export function panelSteps(base: string, cost: JourneyCost) {
  const click = async (target: Locator): Promise<void> => {
    cost.clicks += 1;
    await target.click();
  };

  const expectStatus = async (frame: FrameLocator, status: string): Promise<void> => {
    await frame
      .getByTestId('panel-status')
      .getByText(status, { exact: true })
      .waitFor({ timeout: 30_000 })
      .catch(async () => {
        const now = await frame
          .getByTestId('panel-status')
          .textContent()
          .catch(() => '?');
        throw new Error(`The panel shows status "${now}", not "${status}"`);
      });
  };

  return {
    click,
    expectStatus,

    /** Opens the issue (one page load) with its panel, adding the panel when it is not there yet. */
    async open(page: Page, key: string): Promise<FrameLocator> {
      await page.goto(`${base}/jira/browse/${key}`);
      await page.getByTestId('issue-summary').waitFor({ timeout: 30_000 });
      const add = page
        .getByRole('group', { name: 'Add app content' })
        .getByRole('button', { name: 'ISO 42001', exact: true });
      if ((await add.count()) > 0) cost.clicks += 1;
      await addIssuePanel(page, 'ISO 42001');
      const frame = page.frameLocator(ISSUE_PANEL);
      await frame.getByTestId('panel-actions').waitFor({ timeout: 30_000 });
      return frame;
    },

    /** Types in a field of the panel's step form (or of a form within `scope`). */
    async fill(scope: Frame | FrameLocator | Locator, label: string, value: string): Promise<void> {
      cost.typedFields += 1;
      await scope.getByLabel(label, { exact: true }).fill(value);
    },

    /** Chooses an option of a select list by its label. */
    async choose(
      scope: Frame | FrameLocator | Locator,
      label: string,
      option: string,
    ): Promise<void> {
      cost.clicks += 1;
      await scope.getByLabel(label, { exact: true }).selectOption({ label: option });
    },

    /**
     * Saves the step form; resolves once the step's fields are all recorded (the form is gone)
     * or, when some stay to record, once `shown` (where the panel shows a saved value) is there.
     */
    async save(frame: FrameLocator, shown?: Locator): Promise<void> {
      await click(frame.getByRole('button', { name: 'Save to issue' }));
      await (shown ?? frame.getByTestId('field-form'))
        .waitFor({ state: shown ? 'visible' : 'detached', timeout: 30_000 })
        .catch(async (err: unknown) => {
          const form = await frame
            .getByTestId('field-form')
            .innerText()
            .catch(() => '');
          throw new Error(`The step was not saved; the form says: ${form}\n${String(err)}`);
        });
    },

    /** The transition button of the panel's "Move this issue on" group. */
    transition(frame: FrameLocator, name: string): Locator {
      return frame
        .getByRole('group', { name: 'Move this issue on' })
        .getByRole('button', { name, exact: true });
    },

    /** Runs a transition from the panel and waits until the panel shows `toStatus`. */
    async move(frame: FrameLocator, transition: string, toStatus: string): Promise<void> {
      await click(
        frame
          .getByRole('group', { name: 'Move this issue on' })
          .getByRole('button', { name: transition, exact: true }),
      );
      await expectStatus(frame, toStatus);
    },

    /**
     * Creates a corrective action from a Nonconformity's panel, already linked, with its
     * implementer; returns its key once the panel lists it.
     */
    async createCorrectiveAction(
      frame: FrameLocator,
      summary: string,
      implementer: string,
    ): Promise<string> {
      const form = frame.getByTestId('create-corrective-action');
      const listed = frame.getByTestId('nc-corrective-actions');
      const before = new Set(
        [...((await listed.textContent().catch(() => '')) ?? '').matchAll(/AIMS-\d+/g)].map(
          (m) => m[0],
        ),
      );
      cost.typedFields += 1;
      await form.getByLabel('Summary').fill(summary);
      cost.clicks += 1;
      await frame.getByLabel('Implementer', { exact: true }).selectOption({ label: implementer });
      await click(form.getByRole('button', { name: 'Create corrective action' }));
      const row = listed.getByRole('row').filter({ hasText: summary });
      await row.waitFor({ timeout: 30_000 });
      const key = /AIMS-\d+/.exec((await row.textContent()) ?? '')?.[0];
      if (!key || before.has(key)) throw new Error(`No new corrective action "${summary}" listed`);
      return key;
    },

    /** Chooses a person in one of the panel's people pickers and saves the choice. */
    async choosePerson(frame: FrameLocator, label: string, person: string): Promise<void> {
      const form = frame.getByRole('form', { name: `Choose: ${label}` });
      cost.clicks += 1;
      await frame.getByLabel(label, { exact: true }).selectOption({ label: person });
      const save = form.getByRole('button', { name: 'Save' });
      await click(save);
      // Saved: the choice is the current value again, so there is nothing left to save.
      await form.locator('button:disabled', { hasText: 'Save' }).waitFor({ timeout: 30_000 });
    },
  };
}

export type PanelSteps = ReturnType<typeof panelSteps>;
