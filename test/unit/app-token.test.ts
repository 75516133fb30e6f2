/** The app token check (SG-07) answers the same once a valid token has been remembered. */
import type { Request, Response } from 'express';
import { describe, expect, it } from 'vitest';
import type { Platform } from '../../src/config.ts';
import { AuthenticationError } from '../../src/errors.ts';
import { appTokenHandler } from '../../src/runtime/app-token.ts';

const tokens = {
  android: 'android-token-0123456789',
  ios: 'ios-token-0123456789',
  web: 'web-token-0123456789',
};

function check(handler: ReturnType<typeof appTokenHandler>, platform: Platform, token?: string): unknown {
  const request = { headers: token === undefined ? {} : { 'x-app-token': token } } as unknown as Request;
  try {
    return handler({ request, response: {} as unknown as Response, platform, scopes: [] });
  } catch (error) {
    return error instanceof AuthenticationError ? error.code : error;
  }
}

describe('appTokenHandler', () => {
  it('accepts a platform its own token, again and again', () => {
    const handler = appTokenHandler(tokens);
    expect(check(handler, 'android', tokens.android)).toBeUndefined();
    expect(check(handler, 'android', tokens.android)).toBeUndefined();
  });

  it("refuses another platform's token with 401.2, also after it was accepted on its own platform", () => {
    const handler = appTokenHandler(tokens);
    expect(check(handler, 'android', tokens.android)).toBeUndefined();
    expect(check(handler, 'ios', tokens.android)).toBe(401.2);
    expect(check(handler, 'ios', tokens.ios)).toBeUndefined();
    expect(check(handler, 'android', tokens.ios)).toBe(401.2);
  });

  it('refuses a wrong token every time, and a missing one with 401.1', () => {
    const handler = appTokenHandler(tokens);
    expect(check(handler, 'web', 'web-token-0123456788')).toBe(401.2);
    expect(check(handler, 'web', 'web-token-0123456788')).toBe(401.2);
    expect(check(handler, 'web', `${tokens.web}x`)).toBe(401.2);
    expect(check(handler, 'web')).toBe(401.1);
    expect(check(handler, 'web', '')).toBe(401.1);
  });
});
