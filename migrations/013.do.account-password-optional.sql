-- Issue 10: the first OTP verification discards a password chosen before the phone was
-- verified unless the grant confirms it; such an account has no password until it is reset.
ALTER TABLE account MODIFY password_hash VARCHAR(255) NULL;
