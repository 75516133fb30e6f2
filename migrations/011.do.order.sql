-- Orders: one table, written by the user service (create, cancel) and the driver service
-- (accept, pick up, deliver), each move one conditional UPDATE on `status`:
--   created -> accepted -> picked_up -> delivered;  created -> cancelled.
-- An order keeps its addresses and its products' names and prices as they were when it was
-- placed (the *_label/street/city_id/lat/lng columns and order_item), so later edits of an
-- address or a price never change it. Money is DECIMAL, computed exactly.
CREATE TABLE `order` (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  user_id INT UNSIGNED NOT NULL,
  driver_id INT UNSIGNED NULL,
  status ENUM('created', 'accepted', 'picked_up', 'delivered', 'cancelled') NOT NULL DEFAULT 'created',
  total DECIMAL(16, 2) NOT NULL,
  item_count INT UNSIGNED NOT NULL,
  pickup_address_id INT UNSIGNED NOT NULL,
  pickup_label VARCHAR(50) NOT NULL,
  pickup_street VARCHAR(500) NOT NULL,
  pickup_city_id INT UNSIGNED NOT NULL,
  pickup_lat DOUBLE NOT NULL,
  pickup_lng DOUBLE NOT NULL,
  dropoff_address_id INT UNSIGNED NOT NULL,
  dropoff_label VARCHAR(50) NOT NULL,
  dropoff_street VARCHAR(500) NOT NULL,
  dropoff_city_id INT UNSIGNED NOT NULL,
  dropoff_lat DOUBLE NOT NULL,
  dropoff_lng DOUBLE NOT NULL,
  -- Idempotency-Key of the request that placed it, per user, with a SHA-256 of that
  -- request's body: a retry finds the order in the same transaction-safe unique index.
  idempotency_key VARCHAR(64) NULL,
  request_hash CHAR(64) NULL,
  created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
  accepted_at DATETIME(3) NULL,
  picked_up_at DATETIME(3) NULL,
  delivered_at DATETIME(3) NULL,
  cancelled_at DATETIME(3) NULL,
  PRIMARY KEY (id),
  UNIQUE KEY order_idempotency (user_id, idempotency_key),
  KEY order_user (user_id, id),
  KEY order_driver (driver_id, accepted_at, id),
  -- Offers: created orders in a latitude band around the driver.
  KEY order_open_pickup (status, pickup_lat),
  CONSTRAINT order_user_fk FOREIGN KEY (user_id) REFERENCES account (id),
  CONSTRAINT order_driver_fk FOREIGN KEY (driver_id) REFERENCES account (id),
  CONSTRAINT order_pickup_address_fk FOREIGN KEY (pickup_address_id) REFERENCES address (id),
  CONSTRAINT order_dropoff_address_fk FOREIGN KEY (dropoff_address_id) REFERENCES address (id),
  CONSTRAINT order_pickup_city_fk FOREIGN KEY (pickup_city_id) REFERENCES city (id),
  CONSTRAINT order_dropoff_city_fk FOREIGN KEY (dropoff_city_id) REFERENCES city (id),
  CONSTRAINT order_driver_when_taken CHECK ((status IN ('created', 'cancelled')) = (driver_id IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE order_item (
  order_id INT UNSIGNED NOT NULL,
  position TINYINT UNSIGNED NOT NULL,
  product_id INT UNSIGNED NOT NULL,
  name VARCHAR(200) NOT NULL,
  unit_price DECIMAL(12, 2) NOT NULL,
  quantity SMALLINT UNSIGNED NOT NULL,
  line_total DECIMAL(14, 2) NOT NULL,
  PRIMARY KEY (order_id, position),
  UNIQUE KEY order_item_product (order_id, product_id),
  KEY order_item_by_product (product_id),
  CONSTRAINT order_item_order_fk FOREIGN KEY (order_id) REFERENCES `order` (id) ON DELETE CASCADE,
  CONSTRAINT order_item_product_fk FOREIGN KEY (product_id) REFERENCES product (id),
  CONSTRAINT order_item_quantity CHECK (quantity BETWEEN 1 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
