'use strict';
/**
 * How the contract tests produce each documented status on demand. Dredd sends the same
 * example request for every status of an operation; a recipe turns it into the request that
 * must get that status (SG-22..SG-24, SG-26), or says why the status is skipped. The rules are
 * generic, keyed by status; a service's plan (services/<name>.ts) supplies the ids of the data
 * it prepared and the access tokens of its accounts, and may replace a rule for one operation
 * and status (`cases`, `skips`).
 */
const { URLSearchParams } = require('node:url');

/** An id that no test creates: the integer path parameters of every error case. */
const MISSING_ID = 999999;

/** More than the server's 100kb body limit. */
const OVERSIZED_BYTES = 200 * 1024;

const FORM = 'application/x-www-form-urlencoded';

/** An access token the server never issued (401.4). */
const GARBAGE_ACCESS_TOKEN = 'garbage-not-an-access-token';

/** The server's token format with an expiry in clear of 1970 (at.<base36 seconds>.<43 chars>): 401.5. */
const EXPIRED_ACCESS_TOKEN = `at.1.${'Expired0contract0test0token0'.padEnd(43, '0')}`;

const SERVER_ERROR_REASON =
  'a correct server cannot produce a 500 on demand; the 500 body (SG-25, trace only outside ' +
  'production) is covered by test/integration/response-contract.test.ts, which injects a faulty handler';

const DEPENDENCY_DOWN_REASON =
  'a 503 needs MariaDB or Redis down or frozen, which the shared test instances must never be; ' +
  'the 503 body, Retry-After and time bound are covered by test/faults/, which runs its own instances';

/** The path parameters of a concrete URI, read against its template. */
function pathValues(template, uri) {
  const names = template.split('/');
  const values = uri.split('?')[0].split('/');
  const params = {};
  names.forEach((segment, index) => {
    const match = /^\{(.+)\}$/.exec(segment);
    if (match) params[match[1]] = decodeURIComponent(values[index] ?? '');
  });
  return params;
}

function fillPath(template, params) {
  return template.replace(/\{([^}]+)\}/g, (_whole, name) => encodeURIComponent(String(params[name])));
}

function setHeader(headers, name, value) {
  for (const key of Object.keys(headers)) if (key.toLowerCase() === name.toLowerCase()) delete headers[key];
  if (value !== undefined) headers[name] = value;
}

/** The editable view of Dredd's request: params, query, headers, body. */
function readRequest(transaction, template) {
  const [, queryText = ''] = transaction.request.uri.split(/\?(.*)/s);
  return {
    method: transaction.request.method,
    params: pathValues(template, transaction.request.uri),
    query: new URLSearchParams(queryText),
    headers: { ...transaction.request.headers },
    body: transaction.request.body ?? '',
  };
}

