/**
 * What no request needs before the server is ready is loaded on first use (issue 14: start-up).
 * `onFirstUse(load)` gives a function that starts the load once and hands every caller the same
 * promise, so a request that arrives first simply awaits it; a failed load is tried again by the
 * next caller. `deferred(load)` is the same for a module-level load (a package, a precomputed
 * value), which `loadDeferred()` also starts: the server calls it once it listens, so the first
 * requests usually find everything loaded.
 */
const loaders: (() => Promise<unknown>)[] = [];

export function onFirstUse<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

export function deferred<T>(load: () => Promise<T>): () => Promise<T> {
  const get = onFirstUse(load);
  loaders.push(get);
  return get;
}

/** Starts every deferred load; resolves when all are done (rejects on the first failure). */
export async function loadDeferred(): Promise<void> {
  await Promise.all(loaders.map((get) => get()));
}
