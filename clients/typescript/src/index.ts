/**
 * Typed clients of the delivery platform API, one per service, over the `paths` that
 * `npm run generate` writes from spec/ (type-only imports: nothing generated is copied or
 * shipped at run time). Each client sends the platform's `X-APP-TOKEN`, fills `{platform}` in
 * every URL, and sends the access token as `Authorization: Bearer` when it has one.
 */
import createClient, { type Client } from 'openapi-fetch';
import type { paths as CorePaths } from '../../../generated/core.ts';
import type { paths as DriverPaths } from '../../../generated/driver.ts';
import type { paths as UserPaths } from '../../../generated/user.ts';
import type { Platform, PlatformPaths } from './platform-paths.ts';

export type { Platform, PlatformPaths } from './platform-paths.ts';
export type { CorePaths, DriverPaths, UserPaths };

export interface ClientOptions {
  /** Where the API answers, e.g. `http://127.0.0.1:8080` (`npm start`) or the gateway. */
  baseUrl: string;
  /** The platform's X-APP-TOKEN (SG-07). */
  appToken: string;
  /** The platform of every URL; default `android`. */
  platform?: Platform;
  /** The access token, or a function asked before every request (so a refreshed token is used at once). */
  accessToken?: string | (() => string | undefined);
  /** Another fetch (tests, React Native polyfills); default `globalThis.fetch`. */
  fetch?: (request: Request) => Promise<Response>;
}

export type CoreClient = Client<PlatformPaths<CorePaths>>;
export type UserClient = Client<PlatformPaths<UserPaths>>;
export type DriverClient = Client<PlatformPaths<DriverPaths>>;

function clientOf<Paths extends object>(options: ClientOptions): Client<PlatformPaths<Paths>> {
  const platform = encodeURIComponent(options.platform ?? 'android');
  // openapi-fetch leaves a path parameter that the call does not give as `{name}` in the URL;
  // the client's platform goes there when the Request is made.
  class PlatformRequest extends Request {
    constructor(input: RequestInfo | URL, init?: RequestInit) {
      super(typeof input === 'string' ? input.replaceAll('{platform}', platform) : input, init);
    }
  }
  const client = createClient<PlatformPaths<Paths>>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    headers: { 'X-APP-TOKEN': options.appToken },
    Request: PlatformRequest,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const { accessToken } = options;
  if (accessToken !== undefined) {
    client.use({
      onRequest({ request }) {
        const token = typeof accessToken === 'function' ? accessToken() : accessToken;
        if (token && !request.headers.has('Authorization'))
          request.headers.set('Authorization', `Bearer ${token}`);
        return request;
      },
    });
  }
  return client;
}

/** Accounts, sign-in (OAuth 2 token endpoint), products, geography, discovery. */
export function createCoreClient(options: ClientOptions): CoreClient {
  return clientOf<CorePaths>(options);
}

/** The customer's profile, addresses and orders. */
export function createUserClient(options: ClientOptions): UserClient {
  return clientOf<UserPaths>(options);
}

/** The driver's profile, location, offers and deliveries. */
export function createDriverClient(options: ClientOptions): DriverClient {
  return clientOf<DriverPaths>(options);
}
