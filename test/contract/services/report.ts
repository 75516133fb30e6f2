/**
 * The report service's contract data. Accounts (verified, made in SQL, signed in on android):
 * an admin, whose token every request carries, and a user, the token without the `admin` scope
 * (403), who places two orders through the API, delivered to two cities; the driver who delivers
 * one of them. The orders are then moved to a day of the run's own (a random day of 1990), so the
 * report's 200 is exactly theirs whatever else the database holds. Every row and Redis key it
 * creates is removed afterwards (fixtures.ts).
 */
import type { reportOperations } from '../../../generated/report.operations.ts';
import type { ContractCase, PreparedData } from '../ledger.cjs';
import { fixtures, type Fixtures } from './fixtures.ts';
import type { Prepared, ServicePlan } from './plan.ts';

type ReportOperationId = (typeof reportOperations)[number]['operationId'];
type CaseKey = `${ReportOperationId} ${number}` | `${ReportOperationId} ${number} ${string}`;

/** Cities of core's reference data (migrations/002): 11 is Jakarta, 12 Bandung. */
const JAKARTA = 11;
const BANDUNG = 12;

export const reportPlan: ServicePlan = {
  async prepare(server): Promise<Prepared> {
    const made = fixtures(server, 'report');
    try {
      const data = await prepareData(made, server.pool);
      return { ...data, cleanup: () => made.cleanup() };
    } catch (error) {
      await made.cleanup();
      throw error;
    }
  },
};

/** A day of 1990 (before any real order), so that the run's report rows are its own. */
function dayOfTheRun(): string {
  const start = Date.UTC(1990, 0, 1);
  return new Date(start + Math.floor(Math.random() * 365) * 86_400_000).toISOString().slice(0, 10);
}

async function prepareData(
  made: Fixtures,
  pool: Parameters<ServicePlan['prepare']>[0]['pool'],
): Promise<PreparedData> {
  const [admin, user, driver] = await Promise.all([
    made.member('admin'),
    made.member('user'),
    made.member('driver'),
  ]);
  const product = await made.product('Contract test: Nasi Goreng', '25000.00');
  const place = (label: string, cityId: number) => ({
    label,
    street: `Jl. Contract Test, ${label}`,
    city_id: cityId,
    lat: -6.2,
    lng: 106.8,
  });
  const pickup = await made.address(user, place('Kedai', JAKARTA));
  const order = async (cityId: number) =>
    made.order(user, {
      items: [{ product_id: product, quantity: 2 }],
      pickup_address_id: pickup,
      dropoff_address_id: await made.address(user, place(`Rumah ${cityId}`, cityId)),
    });
  const toJakarta = await order(JAKARTA);
  const toBandung = await order(BANDUNG);
  await made.deliver(driver, toJakarta, ['picked_up', 'delivered']);
  const day = dayOfTheRun();
  await pool.query('UPDATE `order` SET created_at = ? WHERE id IN (?)', [
    `${day} 12:00:00`,
    [toJakarta, toBandung],
  ]);

  // The example's city_id (Jakarta) stays in the request: Bandung's order is left out.
  const expected = [
    { day, city_id: JAKARTA, currency: 'IDR', order_count: 1, delivered_count: 1, revenue: 50000 },
  ];
  const cases = {
    'listOrderReport 200': {
      describe: "the run's day in Jakarta: one delivered order (one placed to Bandung is left out)",
      query: { from: day, to: day, city_id: JAKARTA },
      check: (response) => {
        if (response.status !== 200) return [];
        const data = (response.body as { data?: Record<string, unknown>[] } | undefined)?.data ?? [];
        const seen = data.map(({ day, city_id, currency, order_count, delivered_count, revenue }) => ({
          day,
          city_id,
          currency,
          order_count,
          delivered_count,
          revenue,
        }));
        return JSON.stringify(seen) === JSON.stringify(expected)
          ? []
          : [`data: expected ${JSON.stringify(expected)}, got ${JSON.stringify(seen)}`];
      },
    },
  } satisfies Partial<Record<CaseKey, ContractCase>>;

  return {
    pathParams: {},
    accessTokens: {
      // `admin` first: the role of the requests; `user` is the first without the scope (403).
      android: { admin: admin.token, user: user.token },
    },
    cases,
  };
}
