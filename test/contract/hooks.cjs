'use strict';
/**
 * Dredd hooks of the contract tests, the same for every service. Each transaction runs with
 * the request its status needs (recipes.cjs) or is skipped with a printed reason; every real
 * response then passes the full-schema check (schema-check.cjs) or the transaction fails.
 * Loaded by Dredd inside run-dredd.ts, which sets the context in ledger.cjs first.
 */
const { Buffer } = require('node:buffer');
const { readFileSync } = require('node:fs');
const { URLSearchParams } = require('node:url');
const { parse } = require('yaml');
const hooks = require('hooks');
const ledger = require('./ledger.cjs');
const { recipeFor, variantsOf, readRequest, writeRequest, setHeader, FORM } = require('./recipes.cjs');
const { createSchemaCheck, mediaTypeOf } = require('./schema-check.cjs');
const { follow } = require('../../rules/lib/json-pointer.js');

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

ledger.markHooksLoaded();

/** Per run: the bundle's operations, the schema check, and what each transaction is testing. */
let run;

/** A node with its local `$ref`s followed. */
function deref(document, node) {
  return follow(document, node).node;
}

/** What the operation's security asks for: the access token's scopes, the CSRF header. */
function securityOf(document, operation) {
  const schemes = document.components?.securitySchemes ?? {};
  const found = {};
  for (const requirement of operation.security ?? document.security ?? []) {
    for (const [name, scopes] of Object.entries(requirement)) {
      const scheme = deref(document, schemes[name]);
      const bearer = scheme?.type === 'http' && String(scheme.scheme).toLowerCase() === 'bearer';
      if (scheme?.type === 'oauth2' || bearer) found.accessTokenScopes ??= scopes;
      if (scheme?.type === 'apiKey' && scheme.in === 'header' && /csrf/i.test(scheme.name))
        found.csrfHeader ??= scheme.name;
    }
  }
  return found;
}

/** Every operation of the bundle by `METHOD path`, parameters and request body resolved. */
function indexOperations(document) {
  const operations = new Map();
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS.filter((name) => item[name])) {
      const operation = item[method];
      const byKey = new Map();
      for (const parameter of [...(item.parameters ?? []), ...(operation.parameters ?? [])]) {
        const resolved = deref(document, parameter);
        byKey.set(`${resolved.in} ${resolved.name}`, resolved);
      }
      const requestBody = deref(document, operation.requestBody);
      const content = requestBody?.content ?? {};
      const schema = deref(document, content['application/json']?.schema);
      const properties = Object.entries(schema?.properties ?? {}).map(([name, property]) => [
        name,
        deref(document, property),
      ]);
      // The example of each request media type (Dredd sends none for a form-encoded body).
      const requestExamples = Object.fromEntries(
        Object.entries(content).map(([mediaType, media]) => [
          mediaType,
          media.example ?? deref(document, Object.values(media.examples ?? {})[0])?.value,
        ]),
      );
      operations.set(`${method.toUpperCase()} ${path}`, {
        operationId: operation.operationId,
        method,
        path,
        pathMethods: METHODS.filter((name) => item[name]),
        parameters: [...byKey.values()],
        // The JSON request body's schema, itself and its properties resolved; undefined without one.
        requestSchema: schema && { ...schema, properties: Object.fromEntries(properties) },
        requestMediaTypes: Object.keys(content),
        requestExamples,
        ...securityOf(document, operation),
        statuses: Object.keys(operation.responses ?? {}),
      });
    }
  }
  return operations;
}

/** The media type of a transaction's request body, from its Content-Type header. */
function requestMediaType(transaction) {
  const headers = transaction.request.headers ?? {};
  const name = Object.keys(headers).find((key) => key.toLowerCase() === 'content-type');
  return name === undefined ? undefined : mediaTypeOf(headers[name]);
}

function operationOf(transaction) {
  return run.operations.get(`${transaction.request.method.toUpperCase()} ${transaction.origin.resourceName}`);
}

