/**
 * The contract's handlers still running. A server with no open connection may still have
 * some: a client that gave up closed its connection, but its handler goes on, and may still
 * write. Shutdown waits for them before it closes the database pool and Redis under them.
 */
export class InFlight {
  #running = 0;
  #waiting: (() => void)[] = [];

  started(): void {
    this.#running += 1;
  }

  finished(): void {
    this.#running -= 1;
    if (this.#running === 0) for (const resolve of this.#waiting.splice(0)) resolve();
  }

  /** Resolves when no handler runs. */
  idle(): Promise<void> {
    return this.#running === 0 ? Promise.resolve() : new Promise((resolve) => this.#waiting.push(resolve));
  }
}
