/**
 * The data of the user and driver plans, made the way clients make it: accounts (verified, in
 * SQL, as test/support/auth.ts does) signed in at the real token endpoint, products in SQL (the
 * catalogue is core's), then addresses, orders and each order's moves through the user and
 * driver APIs. Everything is recorded as it is made, so that `cleanup` removes exactly this
 * run's rows and Redis keys (a concurrent run's data stays), even when preparing fails half-way.
 */
import { randomUUID } from 'node:crypto';
import type { ResultSetHeader } from 'mysql2/promise';
import {
  createAccount,
  signIn,
  type Platform,
  type Role,
  type TestAccount,
  type Tokens,
} from '../../support/auth.ts';
import type { TestServer } from '../../support/server.ts';
import type { ContractResponse } from '../ledger.cjs';
import { forgetPhones, revokeTokens, signInWeb, type WebSession } from './auth-state.ts';

const api = '/api/android/v1';

/** The Redis GEO set of drivers' last locations (handlers/driver/profile/repository.ts). */
const DRIVER_LOCATION_KEY = 'driver:location';
const DRIVER_LOCATION_TIME_KEY = 'driver:location-time';

/**
 * Why the 404 of an own-profile path is skipped: the style guide requires it on a path with an
 * id (SG-24), but no request reaches it. Another id answers 403 first, and since issue 13 an
 * account is deleted through the API, which revokes its tokens (401.4); the tombstone left
 * behind answers as a revoked token even to a request already past the security stage.
 */
export const UNREACHABLE_OWN_PROFILE_404 =
  "unreachable: {id} must be the token's own account (403 otherwise), and a deleted account's tokens answer 401.4 (test/integration/account-lifecycle.test.ts checks them on these paths)";

export interface Spot {
  lat: number;
  lng: number;
}

export interface Address extends Spot {
  label: string;
  street: string;
  city_id: number;
}

export interface OrderDraft {
  items: { product_id: number; quantity: number }[];
  pickup_address_id: number;
  dropoff_address_id: number;
}

/** A signed-in account: its row and its android access token. */
export interface Member {
  account: TestAccount;
  token: string;
}

/** What a run made. */
interface Made {
  accounts: number[];
  phones: string[];
  /** One per sign-in: revoking it revokes every token of that sign-in. */
  refreshTokens: string[];
  products: number[];
  /** Drivers whose location this run stored in the GEO set. */
  located: number[];
}

/** A spot of its own for a run, away from the cities of the examples, so that its offers are its own. */
export function randomSpot(): Spot {
  return {
    lat: Number((Math.random() * 100 - 50).toFixed(6)),
    lng: Number((Math.random() * 340 - 170).toFixed(6)),
  };
}

const idIn = (response: Response, resource: string): number =>
  Number(new RegExp(`/${resource}/(\\d+)$`).exec(response.headers.get('location') ?? '')?.[1]);

/**
 * A case's check that a response of this status says `expected` in its message (a 409 names
 * the order, its current and the asked state: SG-26); other statuses are the schema's business.
 */
export function messageSays(status: number, expected: string) {
  return (response: ContractResponse): string[] => {
    if (response.status !== status) return [];
    const message = (response.body as { message?: unknown } | undefined)?.message;
    return typeof message === 'string' && message.includes(expected)
      ? []
      : [`message: expected it to say '${expected}', got ${JSON.stringify(message)}`];
  };
}

export type Fixtures = ReturnType<typeof fixtures>;