/** The example of the documented 401 whose code is `code`, as Dredd's expected body. */
function authExample(operation, code) {
  const documented = run.schemaCheck.responseFor(operation.method, operation.path, 401);
  const examples = documented?.response.content?.['application/json']?.examples ?? {};
  const example = Object.values(examples)
    .map((entry) => deref(run.document, entry))
    .find((entry) => entry?.value?.code === code);
  return example ? JSON.stringify(example.value) : undefined;
}

function print(lines) {
  process.stdout.write(`${lines.join('\n')}\n`);
}

hooks.beforeAll((transactions) => {
  const context = ledger.context();
  const document = parse(readFileSync(context.bundlePath, 'utf8'));
  run = {
    context,
    document,
    operations: indexOperations(document),
    schemaCheck: createSchemaCheck(document),
    tests: new Map(),
  };
  // Dredd makes one transaction per status and request media type, all named alike when an
  // operation takes several (form and JSON): the name says which, or records and hooks mix them.
  for (const transaction of transactions) {
    const operation = operationOf(transaction);
    if (!operation || operation.requestMediaTypes.length < 2) continue;
    delete hooks.transactions[transaction.name];
    transaction.name = `${transaction.name} > ${requestMediaType(transaction) ?? 'no'} request`;
    hooks.transactions[transaction.name] = transaction;
  }
  // Dredd makes one 401 transaction per operation (the first example: 401.1); add the other
  // causes that the operation's security can produce (recipes.cjs, AUTH_VARIANTS).
  run.variants = new Map();
  for (let index = transactions.length - 1; index >= 0; index -= 1) {
    const transaction = transactions[index];
    const operation = operationOf(transaction);
    if (!operation) continue;
    const variants = variantsOf(transaction.expected.statusCode, operation, context).map((variant) => {
      const copy = JSON.parse(JSON.stringify(transaction));
      copy.name = `${transaction.name} > ${variant.label}`;
      copy.id = `${transaction.id} (${variant.label})`;
      const body = variant.code === undefined ? undefined : authExample(operation, variant.code);
      if (body) copy.expected.body = body;
      hooks.transactions[copy.name] = copy;
      run.variants.set(copy.name, variant.name);
      return copy;
    });
    transactions.splice(index + 1, 0, ...variants);
  }
  // Every documented status must have a transaction: a gap is a failure, not a silent pass.
  const seen = new Set();
  for (const transaction of transactions) {
    const operation = operationOf(transaction);
    if (operation) seen.add(`${operation.operationId} ${transaction.expected.statusCode}`);
  }
  for (const operation of run.operations.values()) {
    for (const status of operation.statuses) {
      if (!seen.has(`${operation.operationId} ${status}`)) {
        ledger.note(`${operation.operationId} ${status}: documented, but Dredd made no transaction for it`);
      }
    }
  }
});

hooks.beforeEach((transaction, done) => {
  prepareRequest(transaction).then(done, (error) => {
    // A hook that throws leaves Dredd without a verdict: fail the transaction, saying why.
    transaction.fail = `preparing the request: ${error instanceof Error ? error.message : String(error)}`;
    done();
  });
});

async function prepareRequest(transaction) {
  const record = ledger.recordOf(transaction.name);
  const operation = operationOf(transaction);
  if (!operation) {
    // Dredd reports it as "Failed in before hook: ..."; afterEach records that message.
    transaction.fail = `no operation ${transaction.request.method} ${transaction.origin.resourceName} in ${run.context.bundlePath}`;
    return;
  }
  const status = Number(transaction.expected.statusCode);
  Object.assign(record, { operationId: operation.operationId, status });
  const variant = run.variants.get(transaction.name);
  const mediaType = requestMediaType(transaction);
  const recipe = recipeFor({ operation, status, variant, mediaType, context: run.context });
  if (recipe.skip) {
    transaction.skip = true;
    // Dredd reports every hook skip as "Skipped in before hook"; keep the real reason with it.
    transaction.errors = [{ severity: 'warning', message: recipe.skip }];
    record.reasons.push(recipe.skip);
    print([`skip: ${transaction.name}`, `      reason: ${recipe.skip}`]);
    return;
  }
  if (recipe.fail) {
    transaction.fail = recipe.fail;
    return;
  }
  // OpenAPI 3 transactions are not skipped by Dredd 14, but make the intent explicit.
  transaction.skip = false;
  const request = readRequest(transaction, operation.path);
  setHeader(request.headers, 'X-APP-TOKEN', run.context.appTokens[run.context.platform]);
  const example = operation.requestExamples[mediaType];
  if (mediaType === FORM && request.body === '' && example && typeof example === 'object') {
    request.body = new URLSearchParams(example).toString();
  }
  recipe.change(request);
  writeRequest(transaction, operation.path, request);
  record.request = `${transaction.request.method} ${transaction.request.uri} (${recipe.describe})`;
  // Dredd prints the id: make it the request really sent, not the example's.
  transaction.id = `${transaction.request.method} (${status}) ${transaction.request.uri} [${recipe.describe}]`;
  run.tests.set(transaction.name, { operation, status, expect: recipe.expect, check: recipe.check });
  if (recipe.before) await recipe.before();
}

