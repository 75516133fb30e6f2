/**
 * `npm run db:seed`: development data in the configured database (DATABASE_URL, default from
 * src/config.ts). Idempotent; prints what it did.
 *   - seed 000's three sample products, restyled as in spec/core.yaml's examples (ids 7, 8, 9),
 *     when no live product of that name exists;
 *   - `--products N`: tops the catalogue up to N live products with generated names and prices
 *     (deterministic, Indonesian delivery-platform flavour, prices around each item's typical one), in batched multi-row INSERTs inside
 *     one transaction (the row_count triggers keep the list's total up to date).
 * Run `npm run db:setup` first (it creates the database and applies the migrations).
 */
import { parseArgs } from 'node:util';
import mysql, { type RowDataPacket } from 'mysql2/promise';
import { loadConfig } from '../src/config.ts';

const BATCH_ROWS = 1000;

interface Sample {
  id: number;
  name: string;
  price: number;
  createdAt: string;
}

/** Seed 000's products: original names and prices, the restyling of spec/core.yaml's examples. */
const samples: readonly Sample[] = [
  { id: 7, name: '1kdkd', price: 29922, createdAt: '2018-03-09T04:24:12Z' },
  { id: 8, name: 'Satu Dua Tiga', price: 12_000_000, createdAt: '2018-03-09T04:26:38Z' },
  { id: 9, name: 'Empat Lima', price: 220_000, createdAt: '2018-03-09T04:28:50Z' },
];

interface Category {
  /** Item name and its typical price in rupiah. */
  items: readonly (readonly [string, number])[];
  /** Food and drinks: "<item> <variant>"; goods: "<house brand> <item>". */
  variants: readonly string[];
  brandFirst: boolean;
}

const categories: readonly Category[] = [
  {
    items: [
      ['Nasi Goreng', 25_000],
      ['Mie Goreng', 22_000],
      ['Mie Ayam', 18_000],
      ['Sate Ayam', 30_000],
      ['Sate Kambing', 45_000],
      ['Soto Betawi', 35_000],
      ['Soto Ayam Lamongan', 22_000],
      ['Bakso Urat', 25_000],
      ['Gado-Gado', 20_000],
      ['Ayam Geprek', 22_000],
      ['Nasi Uduk', 18_000],
      ['Rendang Sapi', 40_000],
      ['Martabak Manis', 45_000],
      ['Martabak Telur', 40_000],
      ['Pempek Kapal Selam', 28_000],
      ['Bubur Ayam', 17_000],
      ['Nasi Padang', 30_000],
      ['Ayam Bakar Taliwang', 42_000],
      ['Ikan Bakar Jimbaran', 65_000],
      ['Lontong Sayur', 17_000],
      ['Ketoprak', 18_000],
      ['Rawon', 32_000],
      ['Gudeg Jogja', 28_000],
      ['Nasi Campur Bali', 35_000],
      ['Siomay Bandung', 20_000],
    ],
    variants: ['Spesial', 'Pedas', 'Original', 'Jumbo', 'Komplit', 'Telur', 'Keju', 'Level 3', 'Porsi Kecil'],
    brandFirst: false,
  },
  {
    items: [
      ['Kopi Susu Gula Aren', 22_000],
      ['Es Teh Manis', 6_000],
      ['Es Jeruk Peras', 10_000],
      ['Teh Tarik', 15_000],
      ['Jus Alpukat', 18_000],
      ['Es Cendol', 12_000],
      ['Kopi Tubruk', 10_000],
      ['Matcha Latte', 32_000],
      ['Es Kelapa Muda', 15_000],
      ['Wedang Jahe', 10_000],
      ['Es Doger', 13_000],
      ['Cokelat Panas', 25_000],
    ],
    variants: ['Regular', 'Large', 'Less Sugar', '250 ml', '1 L', 'Hangat', 'Dingin'],
    brandFirst: false,
  },
  {
    items: [
      ['Beras Pandan Wangi 5 kg', 78_000],
      ['Minyak Goreng 2 L', 36_000],
      ['Gula Pasir 1 kg', 18_000],
      ['Telur Ayam Negeri 1 kg', 29_000],
      ['Tepung Terigu 1 kg', 13_000],
      ['Kecap Manis 520 ml', 24_000],
      ['Sambal Bawang 340 ml', 21_000],
      ['Susu UHT Full Cream 1 L', 19_000],
      ['Roti Tawar Gandum', 17_000],
      ['Mie Instan Goreng (5 pcs)', 16_000],
      ['Air Mineral 600 ml (24 pcs)', 52_000],
      ['Sabun Cuci Piring 780 ml', 15_000],
      ['Deterjen Bubuk 1.8 kg', 38_000],
    ],
    variants: ['Sinar', 'Nusantara', 'Merapi', 'Cahaya', 'Bintang', 'Mandiri', 'Sari Rasa', 'Pelangi'],
    brandFirst: true,
  },
  {
    items: [
      ['Rice Cooker 1.8 L', 450_000],
      ['Kipas Angin Berdiri 16"', 320_000],
      ['Blender Kaca 1.5 L', 380_000],
      ['Setrika Uap', 275_000],
      ['Power Bank 10000 mAh', 210_000],
      ['Headset Bluetooth', 350_000],
      ['Lampu LED 12 W', 45_000],
      ['Dispenser Air Galon', 1_100_000],
      ['Smartphone 128 GB', 3_200_000],
      ['Televisi LED 43"', 4_500_000],
      ['Kulkas 2 Pintu', 4_100_000],
      ['Mesin Cuci 8 kg', 3_600_000],
    ],
    variants: ['Sinar', 'Nusantara', 'Merapi', 'Cahaya', 'Bintang', 'Garuda', 'Samudra'],
    brandFirst: true,
  },
];

