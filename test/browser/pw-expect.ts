// Web-first assertions for playwright-core (which, unlike @playwright/test, ships none): each one
// waits until what a person would see matches, then asserts it with Jest so a failure shows a diff.
// The wait is a bound on how long to look, not a speed assertion.
import { expect as jestExpect } from '@jest/globals';
import type { Locator } from 'playwright-core';

const DEFAULT_TIMEOUT_MS = 15_000;

async function settle<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const until = Date.now() + timeoutMs;
  let value = await read();
  while (!ok(value) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

const matches = (actual: string, expected: string | RegExp) =>
  typeof expected === 'string' ? actual === expected : expected.test(actual);
const normalise = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The text of the elements `aria-describedby` points at, as a screen reader announces it. */
async function accessibleDescription(locator: Locator): Promise<string> {
  return locator.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

export function expect(locator: Locator, timeoutMs = DEFAULT_TIMEOUT_MS) {
  const safely = async <T>(read: () => Promise<T>, fallback: T) => {
    try {
      return await read();
    } catch {
      return fallback;
    }
  };
  const one = locator.first();
  return {
    async toBeVisible() {
      const visible = await settle(() => safely(() => one.isVisible(), false), Boolean, timeoutMs);
      if (!visible) throw new Error(`Expected ${locator.toString()} to be visible`);
    },
    async toBeHidden() {
      const visible = await settle(
        () => safely(() => one.isVisible(), true),
        (v) => !v,
        timeoutMs,
      );
      if (visible) throw new Error(`Expected ${locator.toString()} to be hidden`);
    },
    async toBeEnabled() {
      const enabled = await settle(() => safely(() => one.isEnabled(), false), Boolean, timeoutMs);
      if (!enabled) throw new Error(`Expected ${locator.toString()} to be enabled`);
    },
    async toHaveText(expected: string | RegExp) {
      const text = await settle(
        () => safely(async () => normalise(await one.textContent()), ''),
        (t) => matches(t, expected),
        timeoutMs,
      );
      jestExpect(text).toEqual(typeof expected === 'string' ? expected : jestExpect.stringMatching(expected));
    },
    async toContainText(expected: string) {
      const text = await settle(
        () => safely(async () => normalise(await one.textContent()), ''),
        (t) => t.includes(expected),
        timeoutMs,
      );
      jestExpect(text).toContain(expected);
    },
    async toHaveValue(expected: string | RegExp) {
      const value = await settle(
        () => safely(() => one.inputValue(), ''),
        (v) => matches(v, expected),
        timeoutMs,
      );
      jestExpect(value).toEqual(
        typeof expected === 'string' ? expected : jestExpect.stringMatching(expected),
      );
    },
    async toHaveAttribute(name: string, expected: string) {
      const value = await settle(
        () => safely(() => one.getAttribute(name), null),
        (v) => v === expected,
        timeoutMs,
      );
      jestExpect(value).toBe(expected);
    },
    async toHaveAccessibleDescription(expected: string | RegExp) {
      const text = await settle(
        () => safely(() => accessibleDescription(one), ''),
        (t) => matches(t, expected),
        timeoutMs,
      );
      jestExpect(text).toEqual(typeof expected === 'string' ? expected : jestExpect.stringMatching(expected));
    },
    async toHaveCount(expected: number) {
      const count = await settle(
        () => safely(() => locator.count(), -1),
        (c) => c === expected,
        timeoutMs,
      );
      jestExpect(count).toBe(expected);
    },
  };
}
