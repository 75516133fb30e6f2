/**
 * The order in which the Postman collection calls the API, as a client would: discover,
 * sign a customer up (register → one-time code → token), keep a catalogue as an admin, save
 * addresses and order, sign a driver up who accepts, picks up and delivers the order, read the
 * day's report, then the account chores (refresh, password change, revocation, reset, deletion). Every request reuses the tokens and ids
 * that earlier answers gave (collection variables); nothing is hard-coded but reference data.
 *
 * A step names an operation of the spec; the same operation may appear in several steps (the
 * token endpoint signs in three people). `collection.ts` turns each step into a copy of
 * Portman's request for that operation, with the contract tests Portman wrote for it.
 */

export type Role = 'user' | 'driver' | 'admin';

/** Where a step finds a value to keep for later steps. */
export type Source = { from: 'location' } | { from: 'body'; path: string };

export interface FlowStep {
  operationId: string;
  /** The request's name in Postman: what this call does in the story. */
  name: string;
  /** Whose access token the request carries (required where the spec requires one). */
  as?: Role;
  /** Path parameter values (Postman templates allowed); `platform` is filled for every step. */
  path?: Record<string, string>;
  query?: Record<string, string>;
  /** A JSON body; `numberVar('x')` puts the variable in unquoted. */
  json?: unknown;
  /** A form body (the OAuth endpoints): every field listed is sent, nothing else. */
  form?: Record<string, string>;
  headers?: Record<string, string>;
  /** Pre-request script lines. */
  before?: string[];
  /** Collection variables to set from the answer. */
  save?: Record<string, Source>;
  /** Extra Postman tests on the answer's content. */
  checks?: string[];
  /**
   * A documented error status this step provokes (default: the operation's first 2xx). Its
   * contract tests are Portman's for that status; it may leave the bearer out (401.3).
   */
  expect?: number;
  /** Sends no X-APP-TOKEN (401.1). */
  withoutAppToken?: boolean;
}

export interface FlowStage {
  name: string;
  description: string;
  steps: FlowStep[];
}

/** A JSON body value that is a Postman variable holding a number: sent unquoted. */
export function numberVar(name: string): string {
  return `{{#number ${name}}}`;
}

const location: Source = { from: 'location' };

/** A test that a 401's `code` says which authentication failure it was (SG-22). */
const codeIs = (code: number): string =>
  `pm.test('code ${code}', () => pm.expect(pm.response.json().code).to.equal(${code}));`;
const messageIs = (message: string): string =>
  `pm.test('says: ${message}', () => pm.expect(pm.response.json().message).to.equal('${message}'));`;
const body = (path: string): Source => ({ from: 'body', path });

/** A city of the reference data (migrations: 12 is Bandung, in country 1, Indonesia). */
const CITY_ID = '12';
const COUNTRY_ID = '1';
const OTP_GRANT = 'urn:delivery-platform:grant-type:otp';

/**
 * Pre-request lines that make a fresh account's phone number and password. The phone is an
 * Indonesian mobile number nobody else uses (random 10 digits), so a run never meets an earlier one.
 */
function freshAccount(prefix: string): string[] {
  return [
    `pm.collectionVariables.set('${prefix}_phone', '+628' + String(Math.floor(1e9 + Math.random() * 9e9)));`,
    `pm.collectionVariables.set('${prefix}_password', 'postman ${prefix} ' + Date.now());`,
  ];
}

/**
 * Pre-request lines that put the one-time code sent to `{{<prefix>_phone}}` into `{{otp}}`:
 * from the development outbox at `otp_lookup_url` when the environment names one (the CI
 * runner serves it), otherwise the environment's `otp` is used as it is (paste the code there:
 * `redis-cli lindex delivery:otp-outbox:<phone> 0` on a development server).
 */
function otpOf(prefix: string): string[] {
  return [
    `const lookup = pm.environment.get('otp_lookup_url');`,
    `if (lookup) {`,
    `  const phone = pm.variables.get('${prefix}_phone');`,
    `  pm.sendRequest(lookup + '?phone_number=' + encodeURIComponent(phone), (error, response) => {`,
    `    if (error) throw error;`,
    `    pm.variables.set('otp', response.json().code);`,
    `  });`,
    `}`,
  ];
}

