/**
 * The back office's order report (spec/report.yaml), against the real MySQL and Redis: orders and
 * revenue per UTC day, drop-off city and currency, exact; the range's ends; paging (SG-17);
 * refused ranges (422); admins only; and the index range scan that answers it.
 */
import mysql, { type ResultSetHeader, type RowDataPacket } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonOf } from '../support/assertions.ts';
import { createAccount, signIn } from '../support/auth.ts';
import { testEnvironment } from '../support/env.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const report = '/api/android/v1/order-report';
const JAKARTA = 11;
const BANDUNG = 12;
const SINGAPORE = 42;
let server: TestServer;
let admin: string;
let userToken: string;
let userId = 0;
let addressOf: Record<number, number> = {};

type Status = 'created' | 'accepted' | 'delivered' | 'cancelled';

/** An order placed at `createdAt` (UTC), delivered to `cityId`, straight in SQL. */
async function placed(
  createdAt: string,
  cityId: number,
  currency: string,
  total: string,
  status: Status,
  driverId = userId,
) {
  const address = addressOf[cityId];
  // A driver holds one active delivery (migration 018): a second accepted order needs another driver.
  const driver = status === 'created' || status === 'cancelled' ? null : driverId;
  await server.pool.query(
    `INSERT INTO \`order\` (user_id, driver_id, status, total, currency, item_count,
       pickup_address_id, pickup_label, pickup_street, pickup_city_id, pickup_lat, pickup_lng,
       dropoff_address_id, dropoff_label, dropoff_street, dropoff_city_id, dropoff_lat, dropoff_lng, created_at)
     VALUES (?, ?, ?, ?, ?, 1, ?, 'Toko', 'Jl. Toko', ?, 0, 0, ?, 'Rumah', 'Jl. Rumah', ?, 0, 0, ?)`,
    [userId, driver, status, total, currency, address, cityId, address, cityId, createdAt],
  );
}

const read = (query: string, token = admin) => server.request(`${report}?${query}`, { bearer: token });

beforeAll(async () => {
  server = await startTestServer();
  admin = (await signIn(server, await createAccount(server, 'admin'))).access_token;
  const user = await createAccount(server, 'user');
  userId = user.id;
  userToken = (await signIn(server, user)).access_token;
  addressOf = {};
  for (const cityId of [JAKARTA, BANDUNG, SINGAPORE]) {
    const [result] = await server.pool.execute<ResultSetHeader>(
      "INSERT INTO address (user_id, label, street, city_id, lat, lng) VALUES (?, 'Rumah', 'Jl. Rumah', ?, 0, 0)",
      [userId, cityId],
    );
    addressOf[cityId] = result.insertId;
  }
  // Two days of 1995, nobody else's: Jakarta in IDR, Bandung in IDR, Singapore in SGD.
  await placed('1995-03-01 00:00:00.000', JAKARTA, 'IDR', '50000.00', 'delivered');
  await placed('1995-03-01 09:30:00.000', JAKARTA, 'IDR', '25000.00', 'delivered');
  await placed('1995-03-01 10:00:00.000', JAKARTA, 'IDR', '99000.00', 'cancelled');
  await placed('1995-03-01 11:00:00.000', JAKARTA, 'IDR', '12000.00', 'accepted');
  await placed('1995-03-01 12:00:00.000', SINGAPORE, 'SGD', '0.10', 'delivered');
  await placed('1995-03-01 23:59:59.999', SINGAPORE, 'SGD', '0.20', 'delivered');
  await placed('1995-03-02 08:00:00.000', BANDUNG, 'IDR', '30000.00', 'created');
  // The days around: outside every range asked below.
  await placed('1995-02-28 23:59:59.999', JAKARTA, 'IDR', '1.00', 'delivered');
  await placed('1995-03-03 00:00:00.000', JAKARTA, 'IDR', '1.00', 'delivered');
});
afterAll(async () => {
  await server.pool.query('DELETE FROM `order` WHERE user_id = ?', [userId]);
  await server.pool.query('DELETE FROM address WHERE user_id = ?', [userId]);
  await server.close();
});

