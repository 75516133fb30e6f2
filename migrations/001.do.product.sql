-- The product catalogue (seed 000, restyled). Deleting a product is soft, so that orders
-- keep their history; `product_live` serves the newest-first list as an index-only scan.
CREATE TABLE product (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  name VARCHAR(200) NOT NULL,
  price DECIMAL(12, 2) NOT NULL,
  image_url VARCHAR(2000) NOT NULL,
  created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
  deleted_at DATETIME(3) NULL,
  PRIMARY KEY (id),
  KEY product_live (deleted_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Live row counts kept by triggers, so a list page never runs COUNT(*) over the table.
CREATE TABLE row_count (
  name VARCHAR(64) NOT NULL,
  total BIGINT NOT NULL,
  PRIMARY KEY (name)
) ENGINE = InnoDB;

INSERT INTO row_count (name, total) VALUES ('product', 0);

CREATE TRIGGER product_count_insert AFTER INSERT ON product FOR EACH ROW
  UPDATE row_count SET total = total + (NEW.deleted_at IS NULL) WHERE name = 'product';

CREATE TRIGGER product_count_update AFTER UPDATE ON product FOR EACH ROW
  UPDATE row_count SET total = total + (NEW.deleted_at IS NULL) - (OLD.deleted_at IS NULL) WHERE name = 'product';

CREATE TRIGGER product_count_delete AFTER DELETE ON product FOR EACH ROW
  UPDATE row_count SET total = total - (OLD.deleted_at IS NULL) WHERE name = 'product';