export function fixtures(server: TestServer, plan: string) {
  const made: Made = { accounts: [], phones: [], refreshTokens: [], products: [], located: [] };

  async function expectStatus(what: string, response: Response, status: number): Promise<void> {
    if (response.status !== status)
      throw new Error(`${plan} plan: ${what} answered ${response.status} ${await response.text()}`);
  }

  async function account(role: Role): Promise<TestAccount> {
    const created = await createAccount(server, role);
    made.accounts.push(created.id);
    made.phones.push(created.phoneNumber);
    return created;
  }

  async function session(who: TestAccount, platform: Platform = 'android'): Promise<Tokens> {
    const tokens = await signIn(server, who, platform);
    made.refreshTokens.push(tokens.refresh_token);
    return tokens;
  }

  /** A new verified account of this role, signed in on android. */
  async function member(role: Role): Promise<Member> {
    const created = await account(role);
    return { account: created, token: (await session(created)).access_token };
  }

  return {
    member,

    /**
     * Records what a client made through the API (the Postman run's accounts, products and
     * located drivers), so that `cleanup` removes it with the rest.
     */
    adopt(byClient: Partial<Omit<Made, 'refreshTokens'>>): void {
      made.accounts.push(...(byClient.accounts ?? []));
      made.phones.push(...(byClient.phones ?? []));
      made.products.push(...(byClient.products ?? []));
      made.located.push(...(byClient.located ?? []));
    },

    /** The web sign-in of an account (tokens in cookies, CSRF double submit): the 401.6 cases. */
    async webSession(who: TestAccount): Promise<WebSession> {
      const web = await signInWeb(server, who);
      made.refreshTokens.push(web.refreshToken);
      return web;
    },

    /** A live product of the catalogue. */
    async product(name: string, price: string): Promise<number> {
      const [result] = await server.pool.execute<ResultSetHeader>(
        'INSERT INTO product (name, price, image_url) VALUES (?, ?, ?)',
        [name, price, 'https://images.example.com/product/contract.jpg'],
      );
      made.products.push(result.insertId);
      return result.insertId;
    },

    /** A saved address of the member (POST /user/{id}/address). */
    async address(owner: Member, address: Address): Promise<number> {
      const response = await server.request(`${api}/user/${owner.account.id}/address`, {
        method: 'POST',
        bearer: owner.token,
        json: address,
      });
      await expectStatus(`saving address '${address.label}'`, response, 201);
      return idIn(response, 'address');
    },

    /** An order of the member (POST /order), status created. */
    async order(owner: Member, draft: OrderDraft): Promise<number> {
      const response = await server.request(`${api}/order`, {
        method: 'POST',
        bearer: owner.token,
        headers: { 'Idempotency-Key': randomUUID() },
        json: draft,
      });
      await expectStatus('placing an order', response, 201);
      return idIn(response, 'order');
    },

    /** created -> cancelled, by the member who placed it (PATCH /order/{id}). */
    async cancel(owner: Member, orderId: number): Promise<void> {
      const response = await server.request(`${api}/order/${orderId}`, {
        method: 'PATCH',
        bearer: owner.token,
        json: { status: 'cancelled' },
      });
      await expectStatus(`cancelling order ${orderId}`, response, 200);
    },

    /** created -> accepted by the driver (POST /delivery), then each further step asked. */
    async deliver(
      driver: Member,
      orderId: number,
      steps: readonly ('picked_up' | 'delivered')[] = [],
    ): Promise<void> {
      const accepted = await server.request(`${api}/delivery`, {
        method: 'POST',
        bearer: driver.token,
        json: { order_id: orderId },
      });
      await expectStatus(`accepting order ${orderId}`, accepted, 201);
      for (const status of steps) {
        const response = await server.request(`${api}/delivery/${orderId}`, {
          method: 'PATCH',
          bearer: driver.token,
          json: { status },
        });
        await expectStatus(`moving delivery ${orderId} to ${status}`, response, 200);
      }
    },

    /** The driver's last location (PUT /driver/{id}/location). */
    async locate(driver: Member, spot: Spot): Promise<void> {
      made.located.push(driver.account.id);
      const response = await server.request(`${api}/driver/${driver.account.id}/location`, {
        method: 'PUT',
        bearer: driver.token,
        json: spot,
      });
      await expectStatus(`sending the location of driver ${driver.account.id}`, response, 200);
    },

    /**
     * Removes what the run made, children first (foreign keys): the orders of its accounts
     * (their lines, then the orders: order_item references product), their addresses and
     * profiles, its sign-ins, its accounts, its products and their cache entries, its drivers'
     * locations, and every Redis key of its phone numbers. Orders and addresses that the
     * transactions created belong to the run's accounts, so they go too.
     */
    async cleanup(): Promise<void> {
      const accounts = [0, ...made.accounts];
      await server.pool.query(
        'DELETE oi FROM order_item oi JOIN `order` o ON o.id = oi.order_id WHERE o.user_id IN (?)',
        [accounts],
      );
      await server.pool.query('DELETE FROM `order` WHERE user_id IN (?)', [accounts]);
      await server.pool.query('DELETE FROM address WHERE user_id IN (?)', [accounts]);
      await server.pool.query('DELETE FROM user_profile WHERE account_id IN (?)', [accounts]);
      await server.pool.query('DELETE FROM driver_profile WHERE account_id IN (?)', [accounts]);
      await revokeTokens(server, made.refreshTokens);
      await server.pool.query('DELETE FROM account WHERE id IN (?)', [accounts]);
      if (made.products.length > 0) {
        await server.pool.query('DELETE FROM product WHERE id IN (?)', [made.products]);
        await server.redis.del(...made.products.map((id) => `product:${id}`));
      }
      if (made.located.length > 0) {
        await server.redis.zrem(DRIVER_LOCATION_KEY, ...made.located.map(String));
        await server.redis.zrem(DRIVER_LOCATION_TIME_KEY, ...made.located.map(String));
      }
      await forgetPhones(server, made.phones);
    },
  };
}
