/**
 * Work that InnoDB chose as a deadlock's victim was rolled back whole: running it again is
 * safe, where answering 500 would not be. The work is one autocommit statement or a whole
 * transaction, never a statement inside a transaction (its transaction is rolled back with it).
 */
import { isDeadlock } from './constraints.ts';

export async function retryOnDeadlock<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!isDeadlock(error) || attempt >= attempts) throw error;
    }
  }
}