/** mulberry32: a small seeded generator, so a given top-up always generates the same catalogue. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

interface Generated {
  name: string;
  price: string;
  imageUrl: string;
  createdAt: Date;
}

/** The `index`-th generated product (its number in the catalogue, for a unique image URL). */
function generate(next: () => number, index: number, createdAt: Date): Generated {
  const category = pick(next, categories);
  const [item, typical] = pick(next, category.items);
  const variant = pick(next, category.variants);
  const name = category.brandFirst ? `${variant} ${item}` : `${item} ${variant}`;
  // Within -30% .. +50% of the typical price, rounded like a shop would.
  const raw = typical * (0.7 + 0.8 * next());
  const step = raw >= 1_000_000 ? 50_000 : raw >= 100_000 ? 1_000 : 500;
  const price = Math.max(step, Math.round(raw / step) * step);
  return {
    name,
    price: price.toFixed(2),
    imageUrl: `https://images.example.com/product/${slug(name)}-${index}.jpg`,
    createdAt,
  };
}

function usage(message: string): never {
  console.error(`${message}\nusage: node scripts/seed.ts [--products N]`);
  process.exit(2);
}

const { values } = parseArgs({ options: { products: { type: 'string' } }, strict: true });
let target: number | undefined;
if (values.products !== undefined) {
  target = Number(values.products);
  if (!Number.isSafeInteger(target) || target < 0)
    usage(`--products must be a whole number, got '${values.products}'`);
}

const { databaseUrl } = loadConfig();
const database = new URL(databaseUrl).pathname.slice(1);
let connection: mysql.Connection;
try {
  connection = await mysql.createConnection({ uri: databaseUrl, timezone: 'Z' });
} catch (error) {
  console.error(
    `cannot connect to database '${database}' (DATABASE_URL): ${(error as Error).message}\n` +
      'Create it with `npm run db:setup` (same DATABASE_URL).',
  );
  process.exit(1);
}

try {
  await connection.query("SET time_zone = '+00:00'");

  // 1. Seed 000's products, when missing (by name: the collation compares case-insensitively).
  const added: string[] = [];
  for (const sample of samples) {
    const [live] = await connection.execute<RowDataPacket[]>(
      'SELECT id FROM product WHERE name = ? AND deleted_at IS NULL LIMIT 1',
      [sample.name],
    );
    if (live.length > 0) continue;
    // Its spec id when that id was never used, else the next one.
    const [taken] = await connection.execute<RowDataPacket[]>('SELECT id FROM product WHERE id = ?', [
      sample.id,
    ]);
    const id = taken.length === 0 ? sample.id : null;
    const createdAt = new Date(sample.createdAt);
    const [result] = await connection.execute<mysql.ResultSetHeader>(
      'INSERT INTO product (id, name, price, image_url, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
      [
        id,
        sample.name,
        sample.price.toFixed(2),
        `https://images.example.com/product/${slug(sample.name)}.jpg`,
        createdAt,
        createdAt,
      ],
    );
    added.push(`${result.insertId} '${sample.name}'`);
  }
  console.log(
    added.length > 0
      ? `seed 000 sample products added: ${added.join(', ')}`
      : 'seed 000 sample products already present',
  );

  // 2. Top the catalogue up to --products live products.
  const [[counted]] = await connection.query<RowDataPacket[]>(
    'SELECT COUNT(*) AS live, MAX(created_at) AS newest FROM product WHERE deleted_at IS NULL',
  );
  const live = Number(counted?.live ?? 0);
  if (target === undefined) {
    console.log(`catalogue of '${database}': ${live} live products (pass --products N to top it up)`);
  } else if (live >= target) {
    console.log(`catalogue of '${database}': ${live} live products, already >= ${target}; nothing generated`);
  } else {
    const missing = target - live;
    const started = performance.now();
    // created_at rises with the id, spread over the year before now (newest first = highest id).
    const now = Date.now();
    const newest = counted?.newest instanceof Date ? counted.newest.getTime() : 0;
    const from = Math.min(now - 1000, Math.max(now - 365 * 86_400_000, newest + 1000));
    const spacing = (now - from) / missing;
    const next = random(live + 1);
    await connection.beginTransaction();
    try {
      for (let done = 0; done < missing; done += BATCH_ROWS) {
        const rows = Math.min(BATCH_ROWS, missing - done);
        const params: (string | Date)[] = [];
        for (let i = 0; i < rows; i++) {
          const product = generate(next, live + done + i + 1, new Date(from + (done + i) * spacing));
          params.push(product.name, product.price, product.imageUrl, product.createdAt, product.createdAt);
        }
        await connection.query(
          `INSERT INTO product (name, price, image_url, created_at, updated_at) VALUES ${Array(rows).fill('(?, ?, ?, ?, ?)').join(', ')}`,
          params,
        );
      }
      await connection.commit();
    } catch (error) {
      await connection.rollback();
      throw error;
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    console.log(
      `catalogue of '${database}': generated ${missing} products in ${Math.ceil(missing / BATCH_ROWS)} batch(es), ` +
        `${seconds} s; now ${target} live products`,
    );
  }
} finally {
  await connection.end();
}
