/**
 * MySQL constraint violations, told apart by their error code and constraint name, so that
 * repositories can translate them into the domain's errors (src/errors.ts `problems`).
 */
const codeOf = (error: unknown): unknown => (error as { code?: unknown } | null)?.code;
const messageOf = (error: unknown): string => {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : '';
};

/** A write that points at a row that does not exist, through this foreign key constraint. */
export function isBrokenReference(error: unknown, constraint: string): boolean {
  return codeOf(error) === 'ER_NO_REFERENCED_ROW_2' && messageOf(error).includes(`\`${constraint}\``);
}

/** A write that repeats a value of this unique key. */
export function isDuplicate(error: unknown, key?: string): boolean {
  return codeOf(error) === 'ER_DUP_ENTRY' && (key === undefined || messageOf(error).includes(key));
}

/** A transaction MySQL chose to roll back to break a deadlock: safe to run again. */
export const isDeadlock = (error: unknown): boolean => codeOf(error) === 'ER_LOCK_DEADLOCK';
