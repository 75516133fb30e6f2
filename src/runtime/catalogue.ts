/** What each service serves, derived from its generated operation table (for discovery, SG-10). */
import type { OperationSpec } from './handler-types.ts';

export interface ServiceSummary {
  name: string;
  /** First path segments after `/api/{platform}/{version}/`, in spec order. */
  segments: string[];
  versions: string[];
}

const VERSIONED_PATH = /^\/api\/\{platform\}\/(v\d+)\/([^/]+)/;

export function summarise(name: string, operations: readonly OperationSpec[]): ServiceSummary {
  const segments = new Set<string>();
  const versions = new Set<string>();
  for (const operation of operations) {
    const match = VERSIONED_PATH.exec(operation.path);
    if (!match?.[1] || !match[2]) continue;
    versions.add(match[1]);
    segments.add(match[2]);
  }
  return { name, segments: [...segments], versions: [...versions] };
}
