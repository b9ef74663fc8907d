import type { Page } from '@playwright/test';

/** Calls the services through the page’s own host and token, as the app itself would: to read what they stored, or to make what a test starts from. */
export function stored<T>(page: Page, name: string, input: object): Promise<T> {
  return page.evaluate(
    async ([name, input]) => {
      const token = new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(input),
      });
      const result = (await response.json()) as { ok: boolean; value: unknown; error?: { message: string } };
      if (!result.ok) throw new Error(result.error?.message);
      return result.value;
    },
    [name, input] as const,
  ) as Promise<T>;
}
