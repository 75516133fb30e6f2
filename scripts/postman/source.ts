/** What the Postman collection is generated from: android's own bundle (docs/platforms.md). */

/** The OpenAPI document Portman converts, relative to the repository root. */
export const POSTMAN_SOURCE_SPEC = 'generated/platforms/android/api.yaml';

/** The platform the collection calls (the mobile developers' one); fills `{platform}` where it is a variable. */
export const POSTMAN_PLATFORM: 'android' | 'ios' | 'web' = 'android';

/** Where `npm run postman` writes the collection and its environments, relative to the root. */
export const POSTMAN_OUTPUT_DIR = 'postman';
