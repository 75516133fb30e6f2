-- Issue 13/14: the report's summary row of a day, city and currency is a hot spot (every write
-- of an order of that day and city waits on it). Only placing, cancelling, delivering (and a
-- change of day, city, currency or total) change what the row counts; accepting and picking up
-- no longer touch it, so a driver's moves never wait on the report, nor take part in a deadlock
-- with the user's cancel of the same day and city.
DROP TRIGGER order_summary_update;

CREATE TRIGGER order_summary_update AFTER UPDATE ON `order` FOR EACH ROW
BEGIN
  IF NOT ((OLD.status = 'cancelled') <=> (NEW.status = 'cancelled')
          AND (OLD.status = 'delivered') <=> (NEW.status = 'delivered')
          AND OLD.created_at <=> NEW.created_at AND OLD.dropoff_city_id <=> NEW.dropoff_city_id
          AND OLD.currency <=> NEW.currency AND OLD.total <=> NEW.total) THEN
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
