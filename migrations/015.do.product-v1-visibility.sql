-- Issue 13: v1 product answers carry a bare number that v1 clients show as rupiah, so v1 sees only
-- IDR products (docs/money.md). Its list reads live IDR ids newest first from this index, and
-- takes its total from a row_count kept by the triggers, as the v2 list does.
CREATE INDEX product_live_currency ON product (currency, deleted_at, id);

INSERT INTO row_count (name, total)
  SELECT 'product_idr', COUNT(*) FROM product WHERE deleted_at IS NULL AND currency = 'IDR';

DROP TRIGGER product_count_insert;
DROP TRIGGER product_count_update;
DROP TRIGGER product_count_delete;

CREATE TRIGGER product_count_insert AFTER INSERT ON product FOR EACH ROW
  UPDATE row_count SET total = total + CASE name
      WHEN 'product' THEN (NEW.deleted_at IS NULL)
      ELSE (NEW.deleted_at IS NULL AND NEW.currency = 'IDR') END
    WHERE name IN ('product', 'product_idr');

CREATE TRIGGER product_count_update AFTER UPDATE ON product FOR EACH ROW
  UPDATE row_count SET total = total + CASE name
      WHEN 'product' THEN (NEW.deleted_at IS NULL) - (OLD.deleted_at IS NULL)
      ELSE (NEW.deleted_at IS NULL AND NEW.currency = 'IDR') - (OLD.deleted_at IS NULL AND OLD.currency = 'IDR') END
    WHERE name IN ('product', 'product_idr');

CREATE TRIGGER product_count_delete AFTER DELETE ON product FOR EACH ROW
  UPDATE row_count SET total = total - CASE name
      WHEN 'product' THEN (OLD.deleted_at IS NULL)
      ELSE (OLD.deleted_at IS NULL AND OLD.currency = 'IDR') END
    WHERE name IN ('product', 'product_idr');
