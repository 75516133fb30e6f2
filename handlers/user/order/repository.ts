/**
 * Orders in MySQL, from the user's side: place (one transaction), list, read, cancel. SQL only;
 * the checks and prices of a new order are decided by the caller on what the transaction read.
 */
import { batch } from '../../../src/db/mysql.ts';
import { retryOnDeadlock } from '../../../src/db/retry.ts';
import type { Pool, PoolConnection, ResultSetHeader, RowDataPacket } from 'mysql2/promise';
import type { OrderStatus } from '../../../src/order-state.ts';
import type { AddressSnapshot, Pricing, ProductSnapshot } from './pricing.ts';
import { isDuplicate } from '../../../src/db/constraints.ts';
import { problems } from '../../../src/errors.ts';
import type { Page } from '../../../src/runtime/paging.ts';

export interface OrderDraft {
  items: readonly { product_id: number; quantity: number }[];
  pickup_address_id: number;
  dropoff_address_id: number;
}

export interface Idempotency {
  key: string;
  requestHash: string;
}

/** What the caller decides on the locked rows: the order to insert, or why not. */
export type Decide = (addresses: AddressSnapshot[], products: ProductSnapshot[]) => Pricing;

export type Placement =
  | { kind: 'created'; id: number }
  /** Another request with the same Idempotency-Key placed its order first. */
  | { kind: 'duplicate' };

export interface OrderSummaryRecord {
  id: number;
  status: OrderStatus;
  total: string;
  /** ISO 4217: the currency of the total and of every line. */
  currency: string;
  itemCount: number;
  driverId: number | undefined;
  createdAt: Date;
  updatedAt: Date;
}

export interface OrderPlaceRecord {
  addressId: number;
  label: string;
  street: string;
  cityId: number;
  lat: number;
  lng: number;
}

export interface OrderLineRecord {
  productId: number;
  name: string;
  unitPrice: string;
  quantity: number;
  lineTotal: string;
}

export interface OrderRecord extends OrderSummaryRecord {
  items: OrderLineRecord[];
  pickup: OrderPlaceRecord;
  dropoff: OrderPlaceRecord;
  acceptedAt: Date | undefined;
  pickedUpAt: Date | undefined;
  deliveredAt: Date | undefined;
  cancelledAt: Date | undefined;
}

/** Outcome of a conditional state change. */
export type Move = { moved: true } | { moved: false; current: OrderStatus | undefined };

export interface OrderRepository {
  /** The order this user placed with this Idempotency-Key, and the hash of that request. */
  findByIdempotencyKey(userId: number, key: string): Promise<{ id: number; requestHash: string } | undefined>;
  /**
   * In one transaction: reads the user's live addresses and the products of the draft (shared
   * locks, so neither can be deleted or repriced until the order is in), lets `decide` check
   * and price, and inserts the order and its lines.
   */
  place(
    userId: number,
    draft: OrderDraft,
    idempotency: Idempotency | undefined,
    decide: Decide,
  ): Promise<Placement>;
  /** One page of the user's orders, newest first. */
  listPage(userId: number, offset: number, limit: number): Promise<Page<OrderSummaryRecord>>;
  findById(userId: number, id: number): Promise<OrderRecord | undefined>;
  /** created -> cancelled, for this user's order only. */
  cancel(userId: number, id: number): Promise<Move>;
}

interface AddressRow extends RowDataPacket {
  id: number;
  label: string;
  street: string;
  city_id: number;
  lat: number;
  lng: number;
}

interface ProductRow extends RowDataPacket {
  id: number;
  name: string;
  price: string;
  currency: string;
  deleted: number;
}

interface OrderRow extends RowDataPacket {
  id: number;
  status: OrderStatus;
  total: string;
  currency: string;
  item_count: number;
  driver_id: number | null;
  created_at: Date;
  updated_at: Date;
}

