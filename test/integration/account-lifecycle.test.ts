/**
 * Issues 10 and 13, accounts (docs/accounts.md) against the real MySQL and Redis: no takeover
 * by pre-registration, password change and reset revoke every sign-in, a registration whose
 * SMS fails leaves nothing behind, and deleting an account.
 */
import { createServer, type Server } from 'node:http';
import type { ResultSetHeader, RowDataPacket } from 'mysql2/promise';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OTP_GRANT } from '../../handlers/core/oauth/index.ts';
import { lastRecordedMessage } from '../../src/auth/otp-sender.ts';
import { verifyPassword } from '../../src/auth/passwords.ts';
import { jsonOf } from '../support/assertions.ts';
import { placeOrder, saveAddress } from '../support/ordering.ts';
import { createAccount, phoneNumber, signIn, type TestAccount, type Tokens } from '../support/auth.ts';
import { resetRateLimits, startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await resetRateLimits(server);
});
afterAll(async () => {
  await server.close();
});

const api = '/api/android/v1';
const notVerified = {
  error: 'invalid_grant',
  error_description: 'the phone number is not verified yet: sign in with the code sent to it',
};

function token(fields: Record<string, string>, on: TestServer = server): Promise<Response> {
  return on.request(`${api}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
}

const passwordGrant = (phone: string, password: string): Promise<Response> =>
  token({ grant_type: 'password', username: phone, password });

function register(phone: string, password: string, role = 'user', on = server): Promise<Response> {
  return on.request(`${api}/account`, { method: 'POST', json: { phone_number: phone, password, role } });
}

async function codeSentTo(phone: string): Promise<string> {
  const code = /\b(\d{6})\b/.exec((await lastRecordedMessage(server.redis, phone)) ?? '')?.[1];
  if (!code) throw new Error(`no code was sent to ${phone}`);
  return code;
}

/** The 1-minute cooldown between codes is tested in auth-flow; here a second code is asked at once. */
async function skipCooldown(phone: string): Promise<void> {
  await server.redis.del(`otp:cooldown:${phone}`);
}

async function storedAccount(
  phone: string,
): Promise<{ id: number; password_hash: string | null; role: string }[]> {
  const [rows] = await server.pool.query(
    'SELECT id, password_hash, role FROM account WHERE phone_number = ?',
    [phone],
  );
  return rows as { id: number; password_hash: string | null; role: string }[];
}

describe('when a stranger registers the victim’s phone number first', () => {
  it('then the stranger’s password never works, even after the victim verifies the phone by OTP', async () => {
    const victim = phoneNumber();
    await jsonOf(await register(victim, 'stranger password'), 201);
    // Before verification: refused, whoever asks.
    expect(await jsonOf(await passwordGrant(victim, 'stranger password'), 400)).toEqual(notVerified);

    // The victim receives the code and signs in with it, without the stranger's password.
    const tokens = await jsonOf(
      await token({ grant_type: OTP_GRANT, phone_number: victim, otp: await codeSentTo(victim) }),
      200,
    );
    expect(tokens.scope).toBe('user');
    expect(await jsonOf(await passwordGrant(victim, 'stranger password'), 400)).toEqual({
      error: 'invalid_grant',
      error_description: 'Invalid grant: user credentials are invalid',
    });
    expect((await storedAccount(victim))[0]?.password_hash).toBeNull();
  });

  it('then an OTP sign-in with a wrong password discards the pending one too', async () => {
    const victim = phoneNumber();
    await jsonOf(await register(victim, 'stranger password'), 201);
    await jsonOf(
      await token({
        grant_type: OTP_GRANT,
        phone_number: victim,
        otp: await codeSentTo(victim),
        password: 'my own guess',
      }),
      200,
    );
    await jsonOf(await passwordGrant(victim, 'stranger password'), 400);
    await jsonOf(await passwordGrant(victim, 'my own guess'), 400);
  });

  it('then the victim registering again supersedes it: same account, their password and role, a new code', async () => {
    const victim = phoneNumber();
    const first = await register(victim, 'stranger password', 'driver');
    await jsonOf(first, 201);
    const strangersCode = await codeSentTo(victim);
    await skipCooldown(victim);

    const second = await register(victim, 'victim password', 'user');
    expect(await jsonOf(second, 201)).toEqual({
      message: expect.stringMatching(/^account \d+ created; a verification code was sent to/) as unknown,
    });
    expect(second.headers.get('location')).toBe(first.headers.get('location'));
    const rows = await storedAccount(victim);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.role).toBe('user');
    expect(await verifyPassword(rows[0]?.password_hash ?? undefined, 'victim password')).toBe(true);

    const victimsCode = await codeSentTo(victim);
    if (victimsCode !== strangersCode) {
      // The stranger's code was replaced by the new one.
      await jsonOf(await token({ grant_type: OTP_GRANT, phone_number: victim, otp: strangersCode }), 400);
    }
    const tokens = await jsonOf(
      await token({
        grant_type: OTP_GRANT,
        phone_number: victim,
        otp: victimsCode,
        password: 'victim password',
      }),
      200,
    );
    expect(tokens.scope).toBe('user');
    await jsonOf(await passwordGrant(victim, 'victim password'), 200);
    await jsonOf(await passwordGrant(victim, 'stranger password'), 400);

    // Verified now: nobody can register it again.
    await skipCooldown(victim);
    expect(await jsonOf(await register(victim, 'stranger password'), 409)).toEqual({
      message: `phone number ${victim} is already registered`,
    });
  });
});

/** Two sign-ins (two token families) of one account. */
async function twoSignIns(account: TestAccount): Promise<Tokens[]> {
  return [await signIn(server, account), await signIn(server, account, 'ios')];
}

async function expectRevoked(account: TestAccount, sessions: Tokens[]): Promise<void> {
  for (const session of sessions) {
    expect(
      await jsonOf(
        await server.request(`${api}/account/${account.id}`, { bearer: session.access_token }),
        401,
      ),
    ).toEqual({ code: 401.4, message: 'access token is invalid or revoked' });
    const refreshed = await jsonOf(
      await token({ grant_type: 'refresh_token', refresh_token: session.refresh_token }),
      400,
    );
    expect(refreshed.error).toBe('invalid_grant');
  }
}

describe('when an account changes its password', () => {
  const change = (account: TestAccount, bearer: string, body: Record<string, string>, id = account.id) =>
    server.request(`${api}/account/${id}/password`, { method: 'PUT', bearer, json: body });

  it('then the current password is required, only for your own account, and every sign-in ends', async () => {
    const account = await createAccount(server);
    const other = await createAccount(server);
    const sessions = await twoSignIns(account);
    const bearer = sessions[0]?.access_token ?? '';

    expect(
      await jsonOf(
        await change(account, bearer, { current_password: 'not it', new_password: 'a new password' }),
        422,
      ),
    ).toEqual({
      message: 'the request has 1 invalid field: current_password',
      errors: [{ field: 'current_password', message: ['is not the password of this account'] }],
    });
    expect(
      await jsonOf(
        await change(
          account,
          bearer,
          { current_password: other.password, new_password: 'a new password' },
          other.id,
        ),
        403,
      ),
    ).toEqual({ message: 'you can only change the password of your own account' });

    const changed = await change(account, bearer, {
      current_password: account.password,
      new_password: 'a new password',
    });
    expect(await jsonOf(changed, 200)).toEqual({
      message: `password of account ${account.id} changed; every sign-in was ended`,
    });
    await expectRevoked(account, sessions);
    await jsonOf(await passwordGrant(account.phoneNumber, account.password), 400);
    await jsonOf(await passwordGrant(account.phoneNumber, 'a new password'), 200);
    // The other account was not touched.
    await signIn(server, other);
  });
});

describe('when a password is reset with a one-time code', () => {
  const reset = (body: Record<string, string>) =>
    server.request(`${api}/password-reset`, { method: 'POST', json: body });

  it('then a wrong code is a 422 on otp, and the right one sets the password and ends every sign-in', async () => {
    const account = await createAccount(server);
    const sessions = await twoSignIns(account);
    await jsonOf(
      await server.request(`${api}/otp`, { method: 'POST', json: { phone_number: account.phoneNumber } }),
      201,
    );
    const code = await codeSentTo(account.phoneNumber);
    const wrong = code === '000000' ? '111111' : '000000';

    expect(
      await jsonOf(
        await reset({ phone_number: account.phoneNumber, otp: wrong, new_password: 'reset password' }),
        422,
      ),
    ).toEqual({
      message: 'the request has 1 invalid field: otp',
      errors: [{ field: 'otp', message: ['is wrong'] }],
    });
    const done = await reset({
      phone_number: account.phoneNumber,
      otp: code,
      new_password: 'reset password',
    });
    expect(await jsonOf(done, 201)).toEqual({
      message: `password of ${account.phoneNumber} reset; every sign-in was ended`,
    });
    await expectRevoked(account, sessions);
    await jsonOf(await passwordGrant(account.phoneNumber, account.password), 400);
    await jsonOf(await passwordGrant(account.phoneNumber, 'reset password'), 200);

    // The code is used up.
    const again = await jsonOf(
      await reset({ phone_number: account.phoneNumber, otp: code, new_password: 'third password' }),
      422,
    );
    expect(again.errors).toEqual([
      {
        field: 'otp',
        message: ['is not pending for this phone number, or it expired: ask for a new one at /otp'],
      },
    ]);
  });

  it('then it also verifies a phone whose pending password was discarded', async () => {
    const phone = phoneNumber();
    await jsonOf(await register(phone, 'stranger password'), 201);
    await jsonOf(
      await token({ grant_type: OTP_GRANT, phone_number: phone, otp: await codeSentTo(phone) }),
      200,
    );
    await skipCooldown(phone);
    await jsonOf(await server.request(`${api}/otp`, { method: 'POST', json: { phone_number: phone } }), 201);
    await jsonOf(
      await reset({ phone_number: phone, otp: await codeSentTo(phone), new_password: 'owner password' }),
      201,
    );
    await jsonOf(await passwordGrant(phone, 'owner password'), 200);
  });

  it('then a number nobody registered gets the same 422 as an expired code', async () => {
    const body = await jsonOf(
      await reset({ phone_number: phoneNumber(), otp: '123456', new_password: 'whatever password' }),
      422,
    );
    expect(body.errors).toEqual([
      {
        field: 'otp',
        message: ['is not pending for this phone number, or it expired: ask for a new one at /otp'],
      },
    ]);
  });
});

describe('when the SMS sender fails during registration', () => {
  let gateway: Server;
  let failing = true;
  let viaWebhook: TestServer;

  beforeAll(async () => {
    // A real SMS gateway stand-in over HTTP: answers 502 while `failing`, then 200.
    gateway = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        response.writeHead(failing ? 502 : 200).end();
      });
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    const { port } = gateway.address() as AddressInfo;
    viaWebhook = await startTestServer({
      otpSender: 'webhook',
      otpWebhookUrl: `http://127.0.0.1:${port}/sms`,
    });
  });
  afterAll(async () => {
    await viaWebhook.close();
    await new Promise((resolve) => gateway.close(resolve));
  });

  it('then it answers 503, keeps no account, no code and no cooldown, and the same call succeeds later', async () => {
    failing = true;
    const phone = phoneNumber();
    const refused = await register(phone, 'a good password', 'user', viaWebhook);
    expect(refused.headers.get('retry-after')).toBe('30');
    expect(await jsonOf(refused, 503)).toEqual({
      message: 'the SMS sender is unavailable; try again shortly',
    });
    expect(await storedAccount(phone)).toEqual([]);
    expect(await server.redis.exists(`otp:cooldown:${phone}`, `otp:code:${phone}`)).toBe(0);

    failing = false;
    await jsonOf(await register(phone, 'a good password', 'user', viaWebhook), 201);
    expect(await storedAccount(phone)).toHaveLength(1);
  });

  it('then a superseding registration is undone: the earlier password and role stay', async () => {
    failing = false;
    const phone = phoneNumber();
    await jsonOf(await register(phone, 'first password', 'driver'), 201);
    await skipCooldown(phone);

    failing = true;
    await jsonOf(await register(phone, 'second password', 'user', viaWebhook), 503);
    const [row] = await storedAccount(phone);
    expect(row?.role).toBe('driver');
    expect(await verifyPassword(row?.password_hash ?? undefined, 'first password')).toBe(true);
  });
});

