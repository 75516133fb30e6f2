-- The driver service's profile table (spec/driver.yaml). A driver is an account with role
-- 'driver'; the row appears on the first change. Locations live in Redis GEO, not here.
CREATE TABLE driver_profile (
  account_id INT UNSIGNED NOT NULL,
  vehicle VARCHAR(100) NOT NULL DEFAULT '',
  plate VARCHAR(15) NOT NULL DEFAULT '',
  created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
  PRIMARY KEY (account_id),
  CONSTRAINT driver_profile_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
