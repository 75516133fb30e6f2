/**
 * What the Postman collection is generated from. ONE place: when the per-platform bundles
 * land, point `POSTMAN_SOURCE_SPEC` at `generated/platforms/android/api.yaml`.
 */

/** The OpenAPI document Portman converts, relative to the repository root. */
export const POSTMAN_SOURCE_SPEC = 'generated/api.merged.yaml';

/** The platform the collection calls (the mobile developers' one); fills `{platform}` where it is a variable. */
export const POSTMAN_PLATFORM: 'android' | 'ios' | 'web' = 'android';

/** Where `npm run postman` writes the collection and its environments, relative to the root. */
export const POSTMAN_OUTPUT_DIR = 'postman';
