/** What each service serves, derived from its generated operation table (for discovery, SG-10). */
import type { OperationSpec } from './handler-types.ts';

export interface VersionSummary {
  version: string;
  /** `deprecated` when some of its operations have a successor in a newer version. */
  status: 'current' | 'deprecated';
  /** The earliest sunset of its deprecated operations (YYYY-MM-DD). */
  sunset?: string;
  /** First path segments whose operations are deprecated in this version. */
  deprecatedSegments: string[];
}

export interface ServiceSummary {
  name: string;
  /** First path segments after `/api/{platform}/{version}/`, in spec order. */
  segments: string[];
  versions: VersionSummary[];
}

const VERSIONED_PATH = /^\/api\/\{platform\}\/(v\d+)\/([^/]+)/;

export function summarise(name: string, operations: readonly OperationSpec[]): ServiceSummary {
  const segments = new Set<string>();
  const versions = new Map<string, VersionSummary>();
  for (const operation of operations) {
    const match = VERSIONED_PATH.exec(operation.path);
    const [, version, segment] = match ?? [];
    if (!version || !segment) continue;
    segments.add(segment);
    const summary = versions.get(version) ?? { version, status: 'current', deprecatedSegments: [] };
    versions.set(version, summary);
    if (!operation.deprecation) continue;
    summary.status = 'deprecated';
    if (!summary.deprecatedSegments.includes(segment)) summary.deprecatedSegments.push(segment);
    if (!summary.sunset || operation.deprecation.sunset < summary.sunset)
      summary.sunset = operation.deprecation.sunset;
  }
  return {
    name,
    segments: [...segments],
    versions: [...versions.values()].sort((a, b) => Number(a.version.slice(1)) - Number(b.version.slice(1))),
  };
}
