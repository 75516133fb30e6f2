/** The discovery document (SG-10): every service, its versions and segments, specs and docs. */
import type { components } from '../../../generated/core.ts';
import type { CoreHandlers } from '../../../generated/core.operations.ts';
import type { ServiceSummary } from '../../../src/runtime/catalogue.ts';

type DiscoveryResponse = components['schemas']['DiscoveryReadResponse'];
type Platform = DiscoveryResponse['data']['platform'];

/** GET /discovery (SG-12: this endpoint's own transformer). */
export function toDiscoveryReadResponse(
  platform: Platform,
  platforms: readonly Platform[],
  services: readonly ServiceSummary[],
): DiscoveryResponse {
  return {
    data: {
      name: 'delivery-platform',
      platform,
      platforms: [...platforms],
      docs_url: '/docs/',
      services: services.map((service) => ({
        name: service.name,
        segments: service.segments,
        versions: service.versions.map((version) => ({
          version: version.version,
          status: version.status,
          ...(version.sunset
            ? { sunset: version.sunset, deprecated_segments: version.deprecatedSegments }
            : {}),
          base_url: `/api/${platform}/${version.version}`,
          spec_url: `/spec/${service.name}.yaml`,
        })),
      })),
    },
    message: 'get data discovery success',
  };
}

export function createDiscoveryHandlers(
  services: readonly ServiceSummary[],
  platforms: readonly Platform[],
): Pick<CoreHandlers, 'readDiscovery'> {
  return {
    async readDiscovery({ path }) {
      return { status: 200, body: toDiscoveryReadResponse(path.platform, platforms, services) };
    },
  };
}
