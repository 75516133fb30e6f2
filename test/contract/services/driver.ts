/**
 * The driver service's contract data. Accounts (verified, made in SQL, signed in on android):
 * the driver whose token every request carries (their `{id}` on driver paths), also signed in
 * on web (401.6), whose location is a spot of the run's own; a second driver who has sent no
 * location (listDeliveryOffer 409) and who holds one order (createDelivery 409: taken); two more
 * drivers, each holding one accepted order (one to pick up, one to deliver too early, 409: a
 * driver holds one active delivery at a time); a user, the token without the `driver` scope
 * (403), who places the orders. The 404 of the profile paths is unreachable and skipped
 * (UNREACHABLE_OWN_PROFILE_404). A product in SQL; the user's two addresses near the spot, and
 * orders through the API: one offered, one to accept, one taken by the second driver, and one
 * the driver delivered (read and listed). Every row and Redis key it
 * creates is removed afterwards (fixtures.ts).
 */
import type { driverOperations } from '../../../generated/driver.operations.ts';
import type { ContractCase, PreparedData } from '../ledger.cjs';
import { fixtures, messageSays, randomSpot, UNREACHABLE_OWN_PROFILE_404, type Fixtures } from './fixtures.ts';
import type { Prepared, ServicePlan } from './plan.ts';

type DriverOperationId = (typeof driverOperations)[number]['operationId'];
type CaseKey = `${DriverOperationId} ${number}` | `${DriverOperationId} ${number} ${string}`;

/** A city of core's reference data (migrations/002: 12 is Bandung); coordinates are the run's own. */
const CITY_ID = 12;

export const driverPlan: ServicePlan = {
  async prepare(server): Promise<Prepared> {
    const made = fixtures(server, 'driver');
    try {
      const data = await prepareData(made);
      return { ...data, cleanup: () => made.cleanup() };
    } catch (error) {
      await made.cleanup();
      throw error;
    }
  },
};

async function prepareData(made: Fixtures): Promise<PreparedData> {
  // A driver holds one active delivery at a time: the accepted orders the moves need are each
  // held by a driver of their own, so that the driver's own accept (201) finds their hands free.
  const [driver, idle, carrier, early, user] = await Promise.all([
    made.member('driver'),
    made.member('driver'),
    made.member('driver'),
    made.member('driver'),
    made.member('user'),
  ]);
  const web = await made.webSession(driver.account);
  const spot = randomSpot();
  await made.locate(driver, spot);
  const product = await made.product('Contract test: Es Teh Manis', '5000.00');
  // About 1.1 km and 3.3 km north of the driver.
  const place = (label: string, north: number) => ({
    label,
    street: `Jl. Contract Test, ${label}`,
    city_id: CITY_ID,
    lat: Number((spot.lat + north).toFixed(6)),
    lng: spot.lng,
  });
  const pickup = await made.address(user, place('Kedai', 0.01));
  const dropoff = await made.address(user, place('Rumah', 0.03));
  const order = () =>
    made.order(user, {
      items: [{ product_id: product, quantity: 2 }],
      pickup_address_id: pickup,
      dropoff_address_id: dropoff,
    });
  const offered = await order();
  const toAccept = await order();
  const taken = await order();
  await made.deliver(idle, taken);
  const delivered = await order();
  await made.deliver(driver, delivered, ['picked_up', 'delivered']);
  const toPickUp = await order();
  await made.deliver(carrier, toPickUp);
  const tooEarly = await order();
  await made.deliver(early, tooEarly);

  const own = { id: driver.account.id };
  const pathParams: Partial<Record<DriverOperationId, Record<string, number>>> = {
    readDriver: own,
    updateDriver: own,
    replaceDriverLocation: own,
    readDelivery: { id: delivered },
    updateDelivery: { id: toPickUp },
  };
  const cases = {
    'readDriver 200': {
      describe: "the driver's own profile, with the location sent",
      check: (response) => {
        const data = (
          response.body as { data?: { id?: unknown; location?: { lat: number; lng: number } } } | undefined
        )?.data;
        if (response.status !== 200) return [];
        const near =
          data?.location !== undefined &&
          Math.abs(data.location.lat - spot.lat) < 1e-4 &&
          Math.abs(data.location.lng - spot.lng) < 1e-4;
        return data?.id === driver.account.id && near
          ? []
          : [
              `data: expected driver ${driver.account.id} at ${JSON.stringify(spot)}, got ${JSON.stringify(data)}`,
            ];
      },
    },
    'replaceDriverLocation 200': {
      describe: "the run's own spot (the offers are near it)",
      body: spot,
    },
    'listDeliveryOffer 200': {
      describe: 'a created order 1.1 km from the driver',
      check: (response) => {
        const data = (response.body as { data?: { order_id?: unknown }[] } | undefined)?.data ?? [];
        return response.status !== 200 || data.some((offer) => offer.order_id === offered)
          ? []
          : [
              `data: expected the offer of order ${offered}, got ${JSON.stringify(data.map((o) => o.order_id))}`,
            ];
      },
    },
    'listDeliveryOffer 409': {
      describe: 'a driver who has sent no location',
      role: 'idleDriver',
      check: messageSays(409, `driver ${idle.account.id} has no location yet`),
    },
    'createDelivery 201': {
      describe: 'a created order near the driver',
      body: { order_id: toAccept },
      check: (response) => {
        const location = response.headers.location ?? '';
        return response.status !== 201 || location === `/api/android/v1/delivery/${toAccept}`
          ? []
          : [`header Location: expected /api/android/v1/delivery/${toAccept}, got ${location}`];
      },
    },
    'createDelivery 409': {
      describe: 'an order another driver has taken',
      body: { order_id: taken },
      check: messageSays(
        409,
        `order ${taken} cannot go from accepted to accepted: another driver has taken it`,
      ),
    },
    'updateDelivery 200': {
      describe: 'picked up, asked by the driver who accepted it',
      role: 'carrier',
    },
    'updateDelivery 409': {
      describe: 'delivered, asked of a delivery that is accepted but not picked up',
      role: 'early',
      params: { id: tooEarly },
      body: { status: 'delivered' },
      check: messageSays(409, `order ${tooEarly} cannot go from accepted to delivered`),
    },
  } satisfies Partial<Record<CaseKey, ContractCase>>;

  return {
    pathParams,
    accessTokens: {
      // `driver` first: the role of the requests; `user` is the first without the scope (403).
      android: {
        driver: driver.token,
        user: user.token,
        idleDriver: idle.token,
        carrier: carrier.token,
        early: early.token,
      },
      web: { driver: web.accessToken },
    },
    csrfPlatform: 'web',
    cases,
    skips: Object.fromEntries(
      (['readDriver', 'updateDriver', 'replaceDriverLocation'] as const).map((operation) => [
        `${operation} 404`,
        UNREACHABLE_OWN_PROFILE_404,
      ]),
    ),
  };
}
