/** How many writes a client makes to its socket while some work runs (pipelining, batching). */
import type { Socket } from 'node:net';
import { vi } from 'vitest';

/** Counts the writes to `socket` while `work` runs. */
export async function writesDuring(socket: Socket, work: () => Promise<unknown>): Promise<number> {
  const writes = vi.spyOn(socket, 'write');
  try {
    await work();
    return writes.mock.calls.length;
  } finally {
    writes.mockRestore();
  }
}
