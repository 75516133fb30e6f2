-- Issue 13: an order has one currency, the currency of all its products. Orders placed before
-- it were summed without reading a currency; every product created through v1 is IDR and v2's
-- non-IDR products came later, so those orders are recorded as IDR.
-- The default is for those rows and for fixtures that insert IDR orders directly (bench/); the
-- order service always writes the currency it priced the order in.
ALTER TABLE `order` ADD COLUMN currency CHAR(3) NOT NULL DEFAULT 'IDR' AFTER total;
