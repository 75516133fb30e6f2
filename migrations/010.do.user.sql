-- The user service's tables (spec/user.yaml): a user's profile and saved addresses.
-- A user is an account with role 'user'; the profile row appears on the first change.
CREATE TABLE user_profile (
  account_id INT UNSIGNED NOT NULL,
  display_name VARCHAR(100) NOT NULL,
  created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
  PRIMARY KEY (account_id),
  CONSTRAINT user_profile_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Deleting an address is soft: orders reference the address they were placed with.
-- `address_user_live` serves "my addresses, newest first" as an index range.
CREATE TABLE address (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  user_id INT UNSIGNED NOT NULL,
  label VARCHAR(50) NOT NULL,
  street VARCHAR(500) NOT NULL,
  city_id INT UNSIGNED NOT NULL,
  lat DOUBLE NOT NULL,
  lng DOUBLE NOT NULL,
  created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
  deleted_at DATETIME(3) NULL,
  PRIMARY KEY (id),
  KEY address_user_live (user_id, deleted_at, id),
  CONSTRAINT address_user FOREIGN KEY (user_id) REFERENCES account (id),
  CONSTRAINT address_city FOREIGN KEY (city_id) REFERENCES city (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