describe('when an account is deleted', () => {
  const remove = (id: number, bearer: string) =>
    server.request(`${api}/account/${id}`, { method: 'DELETE', bearer });
  const revoked = { code: 401.4, message: 'access token is invalid or revoked' };
  /** What these tests made, removed afterwards (tombstones included). */
  const made: { products: number[]; accounts: number[] } = { products: [], accounts: [] };
  let productId = 0;

  beforeAll(async () => {
    const [result] = await server.pool.execute<ResultSetHeader>(
      'INSERT INTO product (name, price, image_url) VALUES (?, ?, ?)',
      ['Nasi Goreng', '25000.00', 'https://images.example.com/nasi-goreng.jpg'],
    );
    productId = result.insertId;
    made.products.push(productId);
  });
  afterAll(async () => {
    const accounts = [0, ...made.accounts];
    await server.pool.query('DELETE FROM order_item WHERE product_id IN (?)', [made.products]);
    await server.pool.query('DELETE FROM `order` WHERE user_id IN (?)', [accounts]);
    await server.pool.query('DELETE FROM address WHERE user_id IN (?)', [accounts]);
    await server.pool.query('DELETE FROM user_profile WHERE account_id IN (?)', [accounts]);
    await server.pool.query('DELETE FROM account WHERE id IN (?)', [accounts]);
    await server.pool.query('DELETE FROM product WHERE id IN (?)', [made.products]);
  });

  /** A user with a profile, two addresses and an order, signed in on android and ios. */
  async function customer() {
    const account = await createAccount(server, 'user');
    made.accounts.push(account.id);
    const sessions = await twoSignIns(account);
    const bearer = sessions[0]?.access_token ?? '';
    await jsonOf(
      await server.request(`${api}/user/${account.id}`, {
        method: 'PATCH',
        bearer,
        json: { display_name: 'Siti Rahayu' },
      }),
      200,
    );
    const self = { id: account.id, token: bearer };
    const addresses: number[] = [];
    for (const label of ['Rumah', 'Kantor']) {
      addresses.push(await saveAddress(server, self, { label, lat: -7.265432, lng: 112.745678 }));
    }
    const [pickup = 0, dropoff = 0] = addresses;
    const order = (): Promise<number> => placeOrder(server, self, { productId, pickup, dropoff });
    return { account, sessions, bearer, addresses, order };
  }

  async function signedInDriver() {
    const account = await createAccount(server, 'driver');
    made.accounts.push(account.id);
    return { account, bearer: (await signIn(server, account)).access_token };
  }

  const move = (bearer: string, orderId: number, status: string) =>
    server.request(`${api}/delivery/${orderId}`, { method: 'PATCH', bearer, json: { status } });

  it('then by its owner every sign-in ends, the orders stay anonymised, and the rest of its data goes', async () => {
    const owner = await customer();
    const delivered = await owner.order();
    const waiting = await owner.order();
    const driver = await signedInDriver();
    await jsonOf(
      await server.request(`${api}/delivery`, {
        method: 'POST',
        bearer: driver.bearer,
        json: { order_id: delivered },
      }),
      201,
    );
    await jsonOf(await move(driver.bearer, delivered, 'picked_up'), 200);
    await jsonOf(await move(driver.bearer, delivered, 'delivered'), 200);

    expect(await jsonOf(await remove(owner.account.id, owner.bearer), 200)).toEqual({
      message: `account ${owner.account.id} deleted; every sign-in was ended`,
    });

    // Every platform's tokens are revoked: reads and writes answer 401.4, never 404.
    await expectRevoked(owner.account, owner.sessions);
    for (const session of owner.sessions) {
      const bearer = session.access_token;
      expect(await jsonOf(await server.request(`${api}/user/${owner.account.id}`, { bearer }), 401)).toEqual(
        revoked,
      );
      expect(
        await jsonOf(await server.request(`${api}/user/${owner.account.id}/address?page=1`, { bearer }), 401),
      ).toEqual(revoked);
      expect(
        await jsonOf(
          await server.request(`${api}/user/${owner.account.id}/address`, {
            method: 'POST',
            bearer,
            json: { label: 'Baru', street: 'Jl. Baru', city_id: 16, lat: -7.2, lng: 112.7 },
          }),
          401,
        ),
      ).toEqual(revoked);
      expect(await jsonOf(await remove(owner.account.id, bearer), 401)).toEqual(revoked);
    }
    await jsonOf(await passwordGrant(owner.account.phoneNumber, owner.account.password), 400);

    // The books: both orders stay, the waiting one cancelled, streets and labels removed,
    // coordinates blurred to 2 decimals; totals and lines kept.
    const [orders] = await server.pool.query<RowDataPacket[]>(
      `SELECT id, status, total, pickup_label, pickup_street, pickup_lat, pickup_lng,
              dropoff_label, dropoff_street, dropoff_lat, dropoff_lng
         FROM \`order\` WHERE user_id = ? ORDER BY id`,
      [owner.account.id],
    );
    const anonymised = {
      total: '25000.00',
      pickup_label: 'removed',
      pickup_street: 'removed: the account was deleted',
      pickup_lat: -7.27,
      pickup_lng: 112.75,
      dropoff_label: 'removed',
      dropoff_street: 'removed: the account was deleted',
      dropoff_lat: -7.27,
      dropoff_lng: 112.75,
    };
    expect(orders).toEqual([
      { id: delivered, status: 'delivered', ...anonymised },
      { id: waiting, status: 'cancelled', ...anonymised },
    ]);
    // The driver still reads the delivery it made, anonymised.
    const delivery = await jsonOf(
      await server.request(`${api}/delivery/${delivered}`, { bearer: driver.bearer }),
      200,
    );
    expect(delivery.data).toMatchObject({ dropoff: { street: 'removed: the account was deleted' } });

    const [addresses] = await server.pool.query<RowDataPacket[]>(
      'SELECT label, street, deleted_at IS NOT NULL AS gone FROM address WHERE user_id = ?',
      [owner.account.id],
    );
    expect(addresses).toEqual([
      { label: 'removed', street: 'removed: the account was deleted', gone: 1 },
      { label: 'removed', street: 'removed: the account was deleted', gone: 1 },
    ]);
    const [profiles] = await server.pool.query('SELECT 1 FROM user_profile WHERE account_id = ?', [
      owner.account.id,
    ]);
    expect(profiles).toEqual([]);
    const [account] = await server.pool.query<RowDataPacket[]>(
      'SELECT phone_number, password_hash, deleted_at IS NOT NULL AS deleted FROM account WHERE id = ?',
      [owner.account.id],
    );
    expect(account).toEqual([{ phone_number: null, password_hash: null, deleted: 1 }]);
  });

  it('then its phone number can register again, as a new account', async () => {
    const owner = await customer();
    await jsonOf(await remove(owner.account.id, owner.bearer), 200);

    const again = await register(owner.account.phoneNumber, 'a brand new password');
    await jsonOf(again, 201);
    const newId = Number(again.headers.get('location')?.split('/').pop());
    made.accounts.push(newId);
    expect(newId).not.toBe(owner.account.id);
    const tokens = await jsonOf(
      await token({
        grant_type: OTP_GRANT,
        phone_number: owner.account.phoneNumber,
        otp: await codeSentTo(owner.account.phoneNumber),
        password: 'a brand new password',
      }),
      200,
    );
    const read = await jsonOf(
      await server.request(`${api}/account/${newId}`, { bearer: String(tokens.access_token) }),
      200,
    );
    expect(read.data).toMatchObject({
      id: newId,
      phone_number: owner.account.phoneNumber,
      phone_verified: true,
    });
    // The new account starts empty: none of the old one's addresses.
    const list = await server.request(`${api}/user/${newId}/address?page=1`, {
      bearer: String(tokens.access_token),
    });
    expect(list.status).toBe(204);
  });

  it('then an admin may delete any account (a driver: its location goes too), others only their own', async () => {
    const admin = await createAccount(server, 'admin');
    made.accounts.push(admin.id);
    const adminBearer = (await signIn(server, admin)).access_token;
    const driver = await signedInDriver();
    const stranger = await customer();
    await jsonOf(
      await server.request(`${api}/driver/${driver.account.id}/location`, {
        method: 'PUT',
        bearer: driver.bearer,
        json: { lat: -7.25, lng: 112.75 },
      }),
      200,
    );

    expect(await jsonOf(await remove(driver.account.id, stranger.bearer), 403)).toEqual({
      message: 'you can only delete your own account',
    });
    await jsonOf(await remove(driver.account.id, adminBearer), 200);
    expect(await server.redis.geopos('driver:location', String(driver.account.id))).toEqual([null]);
    expect(await server.redis.zscore('driver:location-time', String(driver.account.id))).toBeNull();
    expect(
      await jsonOf(
        await server.request(`${api}/driver/${driver.account.id}`, { bearer: driver.bearer }),
        401,
      ),
    ).toEqual(revoked);
    // Gone for the admin too: reading or deleting it again is a 404.
    expect(
      await jsonOf(await server.request(`${api}/account/${driver.account.id}`, { bearer: adminBearer }), 404),
    ).toEqual({
      message: `account ${driver.account.id} not found`,
    });
    expect(await jsonOf(await remove(driver.account.id, adminBearer), 404)).toEqual({
      message: `account ${driver.account.id} not found`,
    });
  });

  it('then a driver deleted while accepting an order never holds it: the accept answers 401.4', async () => {
    const owner = await customer();
    const orderId = await owner.order();
    const driver = await signedInDriver();
    // The deletion's first step, held open: the account row locked, as DELETE /account does.
    const deletion = await server.pool.getConnection();
    try {
      await deletion.beginTransaction();
      await deletion.query('SELECT id FROM account WHERE id = ? FOR UPDATE', [driver.account.id]);
      const accepting = server.request(`${api}/delivery`, {
        method: 'POST',
        bearer: driver.bearer,
        json: { order_id: orderId },
      });
      // Long enough for the accept to reach InnoDB and wait, short of the 500 ms query timeout.
      await new Promise((resolve) => setTimeout(resolve, 250));
      await deletion.query(
        'UPDATE account SET phone_number = NULL, deleted_at = CURRENT_TIMESTAMP(3) WHERE id = ?',
        [driver.account.id],
      );
      await deletion.commit();
      expect(await jsonOf(await accepting, 401)).toEqual(revoked);
    } finally {
      deletion.release();
    }
    const [rows] = await server.pool.query<RowDataPacket[]>(
      'SELECT status, driver_id FROM `order` WHERE id = ?',
      [orderId],
    );
    expect(rows).toEqual([{ status: 'created', driver_id: null }]);
  });

  it('then an order under way (as user or driver) refuses it with 409 until it is delivered', async () => {
    const owner = await customer();
    const orderId = await owner.order();
    const driver = await signedInDriver();
    await jsonOf(
      await server.request(`${api}/delivery`, {
        method: 'POST',
        bearer: driver.bearer,
        json: { order_id: orderId },
      }),
      201,
    );
    const busy = `order ${orderId} is under way: wait until it is delivered`;
    expect(await jsonOf(await remove(owner.account.id, owner.bearer), 409)).toEqual({
      message: `account ${owner.account.id} cannot be deleted while ${busy}`,
    });
    expect(await jsonOf(await remove(driver.account.id, driver.bearer), 409)).toEqual({
      message: `account ${driver.account.id} cannot be deleted while ${busy}`,
    });
    // Nothing was touched: the user still signs in and reads their addresses.
    await jsonOf(await server.request(`${api}/address/${owner.addresses[0]}`, { bearer: owner.bearer }), 200);

    await jsonOf(await move(driver.bearer, orderId, 'picked_up'), 200);
    await jsonOf(await move(driver.bearer, orderId, 'delivered'), 200);
    await jsonOf(await remove(driver.account.id, driver.bearer), 200);
    await jsonOf(await remove(owner.account.id, owner.bearer), 200);
  });
});
