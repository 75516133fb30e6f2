/** MySQL constraint violations, told apart for the repositories that translate them. */
import { describe, expect, it } from 'vitest';
import { isBrokenReference, isDeadlock, isDuplicate } from '../../src/db/constraints.ts';

const mysqlError = (code: string, message: string) => Object.assign(new Error(message), { code });
const orderDriver = mysqlError(
  'ER_NO_REFERENCED_ROW_2',
  'Cannot add or update a child row: a foreign key constraint fails (`delivery`.`order`, CONSTRAINT `order_driver_fk` FOREIGN KEY (`driver_id`) REFERENCES `account` (`id`))',
);

describe('constraint violations', () => {
  it.each([
    ['the named foreign key', { error: orderDriver, constraint: 'order_driver_fk', want: true }],
    ['another foreign key', { error: orderDriver, constraint: 'order_user_fk', want: false }],
    ['a name that is only a prefix', { error: orderDriver, constraint: 'order_driver', want: false }],
    [
      'not a foreign key error',
      { error: new Error('`order_driver_fk`'), constraint: 'order_driver_fk', want: false },
    ],
    ['not an error at all', { error: null, constraint: 'order_driver_fk', want: false }],
  ])('isBrokenReference: %s', (_name, { error, constraint, want }) => {
    expect(isBrokenReference(error, constraint)).toBe(want);
  });

  it('isDuplicate tells the key, isDeadlock the code', () => {
    const duplicate = mysqlError('ER_DUP_ENTRY', "Duplicate entry '7-abc' for key 'order_idempotency'");
    expect(isDuplicate(duplicate, 'order_idempotency')).toBe(true);
    expect(isDuplicate(duplicate, 'phone_number')).toBe(false);
    expect(isDuplicate(duplicate)).toBe(true);
    expect(isDeadlock(mysqlError('ER_LOCK_DEADLOCK', 'Deadlock found'))).toBe(true);
    expect(isDeadlock(duplicate)).toBe(false);
  });
});
