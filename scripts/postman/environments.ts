/**
 * The collection's environments: local (`npm start`), gateway (HAProxy in front of the
 * services: `bash scripts/start-gateway.sh` or `docker compose up`) and mock (Prism,
 * `npm run mock`). The CI runner (test/postman/run-newman.ts) starts from `local` and points it
 * at its own server.
 */
import { loadConfig } from '../../src/config.ts';
import { uuidOf } from './collection.ts';
import { POSTMAN_PLATFORM } from './source.ts';

interface Variable {
  key: string;
  value: string;
  description: string;
}

export interface PostmanEnvironment {
  id: string;
  name: string;
  values: { key: string; value: string; type: 'default' | 'secret'; enabled: true }[];
  _postman_variable_scope: 'environment';
}

const SECRET = new Set(['app_token', 'admin_password']);

function environment(name: string, variables: readonly Variable[]): PostmanEnvironment {
  return {
    id: uuidOf(`environment ${name}`),
    name,
    values: variables.map(({ key, value }) => ({
      key,
      value,
      type: SECRET.has(key) ? 'secret' : 'default',
      enabled: true,
    })),
    _postman_variable_scope: 'environment',
  };
}

/** What every environment holds; the descriptions go to the docs (Postman environments have none). */
function variables(
  baseUrl: string,
  appToken: string,
  admin: { phone: string; password: string; otp: string },
): Variable[] {
  return [
    { key: 'base_url', value: baseUrl, description: 'where the API answers' },
    { key: 'app_token', value: appToken, description: `the ${POSTMAN_PLATFORM} app's X-APP-TOKEN` },
    {
      key: 'otp_lookup_url',
      value: '',
      description:
        'a development outbox that answers {code} for ?phone_number= (the CI runner serves one); empty: paste each code into `otp`',
    },
    { key: 'otp', value: admin.otp, description: 'the one-time code, when there is no otp_lookup_url' },
    { key: 'admin_phone', value: admin.phone, description: 'an admin account (operators make them in SQL)' },
    { key: 'admin_password', value: admin.password, description: "that admin's password" },
  ];
}

export function environments(): Record<string, PostmanEnvironment> {
  // The development default, which `npm start` accepts outside production.
  const devToken = loadConfig({}).appTokens[POSTMAN_PLATFORM];
  const noAdmin = { phone: '', password: '', otp: '' };
  return {
    local: environment('local (npm start)', variables('http://127.0.0.1:8080', devToken, noAdmin)),
    gateway: environment('gateway (HAProxy)', variables('http://127.0.0.1:8080', devToken, noAdmin)),
    // Prism checks that a token is there, not which; any code and password fit the spec.
    mock: environment(
      'mock (Prism)',
      variables('http://127.0.0.1:4010', 'any', {
        phone: '+6281234567890',
        password: 'mock password',
        otp: '123456',
      }),
    ),
  };
}