describe('when an admin reads the order report for a range of days', () => {
  it('then it answers one row per day, city and currency, counts and revenue exact, ends included', async () => {
    const body = await jsonOf(await read('from=1995-03-01&to=1995-03-02'), 200);
    expect(body.data).toEqual([
      {
        day: '1995-03-01',
        city_id: JAKARTA,
        city_name: 'Jakarta',
        currency: 'IDR',
        order_count: 4,
        cancelled_count: 1,
        delivered_count: 2,
        revenue: 75000,
      },
      {
        day: '1995-03-01',
        city_id: SINGAPORE,
        city_name: 'Singapore',
        currency: 'SGD',
        order_count: 2,
        cancelled_count: 0,
        delivered_count: 2,
        revenue: 0.3,
      },
      {
        day: '1995-03-02',
        city_id: BANDUNG,
        city_name: 'Bandung',
        currency: 'IDR',
        order_count: 1,
        cancelled_count: 0,
        delivered_count: 0,
        revenue: 0,
      },
    ]);
    expect(body.meta).toMatchObject({ total_data: 3, count: 3 });
  });

  it('then city_id keeps one city', async () => {
    const body = await jsonOf(await read(`from=1995-03-01&to=1995-03-02&city_id=${SINGAPORE}`), 200);
    expect((body.data as { city_id: number }[]).map((row) => row.city_id)).toEqual([SINGAPORE]);
  });

  it('then it is paged like every list (SG-17), with the range kept in the links, and 204 past the end', async () => {
    const first = await jsonOf(await read('from=1995-03-01&to=1995-03-02&per_page=2'), 200);
    expect((first.data as unknown[]).length).toBe(2);
    expect(first.meta).toEqual({
      links: { next: `${report}?from=1995-03-01&to=1995-03-02&page=2&per_page=2`, prev: '' },
      total_data: 3,
      count: 2,
      per_page: 2,
      current_page: 1,
      total_page: 2,
    });
    const second = await jsonOf(
      await server.request((first.meta as { links: { next: string } }).links.next, { bearer: admin }),
      200,
    );
    expect(second.data).toEqual([expect.objectContaining({ day: '1995-03-02', city_id: BANDUNG })]);
    const past = await read('from=1995-03-01&to=1995-03-02&per_page=2&page=3');
    expect(past.status).toBe(204);
    const empty = await read('from=1994-01-01&to=1994-01-31');
    expect(empty.status).toBe(204);
  });
});

describe('when the range is wrong', () => {
  it.each([
    ['from=1995-03-02&to=1995-03-01', 'to', 'must not be before from (1995-03-02)'],
    [
      'from=1995-01-01&to=1996-01-02',
      'to',
      'must be at most 365 days after from (1995-01-01): ask for one year at a time',
    ],
    ['from=1995-02-30&to=1995-03-01', 'from', 'must be a day of the calendar'],
    ['from=1995-03-01', 'to', 'is required'],
    ['from=01-03-1995&to=1995-03-01', 'from', 'must be a valid date'],
  ])('then %s answers 422 on %s', async (query, field, message) => {
    const body = await jsonOf(await read(query), 422);
    expect(body.errors).toEqual([{ field, message: [message] }]);
  });

  it('then a whole leap year is allowed (366 days)', async () => {
    expect((await read('from=1996-01-01&to=1996-12-31')).status).toBe(204);
  });
});

describe('when someone else than an admin asks', () => {
  it('then a user token answers 403 and no token 401.3', async () => {
    expect(await jsonOf(await read('from=1995-03-01&to=1995-03-02', userToken), 403)).toEqual({
      message: "this operation needs the 'admin' scope",
    });
    const anonymous = await server.request(`${report}?from=1995-03-01&to=1995-03-02`);
    expect((await jsonOf(anonymous, 401)).code).toBe(401.3);
  });
});

