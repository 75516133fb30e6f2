/**
 * Clients typed by the generated `paths` of each service (openapi-fetch): a test that reads a
 * field or sends a parameter the spec does not have fails to compile.
 */
import createClient, { type Client } from 'openapi-fetch';
import type { paths as CorePaths } from '../../generated/core.ts';
import type { paths as DriverPaths } from '../../generated/driver.ts';
import type { paths as UserPaths } from '../../generated/user.ts';
import { appTokens } from './env.ts';

export interface TypedClients {
  core: Client<CorePaths>;
  user: Client<UserPaths>;
  driver: Client<DriverPaths>;
}

/** Clients of every service at `baseUrl`, sending the android app token and, if given, an access token. */
export function typedClients(baseUrl: string, accessToken?: string): TypedClients {
  const headers: Record<string, string> = { 'X-APP-TOKEN': appTokens.android };
  if (accessToken) headers.Authorization = `Bearer ${accessToken}`;
  return {
    core: createClient<CorePaths>({ baseUrl, headers }),
    user: createClient<UserPaths>({ baseUrl, headers }),
    driver: createClient<DriverPaths>({ baseUrl, headers }),
  };
}