/** Writes the view back into the transaction (the server URL has no base path: fullPath = uri). */
function writeRequest(transaction, template, request) {
  const query = request.query.toString();
  let path = fillPath(template, request.params);
  // A per-platform bundle's paths are literal (`/api/android/...`): a recipe that names another
  // platform (an unknown one for the 404) changes that segment instead of a `{platform}` value.
  if (request.params.platform !== undefined && !template.includes('{platform}')) {
    path = path.replace(/^\/api\/[^/]+\//, `/api/${request.params.platform}/`);
  }
  transaction.request.uri = `${path}${query ? `?${query}` : ''}`;
  transaction.fullPath = transaction.request.uri;
  transaction.request.method = request.method;
  transaction.request.headers = request.headers;
  transaction.request.body = request.body;
}

function integerPathParams(operation) {
  return operation.parameters.filter(
    (parameter) => parameter.in === 'path' && ['integer', 'number'].includes(parameter.schema?.type),
  );
}

/** A value of the wrong type for a property schema (a string where a number belongs, and so on). */
function wrongTypeFor(schema) {
  return schema?.type === 'string' ? 12345 : 'not-a-number';
}

function expectFields(fields) {
  return (body) => {
    const reported = Array.isArray(body?.errors) ? body.errors.map((entry) => entry.field) : [];
    const absent = fields.filter((field) => !reported.includes(field));
    return absent.length === 0
      ? []
      : [`errors: expected an entry for ${absent.join(', ')}, got [${reported.join(', ')}]`];
  };
}

function expectMessage(pattern) {
  return (body) =>
    typeof body?.message === 'string' && pattern.test(body.message)
      ? []
      : [`message: expected ${pattern}, got ${JSON.stringify(body?.message)}`];
}

function expectCode(code) {
  return (body) => (body?.code === code ? [] : [`code: expected ${code}, got ${JSON.stringify(body?.code)}`]);
}

function expectScopes(scopes) {
  return (body) => {
    const message = typeof body?.message === 'string' ? body.message : '';
    const unnamed = scopes.filter((scope) => !message.includes(`'${scope}'`));
    return unnamed.length === 0
      ? []
      : [
          `message: expected it to name the missing scope '${unnamed.join("', '")}', got ${JSON.stringify(message)}`,
        ];
  };
}

/**
 * The extra 401 transactions, one per cause the operation's security can produce (Dredd makes one
 * 401 per operation, from the first example: 401.1). `when` says which operations have the cause.
 */
const AUTH_VARIANTS = {
  'wrong-app-token': { code: 401.2, label: 'X-APP-TOKEN of another platform', when: () => true },
  'no-access-token': {
    code: 401.3,
    label: 'no access token',
    when: (operation) => operation.accessTokenScopes !== undefined,
  },
  'invalid-access-token': {
    code: 401.4,
    label: 'an access token never issued',
    when: (operation) => operation.accessTokenScopes !== undefined,
  },
  'expired-access-token': {
    code: 401.5,
    label: 'an expired access token',
    when: (operation) => operation.accessTokenScopes !== undefined,
  },
  'no-csrf-token': {
    code: 401.6,
    label: 'no CSRF token',
    when: (operation, context) =>
      operation.csrfHeader !== undefined && context.plan.csrfPlatform !== undefined,
  },
};

/** The 401 variants an operation gets besides Dredd's own (401.1), in order. */
function authVariants(operation, context) {
  return Object.entries(AUTH_VARIANTS)
    .filter(([, variant]) => variant.when(operation, context))
    .map(([name, variant]) => ({ name, code: variant.code, label: variant.label }));
}

/** A platform no API serves: its URLs are unknown URLs (404), whatever the operation. */
const UNKNOWN_PLATFORM = 'foo';

/**
 * The extra transactions of a status, besides Dredd's own: the 401 causes (AUTH_VARIANTS), and
 * for a 404 that Dredd's transaction makes with a missing id, the unknown platform.
 */
function variantsOf(status, operation, context) {
  if (status === '401') return authVariants(operation, context);
  if (status === '404' && integerPathParams(operation).length > 0) {
    return [{ name: 'unknown-platform', label: `platform '${UNKNOWN_PLATFORM}', which is not served` }];
  }
  return [];
}

/** The methods a URL does not serve, for its 405: the first of them is sent. */
const OTHER_METHODS = ['DELETE', 'PATCH', 'PUT', 'POST', 'GET'];

/** Expects the 405's `Allow` to list exactly the URL's methods (HEAD with GET). */
function expectAllow(methods) {
  const allowed = methods.map((method) => method.toUpperCase()).sort();
  if (allowed.includes('GET')) allowed.push('HEAD');
  const want = allowed.join(', ');
  return (_body, headers) =>
    headers.allow === want ? [] : [`Allow: expected '${want}', got '${headers.allow}'`];
}

/** The role whose token a request carries by default: the first scope with a token, else the first role. */
function defaultRole(scopes, tokens) {
  if (scopes.length > 0) return scopes.find((scope) => scope in tokens) ?? scopes[0];
  return Object.keys(tokens)[0];
}

/**
 * An operation that needs an access token gets the plan's token of the recipe's role (`role`;
 * null: none) on the recipe's platform, or fails saying which token is missing.
 */
function withAccessToken(recipe, operation, context) {
  const scopes = operation.accessTokenScopes;
  if (!('change' in recipe) || scopes === undefined || recipe.role === null) return recipe;
  const platform = recipe.platform ?? context.platform;
  const tokens = context.plan.accessTokens?.[platform] ?? {};
  const role = recipe.role ?? defaultRole(scopes, tokens);
  const token = role === undefined ? undefined : tokens[role];
  if (!token) {
    return {
      fail:
        `no ${platform} access token of role '${role ?? '(any)'}' for ${operation.operationId}: ` +
        `add it to accessTokens in test/contract/services/${context.service}.ts`,
    };
  }
  return {
    ...recipe,
    describe: `${recipe.describe}; ${role} access token`,
    change(request) {
      recipe.change(request);
      setHeader(request.headers, 'Authorization', `Bearer ${token}`);
    },
  };
}

/**
 * The recipe for one transaction: `{ skip }` (a reason), `{ fail }` (no way to produce it), or
 * `{ describe, change(request), expect?(body, headers), before?(), check?(response), role?, platform? }`.
 * `variant` names an extra 401 (AUTH_VARIANTS); `mediaType` is the request body's media type.
 */
function recipeFor(input) {
  return withAccessToken(baseRecipe(input), input.operation, input.context);
}

function baseRecipe({ operation, status, variant, mediaType, context }) {
  const key = `${operation.operationId} ${status}`;
  const plan = context.plan;
  // A plan's skip is of its own case; an unknown platform's 404 is reachable on every operation.
  if (plan.skips?.[key] && variant !== 'unknown-platform') return { skip: plan.skips[key] };
  const success = plan.pathParams?.[operation.operationId] ?? {};
  const missingParams = operation.parameters
    .filter(
      (parameter) => parameter.in === 'path' && parameter.name !== 'platform' && !(parameter.name in success),
    )
    .map((parameter) => parameter.name);
  const assignParams = (request, values) => {
    for (const [name, value] of Object.entries(values)) request.params[name] = String(value);
  };
  const useSuccessParams = (request) => assignParams(request, success);
  const useMissingIds = (request) => {
    for (const parameter of integerPathParams(operation)) request.params[parameter.name] = String(MISSING_ID);
  };
  const needsParams = () =>
    missingParams.length === 0
      ? undefined
      : {
          fail:
            `no value for path parameter ${missingParams.join(', ')} of ${operation.operationId}: ` +
            `add it to pathParams in test/contract/services/${context.service}.ts`,
        };

  const recipe = variant === undefined && (plan.cases?.[`${key} ${mediaType}`] ?? plan.cases?.[key]);
  if (recipe) {
    return {
      describe: recipe.describe,
      role: recipe.role,
      before: recipe.before,
      check: recipe.check,
      change(request) {
        useSuccessParams(request);
        assignParams(request, recipe.params ?? {});
        for (const [name, value] of Object.entries(recipe.query ?? {}))
          request.query.set(name, String(value));
        for (const [name, value] of Object.entries(recipe.headers ?? {}))
          setHeader(request.headers, name, value);
        if (recipe.form !== undefined) {
          request.body = new URLSearchParams(recipe.form).toString();
          setHeader(request.headers, 'Content-Type', FORM);
        } else if (recipe.body !== undefined) {
          request.body = JSON.stringify(recipe.body);
          setHeader(request.headers, 'Content-Type', 'application/json');
        }
      },
    };
  }
  const bodySchema = operation.requestSchema;
  const hasBody = bodySchema !== undefined || (operation.requestMediaTypes ?? []).length > 0;
  const form = mediaType === FORM;
  const pageParam = operation.parameters.find(
    (parameter) => parameter.in === 'query' && parameter.name === 'page',
  );
  const code = Number(status);

  if (code === 500) return { skip: SERVER_ERROR_REASON };
  if (code === 503) return { skip: DEPENDENCY_DOWN_REASON };
  if (code === 204) {
    if (!pageParam)
      return {
        fail: `no recipe for a 204 of ${operation.operationId}: add one to cases in test/contract/services/${context.service}.ts`,
      };
    const page = pageParam.schema?.maximum ?? 1000000;
    return (
      needsParams() ?? {
        describe: `page ${page}, far past the last page`,
        change(request) {
          useSuccessParams(request);
          request.query.set('page', String(page));
        },
      }
    );
  }
  if (code >= 200 && code < 300) {
    return (
      needsParams() ?? {
        describe:
          missingParams.length === 0 && Object.keys(success).length > 0
            ? 'prepared data'
            : 'the example request',
        change: useSuccessParams,
      }
    );
  }
  if (code === 401 && variant !== undefined) {
    const { code: expected } = AUTH_VARIANTS[variant];
    if (variant === 'wrong-app-token') {
      const other = Object.keys(context.appTokens).find((platform) => platform !== context.platform);
      return {
        describe: `X-APP-TOKEN of platform ${other}`,
        change(request) {
          useMissingIds(request);
          setHeader(request.headers, 'X-APP-TOKEN', context.appTokens[other]);
        },
        expect: expectCode(expected),
      };
    }
    if (variant === 'no-csrf-token') {
      const platform = plan.csrfPlatform;
      return {
        describe: `platform ${platform} without ${operation.csrfHeader}`,
        platform,
        change(request) {
          useMissingIds(request);
          request.params.platform = platform;
          setHeader(request.headers, 'X-APP-TOKEN', context.appTokens[platform]);
          setHeader(request.headers, operation.csrfHeader, undefined);
        },
        expect: expectCode(expected),
      };
    }
    const token = {
      'invalid-access-token': GARBAGE_ACCESS_TOKEN,
      'expired-access-token': EXPIRED_ACCESS_TOKEN,
    }[variant];
    return {
      describe: token
        ? `Authorization: Bearer ${token}${variant === 'expired-access-token' ? ' (expired in 1970)' : ''}`
        : 'no Authorization header',
      role: null,
      change(request) {
        useMissingIds(request);
        setHeader(request.headers, 'Authorization', token && `Bearer ${token}`);
      },
      expect: expectCode(expected),
    };
  }
  if (code === 401) {
    return {
      describe: 'no X-APP-TOKEN',
      change(request) {
        useMissingIds(request);
        setHeader(request.headers, 'X-APP-TOKEN', undefined);
      },
      expect: expectCode(401.1),
    };
  }
  if (code === 403) {
    const scopes = operation.accessTokenScopes ?? [];
    if (scopes.length === 0) {
      return {
        fail:
          `no recipe for a 403 of ${operation.operationId}, whose access token needs no scope ` +
          `(the 403 depends on the data): add one to cases in test/contract/services/${context.service}.ts`,
      };
    }
    const tokens = plan.accessTokens?.[context.platform] ?? {};
    const role = Object.keys(tokens).find((candidate) => !scopes.includes(candidate));
    if (role === undefined) {
      return {
        fail:
          `no access token of a role without the '${scopes.join("', '")}' scope for a 403 of ` +
          `${operation.operationId}: add one to accessTokens in test/contract/services/${context.service}.ts`,
      };
    }
    return {
      describe: `a token without the '${scopes.join("', '")}' scope`,
      role,
      change: useMissingIds,
      expect: expectScopes(scopes),
    };
  }
  if (code === 404) {
    const ids = integerPathParams(operation).map((parameter) => parameter.name);
    if (ids.length === 0 || variant === 'unknown-platform') {
      return {
        describe: `platform '${UNKNOWN_PLATFORM}', which is not served`,
        change(request) {
          useSuccessParams(request);
          request.params.platform = UNKNOWN_PLATFORM;
        },
        expect: expectMessage(/^no such URL: /),
      };
    }
    return { describe: `${ids.join(', ')} ${MISSING_ID}, which does not exist`, change: useMissingIds };
  }
  if (code === 405) {
    const method = OTHER_METHODS.find(
      (candidate) => !operation.pathMethods.includes(candidate.toLowerCase()),
    );
    if (method === undefined) return { fail: `${operation.path} serves every method: it cannot answer 405` };
    return {
      describe: `${method}, which ${operation.path} does not serve`,
      change(request) {
        useMissingIds(request);
        request.method = method;
        request.body = '';
        setHeader(request.headers, 'Content-Type', undefined);
      },
      expect: expectAllow(operation.pathMethods),
    };
  }
  if (code === 422) {
    if (form) {
      // Every form value is a string: a wrong type cannot be sent, an undocumented field can.
      return {
        describe: 'an undocumented form field',
        change(request) {
          useMissingIds(request);
          request.body = [request.body, 'unknown_field=1'].filter(Boolean).join('&');
        },
        expect: expectFields(['unknown_field']),
      };
    }
    const firstProperty = Object.entries(bodySchema?.properties ?? {})[0];
    if (firstProperty) {
      const [name, schema] = firstProperty;
      const value = wrongTypeFor(schema);
      return {
        describe: `body field ${name} of the wrong type (${JSON.stringify(value)})`,
        change(request) {
          useMissingIds(request);
          let body;
          try {
            body = JSON.parse(request.body || '{}');
          } catch {
            body = {};
          }
          request.body = JSON.stringify({ ...body, [name]: value });
          setHeader(request.headers, 'Content-Type', 'application/json');
        },
        expect: expectFields([name]),
      };
    }
    if (pageParam) {
      return {
        describe: 'page 0 (pages start at 1)',
        change(request) {
          useMissingIds(request);
          request.query.set('page', '0');
        },
        expect: expectFields(['page']),
      };
    }
    const [id] = integerPathParams(operation);
    if (id) {
      return {
        describe: `${id.name} 'abc', not an integer`,
        change(request) {
          request.params[id.name] = 'abc';
        },
        expect: expectFields([id.name]),
      };
    }
    return {
      describe: 'an undocumented query parameter',
      change(request) {
        request.query.set('unknown_field', '1');
      },
      expect: expectFields(['unknown_field']),
    };
  }
  if ([400, 413, 415].includes(code)) {
    if (!hasBody)
      return { fail: `no recipe for a ${code} of ${operation.operationId}, which has no request body` };
    const recipes = {
      400: {
        describe: 'a malformed JSON body',
        change(request) {
          setHeader(request.headers, 'Content-Type', 'application/json');
          request.body = '{"name":';
        },
      },
      413: form
        ? {
            describe: `a ${OVERSIZED_BYTES / 1024} KiB form body`,
            change(request) {
              request.body = `padding=${'x'.repeat(OVERSIZED_BYTES)}`;
            },
          }
        : {
            describe: `a ${OVERSIZED_BYTES / 1024} KiB JSON body`,
            change(request) {
              setHeader(request.headers, 'Content-Type', 'application/json');
              request.body = JSON.stringify({ padding: 'x'.repeat(OVERSIZED_BYTES) });
            },
          },
      415: {
        describe: 'Content-Type text/plain',
        change(request) {
          setHeader(request.headers, 'Content-Type', 'text/plain');
        },
      },
    };
    const recipe = recipes[code];
    return {
      describe: recipe.describe,
      change(request) {
        useMissingIds(request);
        if (!form) setHeader(request.headers, 'Content-Type', 'application/json');
        recipe.change(request);
      },
    };
  }
  return {
    fail: `no recipe for status ${status} of ${operation.operationId}: add one to cases in test/contract/services/${context.service}.ts`,
  };
}

module.exports = {
  recipeFor,
  authVariants,
  variantsOf,
  readRequest,
  writeRequest,
  setHeader,
  FORM,
  MISSING_ID,
  SERVER_ERROR_REASON,
  DEPENDENCY_DOWN_REASON,
  GARBAGE_ACCESS_TOKEN,
  EXPIRED_ACCESS_TOKEN,
};
