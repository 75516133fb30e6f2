-- Product v2 (SG-01): a price has a currency, and a product has variants (seed 001's
-- "variants by category, v2"). v1 keeps reading the same rows through its own transformers.
ALTER TABLE product ADD COLUMN currency CHAR(3) NOT NULL DEFAULT 'IDR' AFTER price;

CREATE TABLE product_variant (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  product_id INT UNSIGNED NOT NULL,
  name VARCHAR(100) NOT NULL,
  price DECIMAL(12, 2) NOT NULL,
  position SMALLINT UNSIGNED NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY product_variant_position (product_id, position),
  CONSTRAINT product_variant_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
