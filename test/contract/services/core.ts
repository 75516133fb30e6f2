/**
 * Core's contract data: four products of its own (read, replace/update, a delete for v1 and
 * one for v2, which serves the same rows), so that a DELETE never removes what another
 * transaction reads, plus reference data from migrations (country 1 Indonesia, city 12
 * Bandung). Accounts (verified, made in SQL): an admin, whose token writes products, and a
 * user, who reads their own account, signs in at the token endpoint, and whose token is the
 * one without the admin scope (403); an account that deletes itself, and a user whose order a
 * driver has accepted (deleteAccount 409, made through fixtures.ts). Phone numbers are fresh
 * each run. Every row and Redis
 * key it creates is removed afterwards (by id or phone number, so a concurrent test run's
 * data is left alone).
 */
import type { coreOperations } from '../../../generated/core.operations.ts';
import {
  createAccount,
  phoneNumber,
  signIn,
  type Role,
  type TestAccount,
  type Tokens,
} from '../../support/auth.ts';
import type { TestServer } from '../../support/server.ts';
import { lastRecordedMessage } from '../../../src/auth/otp-sender.ts';
import type { ContractCase, ContractResponse } from '../ledger.cjs';
import { forgetPhones, giveBackOtpRequests, revokeTokens, signInWeb } from './auth-state.ts';
import type { PreparedData } from '../ledger.cjs';
import {
  fixtures,
  messageSays,
  UNREACHABLE_OWN_PROFILE_404,
  type Fixtures,
  type Member,
} from './fixtures.ts';
import type { Prepared, ServicePlan } from './plan.ts';

type CoreOperationId = (typeof coreOperations)[number]['operationId'];
type CaseKey = `${CoreOperationId} ${number}` | `${CoreOperationId} ${number} ${string}`;

const FORM = 'application/x-www-form-urlencoded';
const PASSWORD = 'contract test password';

async function createProduct(server: TestServer, name: string, bearer: string): Promise<number> {
  const response = await server.request('/api/android/v1/product', {
    method: 'POST',
    bearer,
    json: { name, price: 15000, image_url: 'https://images.example.com/product/contract.jpg' },
  });
  const location = response.headers.get('location') ?? '';
  const id = Number(/\/product\/(\d+)$/.exec(location)?.[1]);
  if (response.status !== 201 || !Number.isInteger(id)) {
    throw new Error(
      `core plan: creating product '${name}' answered ${response.status} ${await response.text()}`,
    );
  }
  return id;
}

/** Products are soft-deleted by the API; the test's own rows go for good, cache entries too. */
async function removeProducts(server: TestServer, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await server.pool.query('DELETE FROM product WHERE id IN (?)', [ids]);
  await server.redis.del(...ids.map((id) => `product:${id}`));
}

/** What a run made, so that it goes even when preparing fails half-way. */
interface Made {
  products: number[];
  accounts: number[];
  /** Every phone number the run used: its accounts' and the fresh ones. */
  phones: string[];
  /** One per sign-in: revoking it revokes every token of that sign-in. */
  refreshTokens: string[];
  /** OTP requests that reached the per-address rate limit (answered 201 or 429). */
  otpRequests: number;
}

const idsIn = (locations: readonly string[], resource: string): number[] =>
  locations
    .map((location) => Number(new RegExp(`/${resource}/(\\d+)$`).exec(location)?.[1]))
    .filter(Number.isInteger);

/** Removes what the run made and what its 201 transactions created (their Location). */
async function removeMade(server: TestServer, made: Made, created: readonly string[]): Promise<void> {
  await removeProducts(server, [...made.products, ...idsIn(created, 'product')]);
  await revokeTokens(server, made.refreshTokens);
  await server.pool.query('DELETE FROM account WHERE id IN (?) OR phone_number IN (?)', [
    [0, ...made.accounts, ...idsIn(created, 'account')],
    ['', ...made.phones],
  ]);
  await forgetPhones(server, made.phones);
  await giveBackOtpRequests(server, made.otpRequests);
}

/** RFC 6749 section 5.1: token responses must not be cached. */
function noStore(response: ContractResponse): string[] {
  return response.status === 200 && !/no-store/i.test(response.headers['cache-control'] ?? '')
    ? [
        `header Cache-Control: expected no-store (RFC 6749 section 5.1), got ${response.headers['cache-control']}`,
      ]
    : [];
}

