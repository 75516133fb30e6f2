'use strict';
/**
 * Dredd hooks of the contract tests, the same for every service. Each transaction runs with
 * the request its status needs (recipes.cjs) or is skipped with a printed reason; every real
 * response then passes the full-schema check (schema-check.cjs) or the transaction fails.
 * Loaded by Dredd inside run-dredd.ts, which sets the context in ledger.cjs first.
 */
const { Buffer } = require('node:buffer');
const { readFileSync } = require('node:fs');
const { parse } = require('yaml');
const hooks = require('hooks');
const ledger = require('./ledger.cjs');
const { recipeFor, readRequest, writeRequest, setHeader } = require('./recipes.cjs');
const { createSchemaCheck, resolvePointer, mediaTypeOf } = require('./schema-check.cjs');

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const WRONG_TOKEN = 'X-APP-TOKEN of another platform';

ledger.markHooksLoaded();

/** Per run: the bundle's operations, the schema check, and what each transaction is testing. */
let run;

function deref(document, node) {
  let current = node;
  for (let depth = 0; current && typeof current.$ref === 'string' && depth < 10; depth += 1) {
    current = resolvePointer(document, current.$ref.replace(/^#/, ''));
  }
  return current;
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
      const schema = deref(document, requestBody?.content?.['application/json']?.schema);
      const properties = Object.entries(schema?.properties ?? {}).map(([name, property]) => [
        name,
        deref(document, property),
      ]);
      operations.set(`${method.toUpperCase()} ${path}`, {
        operationId: operation.operationId,
        method,
        path,
        parameters: [...byKey.values()],
        // The JSON request body's schema, itself and its properties resolved; undefined without one.
        requestSchema: schema && { ...schema, properties: Object.fromEntries(properties) },
        statuses: Object.keys(operation.responses ?? {}),
      });
    }
  }
  return operations;
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
  // Dredd makes one 401 transaction per operation (the first example); add the other cause.
  for (let index = transactions.length - 1; index >= 0; index -= 1) {
    const transaction = transactions[index];
    if (transaction.expected.statusCode !== '401') continue;
    const variant = JSON.parse(JSON.stringify(transaction));
    variant.name = `${transaction.name} > ${WRONG_TOKEN}`;
    variant.id = `${transaction.id} (${WRONG_TOKEN})`;
    const operation = operationOf(transaction);
    const body = operation && authExample(operation, 401.2);
    if (body) variant.expected.body = body;
    transactions.splice(index + 1, 0, variant);
    hooks.transactions[variant.name] = variant;
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

hooks.beforeEach((transaction) => {
  const record = ledger.recordOf(transaction.name);
  const operation = operationOf(transaction);
  if (!operation) {
    // Dredd reports it as "Failed in before hook: ..."; afterEach records that message.
    transaction.fail = `no operation ${transaction.request.method} ${transaction.origin.resourceName} in ${run.context.bundlePath}`;
    return;
  }
  const status = Number(transaction.expected.statusCode);
  Object.assign(record, { operationId: operation.operationId, status });
  const variant = transaction.name.endsWith(WRONG_TOKEN) ? 'wrong-token' : undefined;
  const recipe = recipeFor({ operation, status, variant, context: run.context });
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
  recipe.change(request);
  writeRequest(transaction, operation.path, request);
  record.request = `${transaction.request.method} ${transaction.request.uri} (${recipe.describe})`;
  // Dredd prints the id: make it the request really sent, not the example's.
  transaction.id = `${transaction.request.method} (${status}) ${transaction.request.uri} [${recipe.describe}]`;
  run.tests.set(transaction.name, { operation, status, expect: recipe.expect });
});

hooks.beforeEachValidation((transaction) => {
  const test = run.tests.get(transaction.name);
  if (!test || !transaction.real) return;
  // Keep the real headers for the full-schema check, then let Dredd compare media types only:
  // the server's `application/json; charset=utf-8` is the documented `application/json`.
  test.realHeaders = { ...transaction.real.headers };
  const contentType = transaction.real.headers['content-type'];
  if (contentType !== undefined) transaction.real.headers['content-type'] = mediaTypeOf(contentType);
});

hooks.afterEach((transaction) => {
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
    if (test.expect && real.statusCode === test.status) {
      let parsed;
      try {
        parsed = JSON.parse(body ?? '');
      } catch {
        parsed = undefined;
      }
      problems.push(...test.expect(parsed));
    }
    if (real.statusCode === 201 && headers.location) record.created = headers.location;
  } else if (test && !transaction.fail) {
    problems.push('no response from the server');
  }
  // Gavel's verdict (status, headers, the example's shape) counts too: keep its message.
  const gavelMessage = transaction.test?.status === 'fail' ? (transaction.test.message ?? '').trim() : '';
  if (gavelMessage) record.reasons.push(gavelMessage);
  record.reasons.push(...problems);
  if (problems.length > 0) {
    const message = `full-schema check: ${problems.join('; ')}`;
    transaction.fail = message;
    if (gavelMessage) transaction.test.message = `${gavelMessage}\n${message}\n`;
  }
  const valid = Boolean(transaction.test && transaction.test.valid);
  record.outcome = valid && !transaction.fail ? 'passed' : 'failed';
});
