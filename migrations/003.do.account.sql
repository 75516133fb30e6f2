-- Accounts (seed 000 item 2): phone number and argon2id password hash; the hash never
-- leaves the database. Admin accounts are created by operators (`npm run account:admin`).
CREATE TABLE account (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  phone_number VARCHAR(16) NOT NULL,
  password_hash VARCHAR(255) NOT NULL,
  role ENUM('user', 'driver', 'admin') NOT NULL,
  phone_verified_at DATETIME(3) NULL,
  created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
  PRIMARY KEY (id),
  UNIQUE KEY account_phone_number (phone_number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
