/**
 * Orders in MySQL, from the driver's side: offers near a point, accept, pick up, deliver, and
 * the driver's deliveries. Every move is one conditional UPDATE on `status` (src/order-state.ts):
 * InnoDB serialises concurrent UPDATEs of a row and re-reads it, so of several drivers
 * accepting one order exactly one matches the row. SQL only.
 */
import { retryOnDeadlock } from '../../../src/db/retry.ts';
import type { Pool, ResultSetHeader, RowDataPacket } from 'mysql2/promise';
import { previousOf, type OrderStatus } from '../../../src/order-state.ts';
import { isDuplicate } from '../../../src/db/constraints.ts';
import { problems } from '../../../src/errors.ts';
import type { Page } from '../../../src/runtime/paging.ts';

export type DeliveryStatus = 'accepted' | 'picked_up' | 'delivered';

export interface PlaceRecord {
  street: string;
  cityId: number;
  lat: number;
  lng: number;
}

export interface OfferRecord {
  orderId: number;
  distanceKm: number;
  total: string;
  /** ISO 4217 of the total. */
  currency: string;
  itemCount: number;
  pickup: PlaceRecord;
  dropoff: PlaceRecord;
  createdAt: Date;
}

export interface DeliverySummaryRecord {
  id: number;
  status: DeliveryStatus;
  total: string;
  /** ISO 4217 of the total. */
  currency: string;
  itemCount: number;
  pickup: PlaceRecord;
  dropoff: PlaceRecord;
  acceptedAt: Date;
  updatedAt: Date;
}

export interface DeliveryRecord extends DeliverySummaryRecord {
  items: { productId: number; name: string; quantity: number }[];
  createdAt: Date;
  pickedUpAt: Date | undefined;
  deliveredAt: Date | undefined;
}

/** Outcome of a conditional state change; `driverId` is who holds the order when it did not move. */
export type Move =
  { moved: true } | { moved: false; current: OrderStatus | undefined; driverId: number | undefined };

/** An accept refused because the driver already holds this active delivery. */
export interface DeliveryInHand {
  moved: false;
  inHand: number;
}

export interface DeliveryRepository {
  /** Created orders whose pickup point is within `radiusKm` of the point, nearest first. */
  listOffers(
    near: { lat: number; lng: number },
    radiusKm: number,
    offset: number,
    limit: number,
  ): Promise<Page<OfferRecord>>;
  /** created -> accepted by this driver, unless the driver already holds an active delivery. */
  accept(orderId: number, driverId: number): Promise<Move | DeliveryInHand>;
  /** accepted -> picked_up or picked_up -> delivered, for this driver's delivery only. */
  advance(orderId: number, driverId: number, to: 'picked_up' | 'delivered'): Promise<Move>;
  /** One page of the driver's deliveries, most recently accepted first. */
  listPage(driverId: number, offset: number, limit: number): Promise<Page<DeliverySummaryRecord>>;
  findById(driverId: number, orderId: number): Promise<DeliveryRecord | undefined>;
}

/** Mean Earth radius (IUGG), km. */
const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEGREE_OF_LATITUDE = (Math.PI * EARTH_RADIUS_KM) / 180;

const PLACE_COLUMNS = `pickup_street, pickup_city_id, pickup_lat, pickup_lng,
  dropoff_street, dropoff_city_id, dropoff_lat, dropoff_lng`;

interface PlaceRow extends RowDataPacket {
  pickup_street: string;
  pickup_city_id: number;
  pickup_lat: number;
  pickup_lng: number;
  dropoff_street: string;
  dropoff_city_id: number;
  dropoff_lat: number;
  dropoff_lng: number;
}

interface OfferRow extends PlaceRow {
  id: number;
  total: string;
  currency: string;
  item_count: number;
  created_at: Date;
  distance_km: number;
  total_rows: number | string;
}

interface DeliveryRow extends PlaceRow {
  id: number;
  status: DeliveryStatus;
  total: string;
  currency: string;
  item_count: number;
  created_at: Date;
  updated_at: Date;
  accepted_at: Date;
  picked_up_at: Date | null;
  delivered_at: Date | null;
  total_rows?: number | string;
}

const places = (row: PlaceRow): { pickup: PlaceRecord; dropoff: PlaceRecord } => ({
  pickup: { street: row.pickup_street, cityId: row.pickup_city_id, lat: row.pickup_lat, lng: row.pickup_lng },
  dropoff: {
    street: row.dropoff_street,
    cityId: row.dropoff_city_id,
    lat: row.dropoff_lat,
    lng: row.dropoff_lng,
  },
});

const toSummary = (row: DeliveryRow): DeliverySummaryRecord => ({
  id: row.id,
  status: row.status,
  total: row.total,
  currency: row.currency,
  itemCount: row.item_count,
  ...places(row),
  acceptedAt: row.accepted_at,
  updatedAt: row.updated_at,
});

/** The column that records when an order reached a state. */
const STEP_COLUMN = { picked_up: 'picked_up_at', delivered: 'delivered_at' } as const;