/** The report's truth: the orders themselves, aggregated now. */
async function aggregated(from: string, until: string): Promise<RowDataPacket[]> {
  const [rows] = await server.pool.query<RowDataPacket[]>(
    `SELECT DATE_FORMAT(DATE(created_at), '%Y-%m-%d') AS day, dropoff_city_id AS city_id, currency,
            COUNT(*) AS order_count, CAST(SUM(status = 'cancelled') AS UNSIGNED) AS cancelled_count,
            CAST(SUM(status = 'delivered') AS UNSIGNED) AS delivered_count,
            CAST(SUM(IF(status = 'delivered', total, 0)) AS DECIMAL(20, 2)) AS revenue
       FROM \`order\` WHERE created_at >= ? AND created_at < ?
      GROUP BY DATE(created_at), dropoff_city_id, currency ORDER BY 1, 2, 3`,
    [from, until],
  );
  return rows.map((row) => ({
    ...row,
    order_count: Number(row.order_count),
    revenue: Number(row.revenue),
  }));
}
const reported = async (from: string, to: string) =>
  (
    (await jsonOf(await read(`from=${from}&to=${to}&per_page=100`), 200)).data as Record<string, unknown>[]
  ).map(({ city_name: _name, ...row }) => row);

describe('when orders move after they were placed', () => {
  it('then the counts kept by the triggers follow deliveries, cancels, deletes and a change of day', async () => {
    await placed('1995-04-10 10:00:00.000', BANDUNG, 'IDR', '40000.00', 'created');
    await placed('1995-04-10 11:00:00.000', BANDUNG, 'IDR', '60000.00', 'created');
    const otherDriver = (await createAccount(server, 'driver')).id;
    await placed('1995-04-10 12:00:00.000', BANDUNG, 'IDR', '70000.00', 'accepted', otherDriver);
    const [ids] = await server.pool.query<RowDataPacket[]>(
      "SELECT id FROM `order` WHERE user_id = ? AND created_at >= '1995-04-10' ORDER BY id",
      [userId],
    );
    const [first, second, third] = ids.map((row) => Number(row.id));
    await server.pool.query("UPDATE `order` SET status = 'cancelled' WHERE id = ?", [first]);
    await server.pool.query("UPDATE `order` SET status = 'delivered', driver_id = ? WHERE id = ?", [
      userId,
      second,
    ]);
    await server.pool.query("UPDATE `order` SET status = 'delivered' WHERE id = ?", [third]);
    await server.pool.query("UPDATE `order` SET created_at = '1995-04-11 09:00:00' WHERE id = ?", [third]);
    expect(await reported('1995-04-10', '1995-04-11')).toEqual(await aggregated('1995-04-10', '1995-04-12'));
    expect(await reported('1995-04-10', '1995-04-11')).toEqual([
      expect.objectContaining({
        day: '1995-04-10',
        order_count: 2,
        cancelled_count: 1,
        delivered_count: 1,
        revenue: 60000,
      }),
      expect.objectContaining({
        day: '1995-04-11',
        order_count: 1,
        cancelled_count: 0,
        delivered_count: 1,
        revenue: 70000,
      }),
    ]);

    await server.pool.query('DELETE FROM `order` WHERE id IN (?)', [[second, third]]);
    expect(await reported('1995-04-10', '1995-04-11')).toEqual([
      expect.objectContaining({
        day: '1995-04-10',
        order_count: 1,
        cancelled_count: 1,
        delivered_count: 0,
        revenue: 0,
      }),
    ]);
    expect(await reported('1995-03-01', '1995-04-30')).toEqual(await aggregated('1995-03-01', '1995-05-01'));
  });
});

