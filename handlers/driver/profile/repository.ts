/**
 * Driver profiles in MySQL (an account with role 'driver' and its optional profile row) and
 * driver locations in Redis GEO (one sorted set, member = the driver's id), with the time each
 * was sent in a second sorted set (score = epoch ms), so that offers can refuse a stale one.
 * SQL and Redis only.
 */
import type { Redis } from 'ioredis';
import type { Pool, RowDataPacket } from 'mysql2/promise';
import { upsertProfile } from '../../shared/own-profile.ts';

/** The Redis GEO set of drivers' last locations (under the configured key prefix). */
export const DRIVER_LOCATION_KEY = 'driver:location';
/** When each driver's location was sent (score: epoch milliseconds); GEO scores hold the geohash. */
export const DRIVER_LOCATION_TIME_KEY = 'driver:location-time';

export interface Coordinates {
  lat: number;
  lng: number;
}

/** A driver's last location and when it was sent (undefined: sent before times were kept). */
export interface DriverLocation extends Coordinates {
  sentAt: Date | undefined;
}

export interface DriverRecord {
  id: number;
  phoneNumber: string;
  /** "" until set. */
  vehicle: string;
  plate: string;
  createdAt: Date;
}

interface DriverRow extends RowDataPacket {
  id: number;
  phone_number: string;
  vehicle: string;
  plate: string;
  created_at: Date;
}

export interface DriverProfileRepository {
  findById(id: number): Promise<DriverRecord | undefined>;
  /** Sets the given fields; false when no account with role 'driver' has this id. */
  update(id: number, fields: { vehicle?: string; plate?: string }): Promise<boolean>;
  /** Whether an account with role 'driver' has this id. */
  exists(id: number): Promise<boolean>;
  saveLocation(id: number, location: Coordinates): Promise<void>;
  /** The last location, as Redis GEO stores it (to about 1 m), or undefined when none was sent. */
  findLocation(id: number): Promise<DriverLocation | undefined>;
  /** Forgets the driver's location (a deleted account). */
  forgetLocation(id: number): Promise<void>;
}

export function createDriverProfileRepository(pool: Pool, redis: Redis): DriverProfileRepository {
  return {
    async findById(id) {
      const [rows] = await pool.execute<DriverRow[]>(
        `SELECT a.id, a.phone_number, COALESCE(d.vehicle, '') AS vehicle, COALESCE(d.plate, '') AS plate,
                a.created_at
           FROM account a LEFT JOIN driver_profile d ON d.account_id = a.id
          WHERE a.id = ? AND a.role = 'driver' AND a.deleted_at IS NULL`,
        [id],
      );
      const row = rows[0];
      return row
        ? {
            id: row.id,
            phoneNumber: row.phone_number,
            vehicle: row.vehicle,
            plate: row.plate,
            createdAt: row.created_at,
          }
        : undefined;
    },

    update: (id, { vehicle, plate }) => upsertProfile(pool, 'driver', id, { vehicle, plate }),

    async exists(id) {
      const [rows] = await pool.execute<RowDataPacket[]>(
        "SELECT 1 FROM account WHERE id = ? AND role = 'driver' AND deleted_at IS NULL",
        [id],
      );
      return rows.length > 0;
    },

    async saveLocation(id, { lat, lng }) {
      await redis
        .multi()
        .geoadd(DRIVER_LOCATION_KEY, lng, lat, String(id))
        .zadd(DRIVER_LOCATION_TIME_KEY, Date.now(), String(id))
        .exec();
    },

    async findLocation(id) {
      // Both commands go out together on the one connection: one round trip.
      const [[position], sentAt] = await Promise.all([
        redis.geopos(DRIVER_LOCATION_KEY, String(id)),
        redis.zscore(DRIVER_LOCATION_TIME_KEY, String(id)),
      ]);
      if (!position) return undefined;
      const [lng, lat] = position;
      return {
        lat: Number(lat),
        lng: Number(lng),
        sentAt: sentAt === null ? undefined : new Date(Number(sentAt)),
      };
    },

    async forgetLocation(id) {
      await redis
        .multi()
        .zrem(DRIVER_LOCATION_KEY, String(id))
        .zrem(DRIVER_LOCATION_TIME_KEY, String(id))
        .exec();
    },
  };
}