const signUp = (prefix: 'user' | 'driver', role: Role): FlowStep[] => [
  {
    operationId: 'createAccount',
    name: `Register a ${role} (a code is sent to the phone)`,
    before: freshAccount(prefix),
    json: { phone_number: `{{${prefix}_phone}}`, password: `{{${prefix}_password}}`, role },
    save: { [`${prefix}_id`]: location },
  },
  {
    operationId: 'createOauthToken',
    name: `Verify the ${role}'s phone with the code: the first tokens (OTP grant)`,
    before: otpOf(prefix),
    form: {
      grant_type: OTP_GRANT,
      phone_number: `{{${prefix}_phone}}`,
      otp: '{{otp}}',
      password: `{{${prefix}_password}}`,
    },
    save: {
      [`${prefix}_access_token`]: body('access_token'),
      [`${prefix}_refresh_token`]: body('refresh_token'),
    },
    checks: [
      `pm.test('the tokens carry the ${role} scope', () => pm.expect(pm.response.json().scope).to.equal('${role}'));`,
    ],
  },
];

const address = (label: string, northDegrees: number): unknown => ({
  label,
  street: `Jl. Postman No. ${label.length}`,
  city_id: Number(CITY_ID),
  lat: numberVar(northDegrees === 0 ? 'spot_lat' : 'dropoff_lat'),
  lng: numberVar('spot_lng'),
});

