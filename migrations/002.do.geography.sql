-- Reference data: countries and their cities (seed 004's country/{id}/city example).
CREATE TABLE country (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  name VARCHAR(100) NOT NULL,
  iso_code CHAR(2) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY country_iso_code (iso_code),
  KEY country_name (name, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE city (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  country_id INT UNSIGNED NOT NULL,
  name VARCHAR(100) NOT NULL,
  province VARCHAR(100) NOT NULL,
  PRIMARY KEY (id),
  KEY city_country_name (country_id, name, id),
  CONSTRAINT city_country FOREIGN KEY (country_id) REFERENCES country (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Indonesia's provinces and their capitals.
INSERT INTO country (id, name, iso_code) VALUES (1, 'Indonesia', 'ID');
INSERT INTO city (country_id, name, province) VALUES
  (1, 'Banda Aceh', 'Aceh'),
  (1, 'Medan', 'Sumatera Utara'),
  (1, 'Padang', 'Sumatera Barat'),
  (1, 'Pekanbaru', 'Riau'),
  (1, 'Tanjung Pinang', 'Kepulauan Riau'),
  (1, 'Jambi', 'Jambi'),
  (1, 'Palembang', 'Sumatera Selatan'),
  (1, 'Pangkal Pinang', 'Kepulauan Bangka Belitung'),
  (1, 'Bengkulu', 'Bengkulu'),
  (1, 'Bandar Lampung', 'Lampung'),
  (1, 'Jakarta', 'DKI Jakarta'),
  (1, 'Bandung', 'Jawa Barat'),
  (1, 'Serang', 'Banten'),
  (1, 'Semarang', 'Jawa Tengah'),
  (1, 'Yogyakarta', 'DI Yogyakarta'),
  (1, 'Surabaya', 'Jawa Timur'),
  (1, 'Denpasar', 'Bali'),
  (1, 'Mataram', 'Nusa Tenggara Barat'),
  (1, 'Kupang', 'Nusa Tenggara Timur'),
  (1, 'Pontianak', 'Kalimantan Barat'),
  (1, 'Palangka Raya', 'Kalimantan Tengah'),
  (1, 'Banjarbaru', 'Kalimantan Selatan'),
  (1, 'Samarinda', 'Kalimantan Timur'),
  (1, 'Tanjung Selor', 'Kalimantan Utara'),
  (1, 'Manado', 'Sulawesi Utara'),
  (1, 'Gorontalo', 'Gorontalo'),
  (1, 'Palu', 'Sulawesi Tengah'),
  (1, 'Mamuju', 'Sulawesi Barat'),
  (1, 'Makassar', 'Sulawesi Selatan'),
  (1, 'Kendari', 'Sulawesi Tenggara'),
  (1, 'Ambon', 'Maluku'),
  (1, 'Sofifi', 'Maluku Utara'),
  (1, 'Jayapura', 'Papua'),
  (1, 'Manokwari', 'Papua Barat'),
  (1, 'Sorong', 'Papua Barat Daya'),
  (1, 'Nabire', 'Papua Tengah'),
  (1, 'Wamena', 'Papua Pegunungan'),
  (1, 'Merauke', 'Papua Selatan');
INSERT INTO country (id, name, iso_code) VALUES (2, 'Malaysia', 'MY');
INSERT INTO city (country_id, name, province) VALUES
  (2, 'Kuala Lumpur', 'Wilayah Persekutuan Kuala Lumpur'),
  (2, 'Johor Bahru', 'Johor'),
  (2, 'George Town', 'Pulau Pinang');
INSERT INTO country (id, name, iso_code) VALUES (3, 'Singapore', 'SG');
INSERT INTO city (country_id, name, province) VALUES
  (3, 'Singapore', 'Singapore');
