/**
 * The repository's TypeScript client (clients/typescript) for tests: a test that reads a field
 * or sends a parameter the spec does not have fails to compile.
 */
import {
  createCoreClient,
  createDriverClient,
  createUserClient,
  type CoreClient,
  type DriverClient,
  type UserClient,
} from '../../clients/typescript/src/index.ts';
import { appTokens } from './env.ts';

export interface TypedClients {
  core: CoreClient;
  user: UserClient;
  driver: DriverClient;
}

/** Clients of every service at `baseUrl`, sending the android app token and, if given, an access token. */
export function typedClients(baseUrl: string, accessToken?: string): TypedClients {
  const options = { baseUrl, appToken: appTokens.android, platform: 'android' as const, accessToken };
  return {
    core: createCoreClient(options),
    user: createUserClient(options),
    driver: createDriverClient(options),
  };
}