export const flow: readonly FlowStage[] = [
  {
    name: '1 Discover (public)',
    description: 'What any app can read with its app token alone.',
    steps: [
      { operationId: 'readDiscovery', name: 'What this API serves' },
      { operationId: 'listCountry', name: 'List countries', query: { page: '1', per_page: '10' } },
      {
        operationId: 'listCountryCity',
        name: 'List the cities of Indonesia',
        path: { id: COUNTRY_ID },
        query: { page: '1', per_page: '10' },
      },
      { operationId: 'readCity', name: 'Read Bandung', path: { id: CITY_ID } },
      {
        operationId: 'readCity',
        name: 'Read a city that does not exist (404)',
        path: { id: '999999' },
        expect: 404,
        checks: [messageIs('city 999999 not found')],
      },
      {
        operationId: 'listCountry',
        name: 'List countries without the app token (401.1)',
        withoutAppToken: true,
        query: { page: '1', per_page: '10' },
        expect: 401,
        checks: [codeIs(401.1)],
      },
    ],
  },
  {
    name: '2 Sign a customer up',
    description:
      'Register → the code sent by SMS → the OTP grant, which verifies the phone and gives the first tokens.',
    steps: [
      ...signUp('user', 'user'),
      { operationId: 'readAccount', name: 'Read my account', as: 'user', path: { id: '{{user_id}}' } },
      { operationId: 'readUser', name: 'Read my profile', as: 'user', path: { id: '{{user_id}}' } },
      {
        operationId: 'updateUser',
        name: 'Set my display name',
        as: 'user',
        path: { id: '{{user_id}}' },
        json: { display_name: 'Postman Customer' },
      },
    ],
  },
  {
    name: '3 Keep the catalogue (admin)',
    description:
      'An admin (made by operators in SQL: `admin_phone` and `admin_password` in the environment) signs in with the password grant and keeps products, in v1 and v2.',
    steps: [
      {
        operationId: 'createOauthToken',
        name: 'Sign the admin in (password grant)',
        form: { grant_type: 'password', username: '{{admin_phone}}', password: '{{admin_password}}' },
        save: { admin_access_token: body('access_token') },
      },
      {
        operationId: 'createProduct',
        name: 'Add a product',
        as: 'admin',
        json: { name: 'Postman Kopi Susu', price: 18000, image_url: 'https://images.example.com/kopi.jpg' },
        save: { product_id: location },
      },
      { operationId: 'listProduct', name: 'List products', query: { page: '1', per_page: '5' } },
      { operationId: 'readProduct', name: 'Read the product', path: { id: '{{product_id}}' } },
      {
        operationId: 'replaceProduct',
        name: 'Replace the product',
        as: 'admin',
        path: { id: '{{product_id}}' },
        json: {
          name: 'Postman Kopi Susu Aren',
          price: 20000,
          image_url: 'https://images.example.com/kopi.jpg',
        },
      },
      {
        operationId: 'updateProduct',
        name: 'Change its price',
        as: 'admin',
        path: { id: '{{product_id}}' },
        json: { price: 21000 },
      },
      {
        operationId: 'createProductV2',
        name: 'Add a product with variants (v2)',
        as: 'admin',
        json: {
          name: 'Postman Es Teh',
          price: { amount: 5000, currency: 'IDR' },
          image_url: 'https://images.example.com/teh.jpg',
          variants: [{ name: 'Large', amount: 7000 }],
        },
        save: { product_v2_id: location },
      },
      { operationId: 'listProductV2', name: 'List products (v2)', query: { page: '1', per_page: '5' } },
      { operationId: 'readProductV2', name: 'Read the v2 product', path: { id: '{{product_v2_id}}' } },
      {
        operationId: 'replaceProductV2',
        name: 'Replace the v2 product',
        as: 'admin',
        path: { id: '{{product_v2_id}}' },
        json: {
          name: 'Postman Es Teh Manis',
          price: { amount: 6000, currency: 'IDR' },
          image_url: 'https://images.example.com/teh.jpg',
          variants: [],
        },
      },
      {
        operationId: 'updateProductV2',
        name: 'Change its price (v2)',
        as: 'admin',
        path: { id: '{{product_v2_id}}' },
        json: { price: { amount: 6500, currency: 'IDR' } },
      },
      {
        operationId: 'deleteProductV2',
        name: 'Delete the v2 product',
        as: 'admin',
        path: { id: '{{product_v2_id}}' },
      },
    ],
  },
  {
    name: '4 Save addresses and order',
    description:
      'The customer saves a pickup and a drop-off address at a spot of the run’s own, orders the product, and cancels a second order.',
    steps: [
      {
        operationId: 'createUserAddress',
        name: 'Save the pickup address',
        as: 'user',
        before: [
          // A spot of the run's own, away from the examples' cities, so that its offers are its own.
          `const lat = Math.random() * 100 - 50;`,
          `pm.collectionVariables.set('spot_lat', lat.toFixed(6));`,
          `pm.collectionVariables.set('dropoff_lat', (lat + 0.02).toFixed(6));`,
          `pm.collectionVariables.set('spot_lng', (Math.random() * 340 - 170).toFixed(6));`,
        ],
        path: { id: '{{user_id}}' },
        json: address('Kedai', 0),
        save: { pickup_address_id: location },
      },
      {
        operationId: 'createUserAddress',
        name: 'Save the drop-off address',
        as: 'user',
        path: { id: '{{user_id}}' },
        json: address('Rumah', 0.02),
        save: { dropoff_address_id: location },
      },
      {
        operationId: 'listUserAddress',
        name: 'List my addresses',
        as: 'user',
        path: { id: '{{user_id}}' },
        query: { page: '1', per_page: '10' },
        checks: [
          `pm.test('both addresses are listed', () => pm.expect(pm.response.json().meta.total_data).to.equal(2));`,
        ],
      },
      {
        operationId: 'readAddress',
        name: 'Read the pickup address',
        as: 'user',
        path: { id: '{{pickup_address_id}}' },
      },
      {
        operationId: 'updateAddress',
        name: 'Rename the pickup address',
        as: 'user',
        path: { id: '{{pickup_address_id}}' },
        json: { label: 'Kedai Kopi' },
      },
      {
        operationId: 'createOrder',
        name: 'Order the product',
        as: 'user',
        headers: { 'Idempotency-Key': '{{$guid}}' },
        json: {
          items: [{ product_id: numberVar('product_id'), quantity: 2 }],
          pickup_address_id: numberVar('pickup_address_id'),
          dropoff_address_id: numberVar('dropoff_address_id'),
        },
        save: { order_id: location },
      },
      {
        operationId: 'createOrder',
        name: 'Order it again, to cancel',
        as: 'user',
        json: {
          items: [{ product_id: numberVar('product_id'), quantity: 1 }],
          pickup_address_id: numberVar('pickup_address_id'),
          dropoff_address_id: numberVar('dropoff_address_id'),
        },
        save: { cancelled_order_id: location },
      },
      {
        operationId: 'updateOrder',
        name: 'Cancel the second order',
        as: 'user',
        path: { id: '{{cancelled_order_id}}' },
        json: { status: 'cancelled' },
      },
      { operationId: 'listOrder', name: 'List my orders', as: 'user', query: { page: '1', per_page: '10' } },
      {
        operationId: 'readOrder',
        name: 'Read the order',
        as: 'user',
        path: { id: '{{order_id}}' },
        checks: [
          `pm.test('the order costs 2 × the product’s price', () => pm.expect(pm.response.json().data.total).to.equal(42000));`,
        ],
      },
      {
        operationId: 'readOrder',
        name: 'Read the order without the access token (401.3)',
        path: { id: '{{order_id}}' },
        expect: 401,
        checks: [codeIs(401.3)],
      },
      {
        operationId: 'createOrder',
        name: 'Order none of the product (422, one entry per field)',
        as: 'user',
        json: {
          items: [{ product_id: numberVar('product_id'), quantity: 0 }],
          pickup_address_id: numberVar('pickup_address_id'),
          dropoff_address_id: numberVar('dropoff_address_id'),
        },
        expect: 422,
        checks: [
          `pm.test('the quantity is the field named', () => pm.expect(pm.response.json().errors.map((entry) => entry.field).join(' ')).to.include('quantity'));`,
        ],
      },
    ],
  },
  {
    name: '5 A driver delivers',
    description:
      'A driver registers like the customer, sends a location at the pickup, sees the order offered, accepts it and picks it up.',
    steps: [
      ...signUp('driver', 'driver'),
      {
        operationId: 'readDriver',
        name: 'Read my driver profile',
        as: 'driver',
        path: { id: '{{driver_id}}' },
      },
      {
        operationId: 'updateDriver',
        name: 'Set my vehicle and plate',
        as: 'driver',
        path: { id: '{{driver_id}}' },
        json: { vehicle: 'Honda Vario 125, black', plate: 'D 1234 PM' },
      },
      {
        operationId: 'replaceDriverLocation',
        name: 'Send my location (at the pickup)',
        as: 'driver',
        path: { id: '{{driver_id}}' },
        json: { lat: numberVar('spot_lat'), lng: numberVar('spot_lng') },
      },
      {
        operationId: 'listDeliveryOffer',
        name: 'List the orders offered near me',
        as: 'driver',
        query: { page: '1', per_page: '10' },
        checks: [
          `pm.test('the order is offered', () => pm.expect(pm.response.json().data.map((offer) => String(offer.order_id ?? offer.id))).to.include(pm.collectionVariables.get('order_id')));`,
        ],
      },
      {
        operationId: 'createDelivery',
        name: 'Accept the order',
        as: 'driver',
        json: { order_id: numberVar('order_id') },
        save: { delivery_id: location },
      },
      {
        operationId: 'listDelivery',
        name: 'List my deliveries',
        as: 'driver',
        query: { page: '1', per_page: '10' },
      },
      {
        operationId: 'readDelivery',
        name: 'Read the delivery',
        as: 'driver',
        path: { id: '{{delivery_id}}' },
      },
      {
        operationId: 'updateDelivery',
        name: 'Report the pickup',
        as: 'driver',
        path: { id: '{{delivery_id}}' },
        json: { status: 'picked_up' },
      },
      {
        operationId: 'updateDelivery',
        name: 'Report the delivery',
        as: 'driver',
        path: { id: '{{delivery_id}}' },
        json: { status: 'delivered' },
      },
      {
        operationId: 'listOrderReport',
        name: 'Read today’s orders and revenue (admin, report service)',
        as: 'admin',
        before: [`pm.collectionVariables.set('today', new Date().toISOString().slice(0, 10));`],
        query: { from: '{{today}}', to: '{{today}}', page: '1', per_page: '50' },
        checks: [
          `pm.test('today has a delivered order', () => pm.expect(pm.response.json().data.some((row) => row.delivered_count >= 1)).to.equal(true));`,
        ],
      },
    ],
  },
  {
    name: '6 Account chores',
    description:
      'Refresh (rotation), an address deleted, a password change (which ends every sign-in), a revocation, the admin deletes the product, a password reset by code (the admin’s own password again), and the driver, with the order delivered, deletes their account.',
    steps: [
      {
        operationId: 'createOauthToken',
        name: 'Refresh the customer’s tokens (rotation)',
        form: { grant_type: 'refresh_token', refresh_token: '{{user_refresh_token}}' },
        save: { user_access_token: body('access_token'), user_refresh_token: body('refresh_token') },
      },
      {
        operationId: 'deleteAddress',
        name: 'Delete the drop-off address',
        as: 'user',
        path: { id: '{{dropoff_address_id}}' },
      },
      {
        operationId: 'replaceAccountPassword',
        name: 'Change my password (ends every sign-in)',
        as: 'user',
        path: { id: '{{user_id}}' },
        json: { current_password: '{{user_password}}', new_password: '{{user_password}} changed' },
      },
      {
        operationId: 'createOauthRevocation',
        name: 'Sign out: revoke the refresh token (RFC 7009)',
        form: { token: '{{user_refresh_token}}', token_type_hint: 'refresh_token' },
      },
      {
        operationId: 'deleteProduct',
        name: 'Delete the product',
        as: 'admin',
        path: { id: '{{product_id}}' },
      },
      {
        operationId: 'createOtp',
        name: 'Ask a code for the admin’s phone',
        json: { phone_number: '{{admin_phone}}' },
      },
      {
        operationId: 'createPasswordReset',
        name: 'Reset the admin’s password with the code',
        before: otpOf('admin'),
        json: { phone_number: '{{admin_phone}}', otp: '{{otp}}', new_password: '{{admin_password}}' },
      },
      {
        operationId: 'deleteAccount',
        name: 'The driver deletes their account (nothing under way)',
        as: 'driver',
        path: { id: '{{driver_id}}' },
      },
    ],
  },
];

/** Operations the android collection does not call, and why. */
export const notInFlow: Readonly<Record<string, string>> = {
  readCsrfToken: 'web only: android has no cookies to protect',
};
