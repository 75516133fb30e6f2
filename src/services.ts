/**
 * The services of the platform, each bound to its generated contract and its handlers. A new
 * service is one more entry here after `npm run generate`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Redis } from 'ioredis';
import type { Pool } from 'mysql2/promise';
import { coreOperations } from '../generated/core.operations.ts';
import { coreSchemePlatforms, coreValidation } from '../generated/core.validators.ts';
import { createCoreHandlers } from '../handlers/core/index.ts';
import { driverOperations } from '../generated/driver.operations.ts';
import { driverSchemePlatforms, driverValidation } from '../generated/driver.validators.ts';
import { createDriverHandlers } from '../handlers/driver/index.ts';
import { reportOperations } from '../generated/report.operations.ts';
import { reportSchemePlatforms, reportValidation } from '../generated/report.validators.ts';
import { createReportHandlers } from '../handlers/report/index.ts';
import { userOperations } from '../generated/user.operations.ts';
import { userSchemePlatforms, userValidation } from '../generated/user.validators.ts';
import { createUserHandlers } from '../handlers/user/index.ts';
import type { Logger } from 'pino';
import type { Auth } from './auth/index.ts';
import type { Config } from './config.ts';
import { summarise } from './runtime/catalogue.ts';
import type { ServiceContract } from './runtime/contract.ts';
import type { OperationSpec } from './runtime/handler-types.ts';

const generatedDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../generated');

export const serviceNames = ['core', 'user', 'driver', 'report'] as const;
export type ServiceName = (typeof serviceNames)[number];

/** Every service's generated operation table, whichever services this process serves. */
export const operationTables: Readonly<Record<ServiceName, readonly OperationSpec[]>> = {
  core: coreOperations,
  user: userOperations,
  driver: driverOperations,
  report: reportOperations,
};

/** The bundled spec of a service, as text (served at /spec/<name>.yaml); nothing parses it at start. */
export function loadSpecText(name: ServiceName): string {
  return readFileSync(path.join(generatedDir, `${name}.bundle.yaml`), 'utf8');
}

/**
 * Each platform's bundle of a service (generated/platforms/<platform>/<name>.yaml: literal
 * paths, only that platform's security), by `<platform>/<name>`: what the docs page shows.
 */
export function loadPlatformSpecs(platforms: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    platforms.flatMap((platform) =>
      serviceNames.map((name) => [
        `${platform}/${name}`,
        readFileSync(path.join(generatedDir, 'platforms', platform, `${name}.yaml`), 'utf8'),
      ]),
    ),
  );
}

export interface ServiceDependencies {
  pool: Pool;
  redis: Redis;
  config: Readonly<Config>;
  auth: Auth;
  log: Logger;
}

export function createServices(
  dependencies: ServiceDependencies,
  names: readonly ServiceName[] = serviceNames,
): ServiceContract[] {
  // Discovery (served by core) lists every service, not only those of this process.
  const summaries = serviceNames.map((name) => summarise(name, operationTables[name]));
  const contracts: Record<ServiceName, () => ServiceContract> = {
    core: () => ({
      name: 'core',
      validation: coreValidation,
      schemePlatforms: coreSchemePlatforms,
      operations: coreOperations,
      handlers: createCoreHandlers({ ...dependencies, services: summaries }),
    }),
    user: () => ({
      name: 'user',
      validation: userValidation,
      schemePlatforms: userSchemePlatforms,
      operations: userOperations,
      handlers: createUserHandlers(dependencies),
    }),
    driver: () => ({
      name: 'driver',
      validation: driverValidation,
      schemePlatforms: driverSchemePlatforms,
      operations: driverOperations,
      handlers: createDriverHandlers(dependencies),
    }),
    report: () => ({
      name: 'report',
      validation: reportValidation,
      schemePlatforms: reportSchemePlatforms,
      operations: reportOperations,
      handlers: createReportHandlers(dependencies),
    }),
  };
  return names.map((name) => contracts[name]());
}