function retryAfter(response: ContractResponse): string[] {
  if (response.status !== 429) return [];
  const value = response.headers['retry-after'];
  return value !== undefined && /^[1-9]\d*$/.test(value)
    ? []
    : [`header Retry-After: expected the seconds to wait (the 429's contract), got ${value}`];
}

export const corePlan: ServicePlan = {
  async prepare(server): Promise<Prepared> {
    const made: Made = { products: [], accounts: [], phones: [], refreshTokens: [], otpRequests: 0 };
    // An order under way (deleteAccount 409) is made the way the user and driver plans make theirs.
    const orders = fixtures(server, 'core');
    const cleanup = async (created: readonly string[]): Promise<void> => {
      await orders.cleanup();
      await removeMade(server, made, created);
    };
    try {
      const data = await prepareData(server, made, orders);
      return { ...data, cleanup };
    } catch (error) {
      await cleanup([]);
      throw error;
    }
  },
};

/** A user whose order a driver has accepted: an account that cannot be deleted yet. */
async function busyUser(orders: Fixtures): Promise<Member> {
  const [user, driver] = await Promise.all([orders.member('user'), orders.member('driver')]);
  const product = await orders.product('Contract test: Soto Ayam', '20000.00');
  const place = (label: string, lat: number) => ({
    label,
    street: `Jl. Contract Test, ${label}`,
    city_id: 12,
    lat,
    lng: 107.6098,
  });
  const pickup = await orders.address(user, place('Kedai', -6.9147));
  const dropoff = await orders.address(user, place('Rumah', -6.9247));
  const order = await orders.order(user, {
    items: [{ product_id: product, quantity: 1 }],
    pickup_address_id: pickup,
    dropoff_address_id: dropoff,
  });
  await orders.deliver(driver, order);
  return user;
}

