'use strict';
/**
 * How the contract tests produce each documented status on demand. Dredd sends the same
 * example request for every status of an operation; a recipe turns it into the request that
 * must get that status (SG-22..SG-24, SG-26), or says why the status is skipped. The rules are
 * generic, keyed by status; a service's plan (services/<name>.ts) supplies the ids of the data
 * it prepared, and may replace a rule for one operation and status (`cases`, `skips`).
 */
const { URLSearchParams } = require('node:url');

/** An id that no test creates: the integer path parameters of every error case. */
const MISSING_ID = 999999;

/** More than the server's 100kb JSON body limit. */
const OVERSIZED_BYTES = 200 * 1024;

const SERVER_ERROR_REASON =
  'a correct server cannot produce a 500 on demand; the 500 body (SG-25, trace only outside ' +
  'production) is covered by test/integration/response-contract.test.ts, which injects a faulty handler';

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
    params: pathValues(template, transaction.request.uri),
    query: new URLSearchParams(queryText),
    headers: { ...transaction.request.headers },
    body: transaction.request.body ?? '',
  };
}

/** Writes the view back into the transaction (the server URL has no base path: fullPath = uri). */
function writeRequest(transaction, template, request) {
  const query = request.query.toString();
  transaction.request.uri = `${fillPath(template, request.params)}${query ? `?${query}` : ''}`;
  transaction.fullPath = transaction.request.uri;
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

function expectCode(code) {
  return (body) => (body?.code === code ? [] : [`code: expected ${code}, got ${JSON.stringify(body?.code)}`]);
}

/**
 * The recipe for one transaction: `{ skip }` (a reason), `{ fail }` (no way to produce it), or
 * `{ describe, change(request), expect?(body) }`. `variant` is 'wrong-token' for the extra 401.
 */
function recipeFor({ operation, status, variant, context }) {
  const key = `${operation.operationId} ${status}`;
  const plan = context.plan;
  if (plan.skips?.[key]) return { skip: plan.skips[key] };
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

  if (plan.cases?.[key]) {
    const recipe = plan.cases[key];
    return {
      describe: recipe.describe,
      change(request) {
        useSuccessParams(request);
        assignParams(request, recipe.params ?? {});
        for (const [name, value] of Object.entries(recipe.query ?? {}))
          request.query.set(name, String(value));
        if (recipe.body !== undefined) request.body = JSON.stringify(recipe.body);
      },
    };
  }
  const bodySchema = operation.requestSchema;
  const pageParam = operation.parameters.find(
    (parameter) => parameter.in === 'query' && parameter.name === 'page',
  );
  const code = Number(status);

  if (code === 500) return { skip: SERVER_ERROR_REASON };
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
  if (code === 401 && variant === 'wrong-token') {
    const other = Object.keys(context.appTokens).find((platform) => platform !== context.platform);
    return {
      describe: `X-APP-TOKEN of platform ${other}`,
      change(request) {
        useMissingIds(request);
        setHeader(request.headers, 'X-APP-TOKEN', context.appTokens[other]);
      },
      expect: expectCode(401.2),
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
  if (code === 404) {
    const ids = integerPathParams(operation).map((parameter) => parameter.name);
    if (ids.length === 0)
      return {
        fail: `no recipe for a 404 of ${operation.operationId}: add one to cases in test/contract/services/${context.service}.ts`,
      };
    return { describe: `${ids.join(', ')} ${MISSING_ID}, which does not exist`, change: useMissingIds };
  }
  if (code === 422) {
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
    if (!bodySchema)
      return { fail: `no recipe for a ${code} of ${operation.operationId}, which has no JSON request body` };
    const recipes = {
      400: {
        describe: 'a malformed JSON body',
        change(request) {
          request.body = '{"name":';
        },
      },
      413: {
        describe: `a ${OVERSIZED_BYTES / 1024} KiB JSON body`,
        change(request) {
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
        setHeader(request.headers, 'Content-Type', 'application/json');
        recipe.change(request);
      },
    };
  }
  return {
    fail: `no recipe for status ${status} of ${operation.operationId}: add one to cases in test/contract/services/${context.service}.ts`,
  };
}

module.exports = { recipeFor, readRequest, writeRequest, setHeader, MISSING_ID, SERVER_ERROR_REASON };
