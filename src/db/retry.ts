/**
 * One autocommit statement that InnoDB chose as a deadlock's victim was rolled back whole, and
 * nothing else of the request had been written: running it again is safe, where answering 500
 * would not be. Not for a statement inside a transaction (the whole transaction is rolled back).
 */
import { isDeadlock } from './constraints.ts';

export async function retryOnDeadlock<T>(statement: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await statement();
    } catch (error) {
      if (!isDeadlock(error) || attempt >= attempts) throw error;
    }
  }
}