async function prepareData(server: TestServer, made: Made, orders: Fixtures): Promise<PreparedData> {
  const account = async (role: Role): Promise<TestAccount> => {
    const created = await createAccount(server, role);
    made.accounts.push(created.id);
    made.phones.push(created.phoneNumber);
    return created;
  };
  const session = async (who: TestAccount): Promise<Tokens> => {
    const tokens = await signIn(server, who);
    made.refreshTokens.push(tokens.refresh_token);
    return tokens;
  };
  const product = async (name: string, bearer: string): Promise<number> => {
    const id = await createProduct(server, name, bearer);
    made.products.push(id);
    return id;
  };
  const freshPhone = (): string => {
    const phone = phoneNumber();
    made.phones.push(phone);
    return phone;
  };
  /** Tokens that a transaction was issued, revoked afterwards. */
  const issued = (response: ContractResponse): Partial<Tokens> | undefined => {
    const body = response.body as Partial<Tokens> | undefined;
    if (body?.refresh_token) made.refreshTokens.push(body.refresh_token);
    return body;
  };

  const admin = await account('admin');
  const user = await account('user');
  const adminTokens = await session(admin);
  const userTokens = await session(user);
  const toRefresh = await session(user);
  const toRevoke = await session(user);
  const toRevokeAccess = await session(user);
  // Password change: an owner who changes theirs (200, which revokes its token).
  const owner = await account('user');
  const ownerTokens = await session(owner);
  // Deletion: an account that deletes itself (200), and one with an order under way (409).
  const leaving = await account('user');
  const leavingTokens = await session(leaving);
  const busy = await busyUser(orders);
  const webAdmin = await signInWeb(server, admin);
  made.refreshTokens.push(webAdmin.refreshToken);

  const read = await product('Contract test: read', adminTokens.access_token);
  const write = await product('Contract test: replace and update', adminTokens.access_token);
  const doomed = await product('Contract test: delete', adminTokens.access_token);
  const doomedV2 = await product('Contract test: delete (v2)', adminTokens.access_token);

  // Fresh numbers: one to register, one whose registration is rate limited, one that asks twice.
  const registered = freshPhone();
  const limited = freshPhone();
  const cooling = freshPhone();
  const counted = (status: number): void => {
    if (status === 201 || status === 429) made.otpRequests += 1;
  };
  const askOtp = async (phone: string): Promise<void> => {
    const response = await server.request('/api/android/v1/otp', {
      method: 'POST',
      json: { phone_number: phone },
    });
    counted(response.status);
    if (response.status !== 201)
      throw new Error(
        `the first POST /otp for ${phone} answered ${response.status} ${await response.text()}`,
      );
  };

  // Password reset: a code asked now (valid 5 minutes, the run takes seconds).
  const resetter = await account('user');
  await askOtp(resetter.phoneNumber);
  const resetCode = /\b(\d{6})\b/.exec(
    (await lastRecordedMessage(server.redis, resetter.phoneNumber)) ?? '',
  )?.[1];
  if (!resetCode) throw new Error(`core plan: no code was sent to ${resetter.phoneNumber}`);

  const pathParams: Partial<Record<CoreOperationId, Record<string, number>>> = {
    readProduct: { id: read },
    replaceProduct: { id: write },
    updateProduct: { id: write },
    deleteProduct: { id: doomed },
    readProductV2: { id: read },
    replaceProductV2: { id: write },
    updateProductV2: { id: write },
    deleteProductV2: { id: doomedV2 },
    listCountryCity: { id: 1 },
    readCity: { id: 12 },
    readAccount: { id: user.id },
    replaceAccountPassword: { id: owner.id },
    deleteAccount: { id: leaving.id },
  };
  const cases = {
    'createAccount 201': {
      describe: 'a fresh phone number',
      body: { phone_number: registered, password: PASSWORD, role: 'user' },
      check: (response) => {
        counted(response.status);
        const location = response.headers.location ?? '';
        return response.status !== 201 || /^\/api\/android\/v1\/account\/\d+$/.test(location)
          ? []
          : [`header Location: expected /api/android/v1/account/<id>, got ${location}`];
      },
    },
    'createAccount 409': {
      describe: "the admin's phone number, already registered",
      body: { phone_number: admin.phoneNumber, password: PASSWORD, role: 'user' },
    },
    'createAccount 429': {
      describe: 'a phone number that asked for a code less than a minute ago',
      body: { phone_number: limited, password: PASSWORD, role: 'user' },
      before: () => askOtp(limited),
      check: async (response) => {
        counted(response.status);
        if (response.status !== 429) return [];
        const [rows] = await server.pool.query('SELECT id FROM account WHERE phone_number = ?', [limited]);
        const [row] = rows as { id: number }[];
        return [
          ...retryAfter(response),
          ...(row
            ? [
                `the 429 answered after account ${row.id} was created for ${limited}: a retry after ` +
                  `Retry-After gets 409 'already registered', so the 429 did not leave the request undone`,
              ]
            : []),
        ];
      },
    },
    'createOtp 201': {
      describe: "the user's registered phone number",
      body: { phone_number: user.phoneNumber },
      check: async (response) => {
        counted(response.status);
        if (response.status !== 201) return [];
        // The recording sender keeps what it sent (newest first) in the test Redis.
        const sent = await server.redis.llen(`otp-outbox:${user.phoneNumber}`);
        return sent > 0 ? [] : [`no code was sent to the registered phone ${user.phoneNumber}`];
      },
    },
    'createOtp 429': {
      describe: 'the second code asked for one phone number within a minute',
      body: { phone_number: cooling },
      before: () => askOtp(cooling),
      check: (response) => {
        counted(response.status);
        return retryAfter(response);
      },
    },
    'readAccount 200': {
      describe: 'the account of the token (a user reads their own)',
      role: 'user',
      check: (response) => {
        const data = (response.body as { data?: { id?: unknown; phone_number?: unknown } } | undefined)?.data;
        return response.status !== 200 || (data?.id === user.id && data.phone_number === user.phoneNumber)
          ? []
          : [`data: expected account ${user.id} (${user.phoneNumber}), got ${JSON.stringify(data)}`];
      },
    },
    'readAccount 403': {
      describe: "the admin's account, read with a user's token",
      params: { id: admin.id },
      role: 'user',
    },
    'replaceAccountPassword 200': {
      describe: 'the owner changes their own password with the current one',
      role: 'owner',
      body: { current_password: owner.password, new_password: `${PASSWORD} changed` },
      check: async (response) => {
        if (response.status !== 200) return [];
        const after = await server.request(`/api/android/v1/account/${owner.id}`, {
          bearer: ownerTokens.access_token,
        });
        return after.status === 401
          ? []
          : [`the owner's access token still answers ${after.status} after the change: it must be revoked`];
      },
    },
    'replaceAccountPassword 403': {
      describe: "the admin's password, changed with a user's token",
      params: { id: admin.id },
      role: 'user',
      body: { current_password: PASSWORD, new_password: `${PASSWORD} changed` },
    },
    'deleteAccount 200': {
      describe: 'an account deletes itself with its own token',
      role: 'leaving',
      check: async (response) => {
        if (response.status !== 200) return [];
        const after = await server.request(`/api/android/v1/account/${leaving.id}`, {
          bearer: leavingTokens.access_token,
        });
        return after.status === 401
          ? []
          : [`the deleted account's access token still answers ${after.status}: it must be revoked`];
      },
    },
    'deleteAccount 403': {
      describe: "the admin's account, deleted with a user's token",
      params: { id: admin.id },
      role: 'user',
    },
    'deleteAccount 409': {
      describe: 'a user whose order a driver has accepted, deleting themselves',
      params: { id: busy.account.id },
      role: 'busy',
      check: messageSays(409, `account ${busy.account.id} cannot be deleted while order`),
    },
    'createPasswordReset 201': {
      describe: 'a code asked with POST /otp for a registered phone',
      body: { phone_number: resetter.phoneNumber, otp: resetCode, new_password: `${PASSWORD} reset` },
    },
    [`createOauthToken 200 ${FORM}`]: {
      describe: 'the password grant of a prepared account',
      form: { grant_type: 'password', username: user.phoneNumber, password: user.password },
      check: (response) => {
        const body = issued(response);
        return [
          ...noStore(response),
          ...(response.status === 200 && body?.scope !== 'user'
            ? [`scope: expected the account's role 'user', got ${JSON.stringify(body?.scope)}`]
            : []),
        ];
      },
    },
    'createOauthToken 200 application/json': {
      describe: 'the refresh_token grant of a prepared sign-in',
      body: { grant_type: 'refresh_token', refresh_token: toRefresh.refresh_token },
      check: (response) => {
        const body = issued(response);
        return [
          ...noStore(response),
          ...(response.status === 200 && body?.refresh_token === toRefresh.refresh_token
            ? ['refresh_token: the refresh grant must rotate it, got the same token back']
            : []),
        ];
      },
    },
    [`createOauthToken 400 ${FORM}`]: {
      describe: 'the password grant with a wrong password',
      form: { grant_type: 'password', username: user.phoneNumber, password: `${user.password}-wrong` },
      check: (response) => {
        const error = (response.body as { error?: unknown } | undefined)?.error;
        return response.status !== 400 || error === 'invalid_grant'
          ? []
          : [`error: expected invalid_grant (RFC 6749 section 5.2), got ${JSON.stringify(error)}`];
      },
    },
    [`createOauthRevocation 200 ${FORM}`]: {
      describe: 'a refresh token of a prepared sign-in',
      form: { token: toRevoke.refresh_token, token_type_hint: 'refresh_token' },
    },
    'createOauthRevocation 200 application/json': {
      describe: 'an access token of a prepared sign-in',
      body: { token: toRevokeAccess.access_token },
    },
  } satisfies Partial<Record<CaseKey, ContractCase>>;

  return {
    pathParams,
    accessTokens: {
      // The first role is the one of scope-less operations (readAccount: an admin reads any).
      android: {
        admin: adminTokens.access_token,
        user: userTokens.access_token,
        owner: ownerTokens.access_token,
        leaving: leavingTokens.access_token,
        busy: busy.token,
      },
      web: { admin: webAdmin.accessToken },
    },
    csrfPlatform: 'web',
    cases,
    skips: {
      'replaceAccountPassword 404': UNREACHABLE_OWN_PROFILE_404,
      'createOauthToken 429':
        "the per-address limit of failed sign-ins is relaxed for every suite but its own (test/support/env.ts): test/integration/signin-protection.test.ts reaches it and checks the 429's body and Retry-After",
    },
  };
}
