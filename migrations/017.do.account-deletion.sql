-- Issue 13: accounts are deleted through the API (docs/accounts.md). The row stays as a
-- tombstone, because orders keep referencing their user and driver for the books; its phone
-- number is removed (NULL, so that the number can register again: a unique key allows many
-- NULLs), and so is its password. `deleted_at` marks it: no read or write finds it any more.
ALTER TABLE account
  MODIFY phone_number VARCHAR(16) NULL,
  ADD COLUMN deleted_at DATETIME(3) NULL AFTER updated_at;
