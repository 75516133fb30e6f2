/**
 * The user service's contract data. Accounts (verified, made in SQL, signed in on android): the
 * user whose token every request carries (their `{id}` on user paths), also signed in on web
 * (401.6); a driver, the token without the `user` scope (403), who takes an order (a taken order
 * cannot be cancelled: 409), and a courier who picks one up (a read and the list show a
 * delivery's fields; a driver holds one active delivery at a time). The 404 of the profile
 * paths is unreachable and skipped (UNREACHABLE_OWN_PROFILE_404). A product in SQL; addresses and orders through the API: a pickup
 * and a drop-off (read, and what the new order uses), one to change, one to delete; an order to
 * cancel, one accepted by the driver (409), one picked up by them (read). Every row and
 * Redis key it creates is removed afterwards (fixtures.ts).
 */
import { randomUUID } from 'node:crypto';
import type { userOperations } from '../../../generated/user.operations.ts';
import type { TestServer } from '../../support/server.ts';
import type { ContractCase, PreparedData } from '../ledger.cjs';
import { fixtures, messageSays, UNREACHABLE_OWN_PROFILE_404, type Fixtures } from './fixtures.ts';
import type { Prepared, ServicePlan } from './plan.ts';

type UserOperationId = (typeof userOperations)[number]['operationId'];
type CaseKey = `${UserOperationId} ${number}` | `${UserOperationId} ${number} ${string}`;

/** A city of core's reference data (migrations/002: 12 is Bandung). */
const CITY_ID = 12;

export const userPlan: ServicePlan = {
  async prepare(server): Promise<Prepared> {
    const made = fixtures(server, 'user');
    try {
      const data = await prepareData(server, made);
      return { ...data, cleanup: () => made.cleanup() };
    } catch (error) {
      await made.cleanup();
      throw error;
    }
  },
};

async function prepareData(server: TestServer, made: Fixtures): Promise<PreparedData> {
  const [user, driver, courier] = await Promise.all([
    made.member('user'),
    made.member('driver'),
    made.member('driver'),
  ]);
  const web = await made.webSession(user.account);
  const product = await made.product('Contract test: Martabak Manis Keju Cokelat', '18000.00');
  const place = (label: string, lat: number) => ({
    label,
    street: `Jl. Contract Test, ${label}`,
    city_id: CITY_ID,
    lat,
    lng: 107.6098,
  });
  const pickup = await made.address(user, place('Kedai', -6.9147));
  const dropoff = await made.address(user, place('Rumah', -6.9247));
  const editable = await made.address(user, place('Kantor', -6.9347));
  const doomed = await made.address(user, place('Kos lama', -6.9447));

  const draft = {
    items: [{ product_id: product, quantity: 3 }],
    pickup_address_id: pickup,
    dropoff_address_id: dropoff,
  };
  // Newest first, the list's first page starts with two orders a driver has taken, as its
  // example does (Dredd compares each item of the example with the item at its index).
  const toCancel = await made.order(user, draft);
  const accepted = await made.order(user, draft);
  await made.deliver(driver, accepted);
  const toRead = await made.order(user, draft);
  await made.deliver(courier, toRead, ['picked_up']);

  const own = { id: user.account.id };
  const pathParams: Partial<Record<UserOperationId, Record<string, number>>> = {
    readUser: own,
    updateUser: own,
    listUserAddress: own,
    createUserAddress: own,
    readAddress: { id: pickup },
    updateAddress: { id: editable },
    deleteAddress: { id: doomed },
    readOrder: { id: toRead },
    updateOrder: { id: toCancel },
  };
  const idempotencyKey = randomUUID();
  const cases = {
    'readUser 200': {
      describe: "the user's own profile",
      check: (response) => {
        const data = (response.body as { data?: { id?: unknown; phone_number?: unknown } } | undefined)?.data;
        return response.status !== 200 ||
          (data?.id === user.account.id && data.phone_number === user.account.phoneNumber)
          ? []
          : [
              `data: expected user ${user.account.id} (${user.account.phoneNumber}), got ${JSON.stringify(data)}`,
            ];
      },
    },
    'createOrder 201': {
      describe: "a live product, two of the user's addresses and a fresh Idempotency-Key",
      body: draft,
      headers: { 'Idempotency-Key': idempotencyKey },
      check: async (response) => {
        const location = response.headers.location ?? '';
        if (response.status !== 201) return [];
        if (!/^\/api\/android\/v1\/order\/\d+$/.test(location))
          return [`header Location: expected /api/android/v1/order/<id>, got ${location}`];
        // A retry with the same key and body answers the first success again and places nothing.
        const retry = await server.request('/api/android/v1/order', {
          method: 'POST',
          bearer: user.token,
          headers: { 'Idempotency-Key': idempotencyKey },
          json: draft,
        });
        return retry.status === 201 && retry.headers.get('location') === location
          ? []
          : [
              `a retry with the same Idempotency-Key and body answered ${retry.status} ` +
                `Location ${retry.headers.get('location')}, expected 201 Location ${location}`,
            ];
      },
    },
    'updateOrder 409': {
      describe: 'an order a driver has accepted',
      params: { id: accepted },
      check: messageSays(409, `order ${accepted} cannot go from accepted to cancelled`),
    },
  } satisfies Partial<Record<CaseKey, ContractCase>>;

  return {
    pathParams,
    accessTokens: {
      // `user` first: the role of the requests; `driver` is the first without the scope (403).
      android: { user: user.token, driver: driver.token },
      web: { user: web.accessToken },
    },
    csrfPlatform: 'web',
    cases,
    skips: Object.fromEntries(
      (['readUser', 'updateUser', 'listUserAddress', 'createUserAddress'] as const).map((operation) => [
        `${operation} 404`,
        UNREACHABLE_OWN_PROFILE_404,
      ]),
    ),
  };
}
