-- Issue 13: a driver holds at most one active (accepted or picked up) delivery. The database
-- enforces it, so that it holds under concurrency: `active_driver_id` is the driver of an
-- active delivery and NULL otherwise, and its unique key refuses a second one (many NULLs
-- are allowed). Deliveries a driver already held in parallel before this rule finish as they
-- are: all but the newest are marked `parallel_before_limit` and stay out of the key.
ALTER TABLE `order` ADD COLUMN parallel_before_limit TINYINT(1) NOT NULL DEFAULT 0;

UPDATE `order` o
  JOIN (SELECT driver_id, MAX(id) AS newest FROM `order`
         WHERE status IN ('accepted', 'picked_up') GROUP BY driver_id) held
    ON held.driver_id = o.driver_id
   SET o.parallel_before_limit = 1
 WHERE o.status IN ('accepted', 'picked_up') AND o.id <> held.newest;

ALTER TABLE `order`
  ADD COLUMN active_driver_id INT UNSIGNED
    AS (IF(status IN ('accepted', 'picked_up') AND parallel_before_limit = 0, driver_id, NULL)) PERSISTENT,
  ADD UNIQUE KEY order_one_active_delivery (active_driver_id);