describe('when MariaDB plans the report', () => {
  it('then it is a range of the summary’s primary key, never a scan of the orders', async () => {
    // The report's inner query (handlers/report/order-report/repository.ts): the shards of a day,
    // city and currency are neighbours in the key, so the grouping needs no sort either.
    const [plan] = await server.pool.query<RowDataPacket[]>(
      `EXPLAIN SELECT day, city_id, currency, SUM(order_count) FROM order_day_summary
        WHERE day >= '1995-03-01' AND day < '1995-03-03'
        GROUP BY day, city_id, currency HAVING SUM(order_count) > 0
        ORDER BY day, city_id, currency`,
    );
    expect(plan).toHaveLength(1);
    expect(plan[0]).toMatchObject({ table: 'order_day_summary', type: 'range', key: 'PRIMARY' });
    expect(String(plan[0]?.Extra)).not.toContain('filesort');
  });
});

describe('when orders of one city and day are written at once', () => {
  // migrations/019 and 020: the summary is not one hot row per city and day.
  const DAY = '1995-06-01';
  const orderIdsOf = async () => {
    const [rows] = await server.pool.query<RowDataPacket[]>(
      'SELECT id FROM `order` WHERE user_id = ? AND created_at >= ? AND created_at < ? ORDER BY id',
      [userId, DAY, '1995-06-02'],
    );
    return rows.map((row) => Number(row.id));
  };

  /** Runs `statement` while another transaction holds every summary row of DAY; true if it had to wait. */
  async function waitsOnTheSummary(statement: string, values: unknown[]): Promise<boolean> {
    // Plain connections: the server's pool cuts a statement off long before InnoDB's 1 s.
    const holder = await mysql.createConnection(String(testEnvironment.DATABASE_URL));
    const writer = await mysql.createConnection(String(testEnvironment.DATABASE_URL));
    try {
      await holder.beginTransaction();
      await holder.query('SELECT * FROM order_day_summary WHERE day = ? FOR UPDATE', [DAY]);
      await writer.query('SET SESSION innodb_lock_wait_timeout = 1');
      try {
        await writer.query(statement, values);
        return false;
      } catch (error) {
        if ((error as { code?: string }).code === 'ER_LOCK_WAIT_TIMEOUT') return true;
        throw error;
      }
    } finally {
      await holder.rollback();
      await holder.end();
      await writer.end();
    }
  }

  it('then consecutive orders count in different shard rows, which the report sums', async () => {
    await placed(`${DAY} 10:00:00.000`, BANDUNG, 'IDR', '10000.00', 'created');
    await placed(`${DAY} 10:01:00.000`, BANDUNG, 'IDR', '20000.00', 'created');
    const [shards] = await server.pool.query<RowDataPacket[]>(
      'SELECT shard FROM order_day_summary WHERE day = ? AND city_id = ? AND order_count > 0 ORDER BY shard',
      [DAY, BANDUNG],
    );
    expect(shards).toHaveLength(2);
    expect(await reported(DAY, DAY)).toEqual([expect.objectContaining({ day: DAY, order_count: 2 })]);
  });

  it('then accepting and picking up never wait on the summary; cancelling and delivering do', async () => {
    const [first, second] = await orderIdsOf();
    const driver = (await createAccount(server, 'driver')).id;
    const accept = "UPDATE `order` SET status = 'accepted', driver_id = ? WHERE id = ?";
    expect(await waitsOnTheSummary(accept, [driver, first])).toBe(false);
    const pickUp = "UPDATE `order` SET status = 'picked_up' WHERE id = ?";
    expect(await waitsOnTheSummary(pickUp, [first])).toBe(false);
    // What the summary counts does wait for it: the holder above would have been a real lock.
    const cancel = "UPDATE `order` SET status = 'cancelled' WHERE id = ?";
    expect(await waitsOnTheSummary(cancel, [second])).toBe(true);
    const deliver = "UPDATE `order` SET status = 'delivered' WHERE id = ?";
    expect(await waitsOnTheSummary(deliver, [first])).toBe(true);
    expect(await reported(DAY, DAY)).toEqual(await aggregated(DAY, '1995-06-02'));
  });
});
