-- Migration 016 created order_day_summary without a collation, so it took the database's default.
-- db-setup creates databases as utf8mb4_unicode_ci, but a database made by something else (the
-- compose file's MYSQL_DATABASE, an operator) defaults to the server's (utf8mb4_general_ci on
-- MariaDB). The triggers then compare `order`.currency (utf8mb4_unicode_ci, like every table
-- since 001) with the summary's currency, and cancelling, delivering or placing an order failed
-- with "Illegal mix of collations" (500). The table now says its collation, like the others;
-- so does row_count (migration 001), which had the same gap.
ALTER TABLE order_day_summary CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
ALTER TABLE row_count CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
