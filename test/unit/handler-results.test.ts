/**
 * What a handler may return, checked by the compiler (`npm run typecheck` covers test/): a
 * response header the spec marks `required: true` must be returned (issue 11: the spec's
 * required headers are the server's promises, so a handler cannot forget one).
 */
import { describe, expect, it } from 'vitest';
import type { CoreHandlers } from '../../generated/core.operations.ts';

type Result<H extends keyof CoreHandlers> = Awaited<ReturnType<CoreHandlers[H]>>;

describe('handler results', () => {
  it('a create returns its required Location; without it, it does not compile', () => {
    const created: Result<'createProduct'> = {
      status: 201,
      body: { message: 'product 1 created' },
      headers: { Location: '/api/android/v1/product/1' },
    };
    const withoutLocation: Result<'createProduct'> = {
      status: 201,
      body: { message: 'product 1 created' },
      // @ts-expect-error -- Location is required on the 201 of a create (SG-19)
      headers: {},
    };
    const withRuntimeHeader: Result<'createProduct'> = {
      ...created,
      headers: {
        Location: '/api/android/v1/product/1',
        // @ts-expect-error -- the runtime owns Deprecation, Sunset and Link: a handler never sets them
        Sunset: 'Wed, 30 Jun 2027 00:00:00 GMT',
      },
    };
    expect([created, withoutLocation, withRuntimeHeader].map(({ status }) => status)).toEqual([
      201, 201, 201,
    ]);
  });

  it('the token answer returns its required Cache-Control and Pragma', () => {
    const body = { token_type: 'Bearer', expires_in: 900 } as const;
    const issued: Result<'createOauthToken'> = {
      status: 200,
      body,
      headers: { 'Cache-Control': 'no-store', Pragma: 'no-cache' },
    };
    const withoutPragma: Result<'createOauthToken'> = {
      status: 200,
      body,
      // @ts-expect-error -- Pragma is required beside Cache-Control (RFC 6749 section 5.1)
      headers: { 'Cache-Control': 'no-store' },
    };
    expect([issued, withoutPragma].map(({ status }) => status)).toEqual([200, 200]);
  });

  it('a read with no header of its own to set takes none', () => {
    const read: Result<'readCity'> = {
      status: 200,
      body: { data: { id: 1, country_id: 1, name: 'Jakarta', province: 'DKI Jakarta' }, message: 'ok' },
    };
    expect(read.status).toBe(200);
  });
});
