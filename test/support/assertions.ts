/** Checks shared by the integration tests. */
import { expect } from 'vitest';

/** SG-14: no `null` anywhere in a response body. Returns the JSON paths of any nulls found. */
export function nullPaths(value: unknown, path = '$'): string[] {
  if (value === null) return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => nullPaths(item, `${path}[${index}]`));
  if (typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => nullPaths(item, `${path}.${key}`));
  }
  return [];
}

/** Reads a JSON response, asserting its status and that it is JSON without nulls. */
export async function jsonOf(response: Response, status: number): Promise<Record<string, unknown>> {
  const text = await response.text();
  expect(response.status, `status of ${response.url}: ${text}`).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const body = JSON.parse(text) as Record<string, unknown>;
  expect(nullPaths(body)).toEqual([]);
  return body;
}
