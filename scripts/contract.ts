/**
 * The released-contract gate (docs/versioning.md).
 *
 *   npm run contract:release -- core v1     write contracts/core.v1.lock.yaml from spec/core.yaml (refuses to
 *                                           overwrite a released lock unless --force)
 *   npm run contract:check                  compare every contracts/*.lock.yaml with the current spec; exit 1
 *                                           on a change that breaks a client of a released version (CI)
 *
 * Options: --spec-dir DIR (default spec/), --contracts-dir DIR (default contracts/).
 */
import { main } from '../src/contract-gate/cli.ts';

process.exitCode = await main(process.argv.slice(2));
