-- Issue 13: the back office's order report (spec/report.yaml) reads orders and revenue per UTC
-- day, drop-off city and currency. Aggregating the orders at read time scans every order of the
-- range (a year of 1M orders: seconds, docs/reports.md), so the counts are kept here, per day,
-- city and currency, by triggers on every write of an order, and a year is at most
-- 366 x cities x currencies rows.
CREATE TABLE order_day_summary (
  day DATE NOT NULL,
  city_id INT UNSIGNED NOT NULL,
  currency CHAR(3) NOT NULL,
  order_count INT UNSIGNED NOT NULL,
  cancelled_count INT UNSIGNED NOT NULL,
  delivered_count INT UNSIGNED NOT NULL,
  -- Sum of the delivered orders' totals: what the users paid (they pay on delivery).
  revenue DECIMAL(20, 2) NOT NULL,
  PRIMARY KEY (day, city_id, currency)
) ENGINE = InnoDB;

-- Writes are held while the triggers are created and the existing orders counted, so no order is
-- missed or counted twice.
LOCK TABLES `order` WRITE, order_day_summary WRITE;

CREATE TRIGGER order_summary_insert AFTER INSERT ON `order` FOR EACH ROW
  INSERT INTO order_day_summary (day, city_id, currency, order_count, cancelled_count, delivered_count, revenue)
    VALUES (DATE(NEW.created_at), NEW.dropoff_city_id, NEW.currency, 1, NEW.status = 'cancelled',
            NEW.status = 'delivered', IF(NEW.status = 'delivered', NEW.total, 0))
  ON DUPLICATE KEY UPDATE order_count = order_count + 1,
    cancelled_count = cancelled_count + (NEW.status = 'cancelled'),
    delivered_count = delivered_count + (NEW.status = 'delivered'),
    revenue = revenue + IF(NEW.status = 'delivered', NEW.total, 0);

-- Orders only change status once placed; the other columns are compared so that any other
-- change still moves the order between rows exactly.
CREATE TRIGGER order_summary_update AFTER UPDATE ON `order` FOR EACH ROW
BEGIN
  IF NOT (OLD.status <=> NEW.status AND OLD.created_at <=> NEW.created_at
          AND OLD.dropoff_city_id <=> NEW.dropoff_city_id AND OLD.currency <=> NEW.currency
          AND OLD.total <=> NEW.total) THEN
    UPDATE order_day_summary
       SET order_count = order_count - 1,
           cancelled_count = cancelled_count - (OLD.status = 'cancelled'),
           delivered_count = delivered_count - (OLD.status = 'delivered'),
           revenue = revenue - IF(OLD.status = 'delivered', OLD.total, 0)
     WHERE day = DATE(OLD.created_at) AND city_id = OLD.dropoff_city_id AND currency = OLD.currency;
    INSERT INTO order_day_summary (day, city_id, currency, order_count, cancelled_count, delivered_count, revenue)
      VALUES (DATE(NEW.created_at), NEW.dropoff_city_id, NEW.currency, 1, NEW.status = 'cancelled',
              NEW.status = 'delivered', IF(NEW.status = 'delivered', NEW.total, 0))
    ON DUPLICATE KEY UPDATE order_count = order_count + 1,
      cancelled_count = cancelled_count + (NEW.status = 'cancelled'),
      delivered_count = delivered_count + (NEW.status = 'delivered'),
      revenue = revenue + IF(NEW.status = 'delivered', NEW.total, 0);
  END IF;
END;

CREATE TRIGGER order_summary_delete AFTER DELETE ON `order` FOR EACH ROW
  UPDATE order_day_summary
     SET order_count = order_count - 1,
         cancelled_count = cancelled_count - (OLD.status = 'cancelled'),
         delivered_count = delivered_count - (OLD.status = 'delivered'),
         revenue = revenue - IF(OLD.status = 'delivered', OLD.total, 0)
   WHERE day = DATE(OLD.created_at) AND city_id = OLD.dropoff_city_id AND currency = OLD.currency;

INSERT INTO order_day_summary (day, city_id, currency, order_count, cancelled_count, delivered_count, revenue)
  SELECT DATE(created_at), dropoff_city_id, currency, COUNT(*), SUM(status = 'cancelled'),
         SUM(status = 'delivered'), SUM(IF(status = 'delivered', total, 0))
    FROM `order`
   GROUP BY DATE(created_at), dropoff_city_id, currency;

UNLOCK TABLES;