hooks.beforeEachValidation((transaction) => {
  const test = run.tests.get(transaction.name);
  if (!test || !transaction.real) return;
  // Keep the real headers for the full-schema check, then let Dredd compare media types only:
  // the server's `application/json; charset=utf-8` is the documented `application/json`.
  test.realHeaders = { ...transaction.real.headers };
  const contentType = transaction.real.headers['content-type'];
  if (contentType !== undefined) transaction.real.headers['content-type'] = mediaTypeOf(contentType);
});

hooks.afterEach((transaction, done) => {
  judge(transaction).then(done, (error) => {
    const record = ledger.recordOf(transaction.name);
    const message = `checking the response: ${error instanceof Error ? error.message : String(error)}`;
    record.reasons.push(message);
    record.outcome = 'failed';
    transaction.fail = message;
    done();
  });
});

async function judge(transaction) {
  const record = ledger.recordOf(transaction.name);
  if (transaction.skip) {
    record.outcome = 'skipped';
    return;
  }
  const test = run.tests.get(transaction.name);
  const problems = [];
  if (test && transaction.real) {
    const { real } = transaction;
    const headers = test.realHeaders ?? real.headers;
    const body =
      real.bodyEncoding === 'base64' ? Buffer.from(real.body, 'base64').toString('utf8') : real.body;
    const excerpt = (body ?? '').replace(/\s+/g, ' ');
    record.response =
      `${real.statusCode} ${excerpt.length > 300 ? `${excerpt.slice(0, 300)}…` : excerpt}`.trim();
    problems.push(
      ...run.schemaCheck.check({
        method: test.operation.method,
        path: test.operation.path,
        expectedStatus: test.status,
        status: real.statusCode,
        headers,
        body,
      }),
    );
    const charset = /charset=([^;]+)/i
      .exec(headers['content-type'] ?? '')?.[1]
      ?.trim()
      .toLowerCase();
    if (charset && charset !== 'utf-8') problems.push(`content-type: charset ${charset}, JSON must be utf-8`);
    let parsed;
    try {
      parsed = JSON.parse(body ?? '');
    } catch {
      parsed = undefined;
    }
    const lowerHeaders = Object.fromEntries(
      Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]),
    );
    if (test.expect && real.statusCode === test.status) problems.push(...test.expect(parsed, lowerHeaders));
    if (test.check)
      problems.push(...(await test.check({ status: real.statusCode, headers: lowerHeaders, body: parsed })));
    if (real.statusCode === 201 && lowerHeaders.location) record.created = lowerHeaders.location;
  } else if (test && !transaction.fail) {
    problems.push('no response from the server');
  }
  // Gavel's verdict (status, headers, the example's shape) counts too: keep its message.
  const gavelMessage = transaction.test?.status === 'fail' ? (transaction.test.message ?? '').trim() : '';
  if (gavelMessage) record.reasons.push(gavelMessage);
  record.reasons.push(...problems);
  if (problems.length > 0) {
    const message = `response check: ${problems.join('; ')}`;
    transaction.fail = message;
    if (gavelMessage) transaction.test.message = `${gavelMessage}\n${message}\n`;
  }
  const valid = Boolean(transaction.test && transaction.test.valid);
  record.outcome = valid && !transaction.fail ? 'passed' : 'failed';
}
