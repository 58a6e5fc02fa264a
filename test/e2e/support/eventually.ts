import type { Locator } from 'playwright-core';

/** How long a browser test waits for what a person would see after an action (a loaded machine). */
export const SETTLE_TIMEOUT_MS = 30_000;
const POLL_INTERVAL_MS = 100;

/**
 * Reads `read()` again and again until `check` accepts the value (an `expect(...)` that does not
 * throw), and fails with the last assertion's message after `timeout`. A browser test reads what
 * the page shows only through this after an action: the resolver's round trip takes its time.
 */
export async function eventually<T>(
  read: () => Promise<T>,
  check: (value: T) => void,
  timeout = SETTLE_TIMEOUT_MS,
): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    let value: T | undefined;
    try {
      value = await read();
      check(value);
      return value;
    } catch (error) {
      if (Date.now() >= deadline) {
        const why = error instanceof Error ? error.message : String(error);
        throw new Error(
          `Still not so after ${timeout} ms (last read: ${JSON.stringify(value)}):\n${why}`,
        );
      }
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
}

function textOf(locator: Locator): () => Promise<string> {
  return async () => (await locator.textContent({ timeout: POLL_INTERVAL_MS * 10 })) ?? '';
}

/** Waits until `locator`'s text contains `expected` (a substring) or matches it (a RegExp). */
export async function expectText(locator: Locator, expected: string | RegExp): Promise<string> {
  return eventually(textOf(locator), (text) => {
    if (typeof expected === 'string') expect(text).toContain(expected);
    else expect(text).toMatch(expected);
  });
}

/** Waits until `locator`'s whole text is `expected`. */
export async function expectExactText(locator: Locator, expected: string): Promise<string> {
  return eventually(textOf(locator), (text) => expect(text).toBe(expected));
}

/**
 * Waits until `locator`'s text no longer contains `unexpected`. A negative check proves nothing
 * on its own: call it only after waiting for the positive state that shows the action finished.
 */
export async function expectNoText(locator: Locator, unexpected: string | RegExp): Promise<void> {
  await eventually(textOf(locator), (text) => {
    if (typeof unexpected === 'string') expect(text).not.toContain(unexpected);
    else expect(text).not.toMatch(unexpected);
  });
}

/** Waits until the texts of all elements `locator` matches are `expected`, in order. */
export async function expectTexts(locator: Locator, expected: string[]): Promise<void> {
  await eventually(
    () => locator.allTextContents(),
    (texts) => expect(texts).toEqual(expected),
  );
}

/** Waits until `locator` matches `expected` elements (0: after the positive state, see expectNoText). */
export async function expectCount(locator: Locator, expected: number): Promise<void> {
  await eventually(
    () => locator.count(),
    (count) => expect(count).toBe(expected),
  );
}

/** Waits until the form field's value is `expected`. */
export async function expectValue(locator: Locator, expected: string | RegExp): Promise<void> {
  await eventually(
    () => locator.inputValue({ timeout: POLL_INTERVAL_MS * 10 }),
    (value) => {
      if (typeof expected === 'string') expect(value).toBe(expected);
      else expect(value).toMatch(expected);
    },
  );
}

/** Waits until the element's attribute `name` is `expected`. */
export async function expectAttribute(
  locator: Locator,
  name: string,
  expected: string | RegExp,
): Promise<void> {
  await eventually(
    () => locator.getAttribute(name, { timeout: POLL_INTERVAL_MS * 10 }),
    (value) => {
      if (typeof expected === 'string') expect(value).toBe(expected);
      else expect(value).toMatch(expected);
    },
  );
}
