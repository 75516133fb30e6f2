/**
 * `npm run postman:test`: newman runs the generated Postman collection (postman/) against the
 * real server, started in-process on a free port against the test database, with the `local`
 * environment pointed at it. The run needs what a developer's environment holds: an admin
 * (made in SQL, as operators do) and the one-time codes, which this runner serves from the
 * development outbox (the recording sender's Redis list) at `otp_lookup_url`. Everything the
 * run made is removed afterwards. Exits non-zero on any failed request or test, or when a step
 * did not run. `--verbose` prints newman's own report; `--gateway` runs the `gateway`
 * environment through the real HAProxy in front of the server, which serves every service.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import newman, { type NewmanSummary } from 'newman';
import { lastRecordedMessage } from '../../src/auth/otp-sender.ts';
import { flow } from '../../scripts/postman/flow.ts';
import { COLLECTION_NAME } from '../../scripts/postman/collection.ts';
import { POSTMAN_OUTPUT_DIR, POSTMAN_PLATFORM } from '../../scripts/postman/source.ts';
import type { PostmanEnvironment } from '../../scripts/postman/environments.ts';
import { giveBackOtpRequests } from '../contract/services/auth-state.ts';
import { fixtures } from '../contract/services/fixtures.ts';
import { serviceNames } from '../../src/services.ts';
import { startGateway, until, type Gateway } from '../support/gateway.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = path.join(root, POSTMAN_OUTPUT_DIR);
const collectionPath = path.join(outDir, `delivery-${POSTMAN_PLATFORM}.postman_collection.json`);
/** Codes asked per run from this address: two registrations and one reset. */
const OTP_REQUESTS_PER_RUN = 3;

/** A development outbox: `GET /?phone_number=+62...` answers `{code}`, the last code sent there. */
async function otpOutbox(server: TestServer): Promise<{ url: string; close(): Promise<void> }> {
  const outbox: Server = createServer((request, response) => {
    const phone = new URL(request.url ?? '/', 'http://outbox').searchParams.get('phone_number') ?? '';
    lastRecordedMessage(server.redis, phone).then(
      (message) => {
        const code = /\b(\d{6})\b/.exec(message ?? '')?.[1];
        response.writeHead(code ? 200 : 404, { 'content-type': 'application/json' });
        response.end(JSON.stringify(code ? { code } : { message: `no code was sent to ${phone}` }));
      },
      (error: unknown) => {
        response.writeHead(500).end(String(error));
      },
    );
  });
  await new Promise<void>((resolve) => outbox.listen(0, '127.0.0.1', resolve));
  const { port } = outbox.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => outbox.close(() => resolve())),
  };
}

// newman 6 uses fs.F_OK, which Node 24 deprecates; the warning says nothing about the API under test.
process.noDeprecation = true;

/** HAProxy in front of the one server as every service's backend, once it routes to each (not 503). */
async function gatewayInFront(address: string): Promise<Gateway> {
  const gateway = await startGateway(Object.fromEntries(serviceNames.map((name) => [name, [address]])));
  for (const segment of ['discovery', 'order', 'delivery', 'order-report']) {
    await until(
      async () => (await fetch(`${gateway.url}/api/${POSTMAN_PLATFORM}/v1/${segment}`)).status !== 503,
      `HAProxy to route /${segment}`,
    );
  }
  return gateway;
}

interface RunResult {
  summary: NewmanSummary;
  /** The collection variables as the last script left them (the summary keeps the initial ones). */
  kept: Record<string, unknown>;
}

function runNewman(environment: PostmanEnvironment, verbose: boolean): Promise<RunResult> {
  let kept: Record<string, unknown> = {};
  return new Promise((resolve, reject) => {
    newman
      .run(
        {
          collection: collectionPath,
          environment,
          reporters: verbose ? ['cli'] : [],
          timeoutRequest: 15_000,
        },
        (error, summary) => (error ? reject(error) : resolve({ summary, kept })),
      )
      .on('script', (_error, { execution }) => {
        if (execution?.collectionVariables) kept = execution.collectionVariables.toObject();
      });
  });
}

/** A committed environment (`local`, `gateway`) with this run's values. */
function environment(name: string, overrides: Record<string, string>): PostmanEnvironment {
  const committed = JSON.parse(
    readFileSync(path.join(outDir, `${name}.postman_environment.json`), 'utf8'),
  ) as PostmanEnvironment;
  return {
    ...committed,
    values: committed.values.map((variable) => ({
      ...variable,
      value: overrides[variable.key] ?? variable.value,
    })),
  };
}

function report(summary: NewmanSummary, seconds: number): boolean {
  const { stats, failures, executions } = summary.run;
  const steps = flow.reduce((count, stage) => count + stage.steps.length, 0);
  const lines: string[] = [];
  for (const failure of failures) {
    const where = failure.source?.name ?? '?';
    lines.push(
      `  - ${where}: ${failure.error.test ?? failure.error.name ?? 'error'}: ${failure.error.message}`,
    );
  }
  // newman records an item once per request it sends, pm.sendRequest's included, as the same object.
  const ran = new Set(executions).size;
  const problems: string[] = [];
  if (ran !== steps) problems.push(`${ran} steps ran, the flow has ${steps}`);
  if (stats.assertions.total === 0) problems.push('no test ran');
  const failed =
    stats.requests.failed +
    stats.assertions.failed +
    stats.testScripts.failed +
    stats.prerequestScripts.failed;
  process.stdout.write(
    [
      ...(lines.length > 0 ? ['failures:', ...lines] : []),
      ...problems.map((problem) => `error: ${problem}`),
      `newman: ${COLLECTION_NAME}: ${ran} steps, ${stats.assertions.total} tests, ` +
        `${failures.length} failure(s); ${seconds.toFixed(1)}s`,
      '',
    ].join('\n'),
  );
  return failed === 0 && failures.length === 0 && problems.length === 0;
}

async function main(): Promise<number> {
  const started = performance.now();
  const verbose = process.argv.includes('--verbose');
  const throughGateway = process.argv.includes('--gateway');
  const server = await startTestServer();
  const made = fixtures(server, 'postman');
  const outbox = await otpOutbox(server);
  const address = server.url.replace(/^http:\/\//, '');
  const gateway = throughGateway ? await gatewayInFront(address) : undefined;
  try {
    const admin = await made.member('admin');
    const baseUrl = gateway?.url ?? server.url;
    process.stdout.write(
      `newman: ${path.relative(root, collectionPath)} against ${baseUrl}${gateway ? ` (HAProxy in front of ${server.url})` : ''}\n`,
    );
    const { summary, kept } = await runNewman(
      environment(gateway ? 'gateway' : 'local', {
        base_url: baseUrl,
        otp_lookup_url: outbox.url,
        admin_phone: admin.account.phoneNumber,
        admin_password: admin.account.password,
      }),
      verbose,
    );
    const ids = (...names: string[]) =>
      names.map((name) => Number(kept[name])).filter((id) => Number.isInteger(id) && id > 0);
    const phones = ['user_phone', 'driver_phone']
      .map((name) => kept[name])
      .filter((phone) => typeof phone === 'string');
    made.adopt({
      accounts: ids('user_id', 'driver_id'),
      phones,
      products: ids('product_id', 'product_v2_id'),
      located: ids('driver_id'),
    });
    return report(summary, (performance.now() - started) / 1000) ? 0 : 1;
  } finally {
    await made.cleanup();
    await giveBackOtpRequests(server, OTP_REQUESTS_PER_RUN);
    gateway?.stop();
    await outbox.close();
    await server.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `the Postman collection could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