export function createDeliveryRepository(pool: Pool): DeliveryRepository {
  async function currentOf(orderId: number): Promise<Extract<Move, { moved: false }>> {
    const [rows] = await pool.execute<(RowDataPacket & { status: OrderStatus; driver_id: number | null })[]>(
      'SELECT status, driver_id FROM `order` WHERE id = ?',
      [orderId],
    );
    return { moved: false, current: rows[0]?.status, driverId: rows[0]?.driver_id ?? undefined };
  }

  return {
    async listOffers(near, radiusKm, offset, limit) {
      // The (status, pickup_lat) index narrows to created orders in the latitude band of the
      // circle; the haversine distance then keeps those inside it.
      const band = radiusKm / KM_PER_DEGREE_OF_LATITUDE;
      const [rows] = await pool.execute<OfferRow[]>(
        `SELECT near.*, COUNT(*) OVER () AS total_rows FROM (
           SELECT id, total, currency, item_count, created_at, ${PLACE_COLUMNS},
                  2 * ${EARTH_RADIUS_KM} * ASIN(LEAST(1, SQRT(
                    POW(SIN(RADIANS(pickup_lat - ?) / 2), 2) +
                    COS(RADIANS(?)) * COS(RADIANS(pickup_lat)) * POW(SIN(RADIANS(pickup_lng - ?) / 2), 2)
                  ))) AS distance_km
             FROM \`order\`
            WHERE status = 'created' AND pickup_lat BETWEEN ? AND ?
         ) AS near
         WHERE distance_km <= ?
         ORDER BY distance_km, id
         LIMIT ? OFFSET ?`,
        [
          near.lat,
          near.lat,
          near.lng,
          near.lat - band,
          near.lat + band,
          radiusKm,
          String(limit),
          String(offset),
        ],
      );
      return {
        records: rows.map((row) => ({
          orderId: row.id,
          distanceKm: row.distance_km,
          total: row.total,
          currency: row.currency,
          itemCount: row.item_count,
          ...places(row),
          createdAt: row.created_at,
        })),
        total: Number(rows[0]?.total_rows ?? 0),
      };
    },

    async accept(orderId, driverId) {
      try {
        // The driver's account is read with a shared lock: a deletion of it (which holds its
        // row lock) either commits first, and this matches nothing, or waits for this accept
        // and then finds the delivery under way (409).
        const [result] = await retryOnDeadlock(() =>
          pool.execute<ResultSetHeader>(
            `UPDATE \`order\` SET status = 'accepted', driver_id = ?, accepted_at = CURRENT_TIMESTAMP(3)
              WHERE id = ? AND status = 'created'
                AND EXISTS (SELECT 1 FROM account WHERE id = ? AND deleted_at IS NULL)`,
            [driverId, orderId, driverId],
          ),
        );
        if (result.affectedRows === 1) return { moved: true };
        const current = await currentOf(orderId);
        // Still waiting for a driver: only the driver's account can have refused it, deleted
        // while this request ran (its token is revoked now).
        if (current.current === 'created') throw problems.tokenRevoked();
        return current;
      } catch (error) {
        // migrations/018: the unique key of active deliveries refused a second one. A concurrent
        // accept by the same driver waited for the first on that key, then found it taken.
        if (!isDuplicate(error, 'order_one_active_delivery')) throw error;
        const [rows] = await pool.execute<(RowDataPacket & { id: number })[]>(
          'SELECT id FROM `order` WHERE active_driver_id = ?',
          [driverId],
        );
        return { moved: false, inHand: rows[0]?.id ?? 0 };
      }
    },

    async advance(orderId, driverId, to) {
      const [result] = await retryOnDeadlock(() =>
        pool.execute<ResultSetHeader>(
          `UPDATE \`order\` SET status = ?, ${STEP_COLUMN[to]} = CURRENT_TIMESTAMP(3)
            WHERE id = ? AND driver_id = ? AND status = ?`,
          [to, orderId, driverId, previousOf(to)],
        ),
      );
      return result.affectedRows === 1 ? { moved: true } : currentOf(orderId);
    },

    async listPage(driverId, offset, limit) {
      const [rows] = await pool.execute<DeliveryRow[]>(
        `SELECT id, status, total, currency, item_count, created_at, updated_at, accepted_at, picked_up_at,
                delivered_at, ${PLACE_COLUMNS}, COUNT(*) OVER () AS total_rows
           FROM \`order\` WHERE driver_id = ?
          ORDER BY accepted_at DESC, id DESC LIMIT ? OFFSET ?`,
        [driverId, String(limit), String(offset)],
      );
      return { records: rows.map(toSummary), total: Number(rows[0]?.total_rows ?? 0) };
    },

    async findById(driverId, orderId) {
      const [rows] = await pool.execute<DeliveryRow[]>(
        `SELECT id, status, total, currency, item_count, created_at, updated_at, accepted_at, picked_up_at,
                delivered_at, ${PLACE_COLUMNS}
           FROM \`order\` WHERE id = ? AND driver_id = ?`,
        [orderId, driverId],
      );
      const row = rows[0];
      if (!row) return undefined;
      const [lines] = await pool.execute<
        (RowDataPacket & { product_id: number; name: string; quantity: number })[]
      >('SELECT product_id, name, quantity FROM order_item WHERE order_id = ? ORDER BY position', [orderId]);
      return {
        ...toSummary(row),
        items: lines.map((line) => ({
          productId: line.product_id,
          name: line.name,
          quantity: line.quantity,
        })),
        createdAt: row.created_at,
        pickedUpAt: row.picked_up_at ?? undefined,
        deliveredAt: row.delivered_at ?? undefined,
      };
    },
  };
}