interface OrderDetailRow extends OrderRow {
  pickup_address_id: number;
  pickup_label: string;
  pickup_street: string;
  pickup_city_id: number;
  pickup_lat: number;
  pickup_lng: number;
  dropoff_address_id: number;
  dropoff_label: string;
  dropoff_street: string;
  dropoff_city_id: number;
  dropoff_lat: number;
  dropoff_lng: number;
  accepted_at: Date | null;
  picked_up_at: Date | null;
  delivered_at: Date | null;
  cancelled_at: Date | null;
}

interface LineRow extends RowDataPacket {
  product_id: number;
  name: string;
  unit_price: string;
  quantity: number;
  line_total: string;
}

const toSummary = (row: OrderRow): OrderSummaryRecord => ({
  id: row.id,
  status: row.status,
  total: row.total,
  currency: row.currency,
  itemCount: row.item_count,
  driverId: row.driver_id ?? undefined,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** InnoDB may pick a waiting transaction as a deadlock victim; the whole transaction is retried. */
const RETRIES = 3;

/** The id the order's INSERT just took, for its lines in the same round trip. */
const ORDER_ID = { toSqlString: () => 'LAST_INSERT_ID()' };

/**
 * Two round trips (`batch`): the transaction's start with both reads, then, once `decide` has
 * priced the order, both inserts with the commit. Six statements one by one cost half as much
 * again of the server's CPU per order (docs/performance.md, "Order creation").
 */
async function placeOnce(
  connection: PoolConnection,
  userId: number,
  draft: OrderDraft,
  idempotency: Idempotency | undefined,
  decide: Decide,
): Promise<Placement> {
  try {
    const [, addressRows, productRows] = await batch<[ResultSetHeader, AddressRow[], ProductRow[]]>(
      connection,
      [
        { sql: 'START TRANSACTION' },
        {
          sql: `SELECT id, label, street, city_id, lat, lng FROM address
                 WHERE user_id = ? AND deleted_at IS NULL AND id IN (?, ?) LOCK IN SHARE MODE`,
          values: [userId, draft.pickup_address_id, draft.dropoff_address_id],
        },
        {
          sql: `SELECT id, name, price, currency, deleted_at IS NOT NULL AS deleted FROM product
                 WHERE id IN (?) LOCK IN SHARE MODE`,
          values: [draft.items.map((item) => item.product_id)],
        },
      ],
    );
    const decision = decide(
      addressRows.map((row) => ({
        id: row.id,
        label: row.label,
        street: row.street,
        cityId: row.city_id,
        lat: row.lat,
        lng: row.lng,
      })),
      productRows.map((row) => ({
        id: row.id,
        name: row.name,
        price: row.price,
        currency: row.currency,
        deleted: row.deleted === 1,
      })),
    );
    if (!decision.ok) {
      await connection.rollback();
      throw problems.orderNotPlaceable(decision.errors);
    }
    const { order } = decision;
    const [inserted] = await batch<[ResultSetHeader, ResultSetHeader, ResultSetHeader]>(connection, [
      {
        sql: `INSERT INTO \`order\` (user_id, total, currency, item_count,
                pickup_address_id, pickup_label, pickup_street, pickup_city_id, pickup_lat, pickup_lng,
                dropoff_address_id, dropoff_label, dropoff_street, dropoff_city_id, dropoff_lat, dropoff_lng,
                idempotency_key, request_hash)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        values: [
          userId,
          order.total,
          order.currency,
          order.itemCount,
          order.pickup.id,
          order.pickup.label,
          order.pickup.street,
          order.pickup.cityId,
          order.pickup.lat,
          order.pickup.lng,
          order.dropoff.id,
          order.dropoff.label,
          order.dropoff.street,
          order.dropoff.cityId,
          order.dropoff.lat,
          order.dropoff.lng,
          idempotency?.key ?? null,
          idempotency?.requestHash ?? null,
        ],
      },
      {
        sql: 'INSERT INTO order_item (order_id, position, product_id, name, unit_price, quantity, line_total) VALUES ?',
        values: [
          order.lines.map((line, position) => [
            ORDER_ID,
            position,
            line.productId,
            line.name,
            line.unitPrice,
            line.quantity,
            line.lineTotal,
          ]),
        ],
      },
      { sql: 'COMMIT' },
    ]);
    return { kind: 'created', id: inserted.insertId };
  } catch (error) {
    // A statement of a batch failed: the statements after it never ran, the transaction is open.
    await connection.rollback().catch(() => undefined);
    throw error;
  }
}

export function createOrderRepository(pool: Pool): OrderRepository {
  return {
    async findByIdempotencyKey(userId, key) {
      const [rows] = await pool.execute<(RowDataPacket & { id: number; request_hash: string })[]>(
        'SELECT id, request_hash FROM `order` WHERE user_id = ? AND idempotency_key = ?',
        [userId, key],
      );
      return rows[0] ? { id: rows[0].id, requestHash: rows[0].request_hash } : undefined;
    },

    async place(userId, draft, idempotency, decide) {
      const connection = await pool.getConnection();
      try {
        return await retryOnDeadlock(
          () => placeOnce(connection, userId, draft, idempotency, decide),
          RETRIES,
        );
      } catch (error) {
        // A concurrent request with the same key committed first: this insert waited for it on
        // the unique index, then found the duplicate.
        if (isDuplicate(error, 'order_idempotency')) return { kind: 'duplicate' };
        throw error;
      } finally {
        connection.release();
      }
    },

    async listPage(userId, offset, limit) {
      const [rows] = await pool.execute<(OrderRow & { total_rows: number | string })[]>(
        `SELECT id, status, total, currency, item_count, driver_id, created_at, updated_at,
                COUNT(*) OVER () AS total_rows
           FROM \`order\` WHERE user_id = ? ORDER BY id DESC LIMIT ? OFFSET ?`,
        [userId, String(limit), String(offset)],
      );
      return { records: rows.map(toSummary), total: Number(rows[0]?.total_rows ?? 0) };
    },

    async findById(userId, id) {
      const [rows] = await pool.execute<OrderDetailRow[]>(
        'SELECT * FROM `order` WHERE id = ? AND user_id = ?',
        [id, userId],
      );
      const row = rows[0];
      if (!row) return undefined;
      const [lines] = await pool.execute<LineRow[]>(
        `SELECT product_id, name, unit_price, quantity, line_total FROM order_item
          WHERE order_id = ? ORDER BY position`,
        [id],
      );
      return {
        ...toSummary(row),
        items: lines.map((line) => ({
          productId: line.product_id,
          name: line.name,
          unitPrice: line.unit_price,
          quantity: line.quantity,
          lineTotal: line.line_total,
        })),
        pickup: {
          addressId: row.pickup_address_id,
          label: row.pickup_label,
          street: row.pickup_street,
          cityId: row.pickup_city_id,
          lat: row.pickup_lat,
          lng: row.pickup_lng,
        },
        dropoff: {
          addressId: row.dropoff_address_id,
          label: row.dropoff_label,
          street: row.dropoff_street,
          cityId: row.dropoff_city_id,
          lat: row.dropoff_lat,
          lng: row.dropoff_lng,
        },
        acceptedAt: row.accepted_at ?? undefined,
        pickedUpAt: row.picked_up_at ?? undefined,
        deliveredAt: row.delivered_at ?? undefined,
        cancelledAt: row.cancelled_at ?? undefined,
      };
    },

    async cancel(userId, id) {
      // One conditional UPDATE: only a 'created' order moves, whatever runs at the same time.
      const [result] = await retryOnDeadlock(() =>
        pool.execute<ResultSetHeader>(
          `UPDATE \`order\` SET status = 'cancelled', cancelled_at = CURRENT_TIMESTAMP(3)
            WHERE id = ? AND user_id = ? AND status = 'created'`,
          [id, userId],
        ),
      );
      if (result.affectedRows === 1) return { moved: true };
      const [rows] = await pool.execute<(RowDataPacket & { status: OrderStatus })[]>(
        'SELECT status FROM `order` WHERE id = ? AND user_id = ?',
        [id, userId],
      );
      return { moved: false, current: rows[0]?.status };
    },
  };
}
