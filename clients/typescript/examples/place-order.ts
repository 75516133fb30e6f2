/**
 * Signs a customer in and places an order with the typed client, then prints the order it
 * placed. Run it against `npm start` (which needs a product: `npm run db:seed`):
 *
 *   npm run client:example
 *
 * Environment: DELIVERY_API_URL (default http://127.0.0.1:8080), DELIVERY_APP_TOKEN (default the
 * android development token), DELIVERY_PHONE and DELIVERY_PASSWORD (default: a fresh number and
 * a password). The account is registered first; its one-time code is read from the development
 * outbox (dev-outbox.ts: REDIS_URL and REDIS_KEY_PREFIX as for `npm start`).
 */
import { randomInt, randomUUID } from 'node:crypto';
import { createCoreClient, createUserClient, type ClientOptions } from '../src/index.ts';
import { codeSentTo } from './dev-outbox.ts';

const baseUrl = process.env.DELIVERY_API_URL ?? 'http://127.0.0.1:8080';
const appToken = process.env.DELIVERY_APP_TOKEN ?? 'dev-android-app-token-0000000000000000';
const phone = process.env.DELIVERY_PHONE ?? `+628${String(randomInt(10 ** 9, 10 ** 10))}`;
const password = process.env.DELIVERY_PASSWORD ?? `example ${randomUUID()}`;

/** Fails with what the API answered when a call did not succeed. */
function ok<T>(result: { data?: T; error?: unknown; response: Response }, what: string): T {
  if (result.data === undefined)
    throw new Error(`${what}: ${result.response.status} ${JSON.stringify(result.error)}`);
  return result.data;
}

/** The id at the end of a 201's Location header (`/api/android/v1/order/17` -> 17). */
function createdId(response: Response): number {
  return Number(response.headers.get('Location')?.split('/').pop());
}

const options: ClientOptions = { baseUrl, appToken, platform: 'android' };
const core = createCoreClient(options);

// 1. Register; the server sends a 6-digit code to the phone.
const registered = await core.POST('/api/{platform}/v1/account', {
  // `role` has a default in the spec, but the generated types ask for it (openapi-typescript's defaultNonNullable).
  body: { phone_number: phone, password, role: 'user' },
});
ok(registered, 'register');
const accountId = createdId(registered.response);

// 2. The code verifies the phone and signs in (OTP grant); later sign-ins use the password grant.
const otp = await codeSentTo(phone);
ok(
  await core.POST('/api/{platform}/v1/oauth/token', {
    body: { grant_type: 'urn:delivery-platform:grant-type:otp', phone_number: phone, otp, password },
  }),
  'verify the phone',
);
const tokens = ok(
  await core.POST('/api/{platform}/v1/oauth/token', {
    body: { grant_type: 'password', username: phone, password },
  }),
  'sign in',
);

// 3. Signed in: the user client sends the access token.
const user = createUserClient({ ...options, accessToken: tokens.access_token });
const saveAddress = async (label: string, lat: number) => {
  const saved = await user.POST('/api/{platform}/v1/user/{id}/address', {
    params: { path: { id: accountId } },
    body: { label, street: `Jl. Contoh No. ${label.length}`, city_id: 12, lat, lng: 107.6098 },
  });
  ok(saved, `save address ${label}`);
  return createdId(saved.response);
};
const pickup = await saveAddress('Kedai', -6.9175);
const dropoff = await saveAddress('Rumah', -6.9039);

// 4. The first product of the catalogue, twice.
const products = ok(
  await core.GET('/api/{platform}/v1/product', { params: { query: { page: 1, per_page: 1 } } }),
  'list products (none? run `npm run db:seed`)',
);
const product = products.data[0];
if (!product) throw new Error('the catalogue is empty: run `npm run db:seed`');

const placed = await user.POST('/api/{platform}/v1/order', {
  params: { header: { 'Idempotency-Key': randomUUID() } },
  body: {
    items: [{ product_id: product.id, quantity: 2 }],
    pickup_address_id: pickup,
    dropoff_address_id: dropoff,
  },
});
ok(placed, 'place the order');

// 5. Read it back and print it.
const order = ok(
  await user.GET('/api/{platform}/v1/order/{id}', { params: { path: { id: createdId(placed.response) } } }),
  'read the order',
);
console.log(JSON.stringify(order.data, null, 2));
