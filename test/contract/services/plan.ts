/** What a service brings to the contract tests: the data its success cases need. */
import type { PreparedData } from '../ledger.cjs';
import type { TestServer } from '../../support/server.ts';

export interface Prepared extends PreparedData {
  /** Removes what prepare() made and what the 201 transactions created (their Location). */
  cleanup: (created: readonly string[]) => Promise<void>;
}

export interface ServicePlan {
  /** Runs before Dredd against the started server; creates data through the API or SQL. */
  prepare(server: TestServer): Promise<Prepared>;
}

/** The plan of a service that has none yet: error cases run, success cases with ids fail loudly. */
export const emptyPlan: ServicePlan = {
  prepare: async () => ({ pathParams: {}, cleanup: async () => undefined }),
};
