// GENERATED FILE, DO NOT EDIT. Source: spec/core.yaml. Regenerate with `npm run generate`;
// CI fails when this file is stale (`npm run generate -- --check`).
export interface paths {
  '/api/{platform}/v1/product': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Client platform (SG-02). Each platform has its own app token.
         * @example android
         */
        platform: components['parameters']['Platform'];
      };
      cookie?: never;
    };
    /**
     * List products, newest first
     * @deprecated
     */
    get: operations['listProduct'];
    put?: never;
    /**
     * Create a product
     * @deprecated
     */
    post: operations['createProduct'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/{platform}/v1/product/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Client platform (SG-02). Each platform has its own app token.
         * @example android
         */
        platform: components['parameters']['Platform'];
        /**
         * @description Numeric id of the resource.
         * @example 1
         */
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    /**
     * Read one product
     * @deprecated
     * @description A product priced in another currency than IDR answers 404 here; v2 serves it.
     */
    get: operations['readProduct'];
    /**
     * Replace a product (every field)
     * @deprecated
     */
    put: operations['replaceProduct'];
    post?: never;
    /**
     * Delete a product
     * @deprecated
     * @description The product leaves the catalogue; orders that already reference it keep their history.
     */
    delete: operations['deleteProduct'];
    options?: never;
    head?: never;
    /**
     * Change some fields of a product
     * @deprecated
     */
    patch: operations['updateProduct'];
    trace?: never;
  };
  '/api/{platform}/v2/product': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Client platform (SG-02). Each platform has its own app token.
         * @example android
         */
        platform: components['parameters']['Platform'];
      };
      cookie?: never;
    };
    /** List products with their currency and variants, newest first */
    get: operations['listProductV2'];
    put?: never;
    /** Create a product with its currency and variants */
    post: operations['createProductV2'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/{platform}/v2/product/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Client platform (SG-02). Each platform has its own app token.
         * @example android
         */
        platform: components['parameters']['Platform'];
        /**
         * @description Numeric id of the resource.
         * @example 1
         */
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    /** Read one product with its currency and variants */
    get: operations['readProductV2'];
    /** Replace a product (every field, variants too) */
    put: operations['replaceProductV2'];
    post?: never;
    /** Delete a product */
    delete: operations['deleteProductV2'];
    options?: never;
    head?: never;
    /** Change some fields of a product (variants are replaced as a whole) */
    patch: operations['updateProductV2'];
    trace?: never;
  };
  '/api/{platform}/v1/country': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Client platform (SG-02). Each platform has its own app token.
         * @example android
         */
        platform: components['parameters']['Platform'];
      };
      cookie?: never;
    };
    /** List countries, by name */
    get: operations['listCountry'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/{platform}/v1/country/{id}/city': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Client platform (SG-02). Each platform has its own app token.
         * @example android
         */
        platform: components['parameters']['Platform'];
        /**
         * @description Numeric id of the resource.
         * @example 1
         */
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    /** List the cities of a country, by name (SG-05) */
    get: operations['listCountryCity'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/{platform}/v1/city/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Client platform (SG-02). Each platform has its own app token.
         * @example android
         */
        platform: components['parameters']['Platform'];
        /**
         * @description Numeric id of the resource.
         * @example 1
         */
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    /** Read one city */
    get: operations['readCity'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/{platform}/v1/account': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Client platform (SG-02). Each platform has its own app token.
         * @example android
         */
        platform: components['parameters']['Platform'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Register with a phone number and a password
     * @description Creates an unverified account and sends a 6-digit code to the phone. Verify the phone by exchanging that code at the token endpoint (OTP grant); the password grant works once the phone is verified, and keeps this password only if the OTP grant sends it too. Registering a number that is not verified yet replaces the earlier registration (its password and role) and sends a new code; a verified number answers 409. When the code cannot be sent, nothing is kept (503). Passwords are stored as argon2id hashes.
     */
    post: operations['createAccount'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/{platform}/v1/account/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Client platform (SG-02). Each platform has its own app token.
         * @example android
         */
        platform: components['parameters']['Platform'];
        /**
         * @description Numeric id of the resource.
         * @example 1
         */
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    /** Read an account (your own, or any as admin) */
    get: operations['readAccount'];
    put?: never;
    post?: never;
    /**
     * Delete an account (your own, or any as admin)
     * @description Deletes the account at once: every sign-in of it ends on every platform (its access and refresh tokens answer 401.4 from now on), its profile and saved addresses go, and its phone number can register again. Its orders stay for the books with the streets and labels removed and the coordinates blurred to about 1 km; orders still waiting for a driver are cancelled. While an order of the account (as user or as driver) is accepted or picked up, it cannot be deleted (409). An admin may delete any account; a deleted or unknown id answers 404 to an admin.
     */
    delete: operations['deleteAccount'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/{platform}/v1/account/{id}/password': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Client platform (SG-02). Each platform has its own app token.
         * @example android
         */
        platform: components['parameters']['Platform'];
        /**
         * @description Numeric id of the resource.
         * @example 1
         */
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    get?: never;
    /**
     * Change your password (with the current one)
     * @description Replaces the password of your own account; `current_password` must be the one in use. Every sign-in of the account ends: all its access and refresh tokens are revoked, this request's included, so sign in again with the new password.
     */
    put: operations['replaceAccountPassword'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/{platform}/v1/password-reset': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Client platform (SG-02). Each platform has its own app token.
         * @example android
         */
        platform: components['parameters']['Platform'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reset a forgotten password with a one-time code
     * @description Ask a code with `POST /otp`, then send it here with the new password. The code has the same limits as at the token endpoint (5 minutes, 5 tries, then locked 15 minutes). The phone counts as verified afterwards, and every sign-in of the account ends: all its access and refresh tokens are revoked.
     */
    post: operations['createPasswordReset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/{platform}/v1/otp': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Client platform (SG-02). Each platform has its own app token.
         * @example android
         */
        platform: components['parameters']['Platform'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a one-time code to a registered phone
     * @description Sends a new 6-digit code, valid 5 minutes, 5 tries. The answer is the same whether or not the number is registered, so it cannot be used to find accounts. One code per minute per phone; at most 5 per hour per phone and 20 per hour per client address (429).
     */
    post: operations['createOtp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/{platform}/v1/oauth/token': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Client platform (SG-02). Each platform has its own app token.
         * @example android
         */
        platform: components['parameters']['Platform'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * OAuth 2 token endpoint (RFC 6749)
     * @description Grants: `password` (username = the phone number), `refresh_token` (refresh tokens rotate; presenting a rotated one revokes its whole family), and the OTP extension grant `urn:delivery-platform:grant-type:otp` (RFC 6749 section 4.5; `phone_number` + `otp`, which also verifies the phone; send `password` too on the first verification to keep the password chosen at registration). The password grant refuses an unverified phone. The client is the app: `client_id` is optional and must equal the platform. Form-encoded as the RFC requires, or JSON. Answers in the RFC's format so standard OAuth client libraries work. On web the tokens are set as HttpOnly cookies and left out of the body. The password grant's `username` must be an E.164 phone number (`invalid_request` otherwise); 30 failed password sign-ins per 15 minutes from one client address, whatever the usernames, answer 429 with `Retry-After` (an HTTP limit, not a grant error, so its body is the style guide's `{message}`, as the 503 of a busy password check is).
     */
    post: operations['createOauthToken'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/{platform}/v1/oauth/revocation': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Client platform (SG-02). Each platform has its own app token.
         * @example android
         */
        platform: components['parameters']['Platform'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Revoke a token (RFC 7009)
     * @description Revokes an access or refresh token; revoking a refresh token revokes every token of its family. Answers 200 whether or not the token was valid, as RFC 7009 section 2.2 requires. On web, also clears the token cookies.
     */
    post: operations['createOauthRevocation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/{platform}/v1/csrf-token': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Client platform (SG-02). Each platform has its own app token.
         * @example android
         */
        platform: components['parameters']['Platform'];
      };
      cookie?: never;
    };
    /**
     * Get a CSRF token (web platform)
     * @description Answers a token and sets the matching `__Host-csrf` cookie (double submit). Send the token as `X-CSRF-TOKEN` on every state-changing request of the web platform. Ask again after signing in: the token is bound to the session.
     */
    get: operations['readCsrfToken'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/{platform}/v1/discovery': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Client platform (SG-02). Each platform has its own app token.
         * @example android
         */
        platform: components['parameters']['Platform'];
      };
      cookie?: never;
    };
    /**
     * What this API serves (SG-10)
     * @description The services, their versions and path segments, the platforms, and where to find each service's OpenAPI document and the interactive docs.
     */
    get: operations['readDiscovery'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Product: {
      /** Format: int64 */
      id: number;
      name: string;
      /** @description Price in rupiah (DECIMAL in the database, a number here, SG-13): v1 shows IDR products only; products priced in another currency are served by v2 alone (docs/money.md). */
      price: number;
      /** Format: uri */
      image_url: string;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string;
    };
    ProductListResponse: {
      data: components['schemas']['Product'][];
      meta: components['schemas']['PageMeta'];
    };
    ProductReadResponse: {
      data: components['schemas']['Product'];
      message: string;
    };
    ProductCreateRequest: {
      name: string;
      /** @description Whole rupiah (422 otherwise); v1 reaches IDR products only. */
      price: number;
      /** Format: uri */
      image_url: string;
    };
    ProductReplaceRequest: {
      name: string;
      /** @description Whole rupiah (422 otherwise); v1 reaches IDR products only. */
      price: number;
      /** Format: uri */
      image_url: string;
    };
    ProductUpdateRequest: {
      name?: string;
      /** @description Whole rupiah (422 otherwise); v1 reaches IDR products only. */
      price?: number;
      /** Format: uri */
      image_url?: string;
    };
    ProductCreateResponse: components['schemas']['WriteResult'];
    ProductReplaceResponse: components['schemas']['WriteResult'];
    ProductUpdateResponse: components['schemas']['WriteResult'];
    ProductDeleteResponse: components['schemas']['WriteResult'];
    Money: {
      /** @description No finer than the currency's minor units (422 otherwise): whole rupiah for IDR (ISO 4217 lists 2 digits, nobody prices in sen), cents for SGD and MYR. */
      amount: number;
      /**
       * @description ISO 4217
       * @enum {string}
       */
      currency: 'IDR' | 'SGD' | 'MYR';
    };
    ProductVariant: {
      /** Format: int64 */
      id: number;
      name: string;
      price: components['schemas']['Money'];
    };
    ProductV2: {
      /** Format: int64 */
      id: number;
      name: string;
      price: components['schemas']['Money'];
      /** Format: uri */
      image_url: string;
      variants: components['schemas']['ProductVariant'][];
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string;
    };
    ProductV2ListResponse: {
      data: components['schemas']['ProductV2'][];
      meta: components['schemas']['PageMeta'];
    };
    ProductV2ReadResponse: {
      data: components['schemas']['ProductV2'];
      message: string;
    };
    ProductVariantInput: {
      name: string;
      /** @description In the product's currency. */
      amount: number;
    };
    ProductV2CreateRequest: {
      name: string;
      price: components['schemas']['Money'];
      /** Format: uri */
      image_url: string;
      variants?: components['schemas']['ProductVariantInput'][];
    };
    ProductV2ReplaceRequest: {
      name: string;
      price: components['schemas']['Money'];
      /** Format: uri */
      image_url: string;
      variants: components['schemas']['ProductVariantInput'][];
    };
    ProductV2UpdateRequest: {
      name?: string;
      price?: components['schemas']['Money'];
      /** Format: uri */
      image_url?: string;
      variants?: components['schemas']['ProductVariantInput'][];
    };
    ProductV2CreateResponse: components['schemas']['WriteResult'];
    ProductV2ReplaceResponse: components['schemas']['WriteResult'];
    ProductV2UpdateResponse: components['schemas']['WriteResult'];
    ProductV2DeleteResponse: components['schemas']['WriteResult'];
    Country: {
      /** Format: int64 */
      id: number;
      name: string;
      /** @description ISO 3166-1 alpha-2 */
      iso_code: string;
    };
    CountryListResponse: {
      data: components['schemas']['Country'][];
      meta: components['schemas']['PageMeta'];
    };
    City: {
      /** Format: int64 */
      id: number;
      /** Format: int64 */
      country_id: number;
      name: string;
      province: string;
    };
    CountryCityListResponse: {
      data: components['schemas']['City'][];
      meta: components['schemas']['PageMeta'];
    };
    CityReadResponse: {
      data: components['schemas']['City'];
      message: string;
    };
    AccountCreateRequest: {
      phone_number: components['schemas']['PhoneNumber'];
      /** @description At least 8 characters. */
      password: string;
      /**
       * @description Admin accounts are created by operators, not through the API.
       * @default user
       * @enum {string}
       */
      role: 'user' | 'driver';
    };
    AccountCreateResponse: components['schemas']['WriteResult'];
    /** @description E.164, with the country code (`+62...`). */
    PhoneNumber: string;
    AccountReadResponse: {
      data: {
        /** Format: int64 */
        id: number;
        phone_number: string;
        /** @enum {string} */
        role: 'user' | 'driver' | 'admin';
        phone_verified: boolean;
        /** Format: date-time */
        created_at: string;
      };
      message: string;
    };
    AccountPasswordReplaceRequest: {
      current_password: string;
      new_password: components['schemas']['Password'];
    };
    AccountPasswordReplaceResponse: components['schemas']['WriteResult'];
    AccountDeleteResponse: components['schemas']['WriteResult'];
    PasswordResetCreateRequest: {
      phone_number: components['schemas']['PhoneNumber'];
      /** @description The 6-digit code sent by `POST /otp`. */
      otp: string;
      new_password: components['schemas']['Password'];
    };
    PasswordResetCreateResponse: components['schemas']['WriteResult'];
    /** @description At least 8 characters. */
    Password: string;
    OtpCreateRequest: {
      phone_number: components['schemas']['PhoneNumber'];
    };
    OtpCreateResponse: components['schemas']['WriteResult'];
    /** @description RFC 6749 parameters, one shape per grant type (`grant_type` says which). A missing `grant_type` answers the RFC's `invalid_request`, an unknown one `unsupported_grant_type`. */
    OauthTokenRequest:
      | components['schemas']['OauthPasswordGrantRequest']
      | components['schemas']['OauthRefreshTokenGrantRequest']
      | components['schemas']['OauthOtpGrantRequest'];
    /** @description RFC 6749 section 4.3.2, the resource owner's password. */
    OauthPasswordGrantRequest: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      grant_type: 'password';
      /** @description The phone number, E.164 (`+62...`). */
      username: string;
      password: string;
      scope?: string;
      /** @description Optional; the platform name. */
      client_id?: string;
    };
    /** @description RFC 6749 section 6. `refresh_token` is required, except on web, where the HttpOnly `refresh_token` cookie is used when it is left out. */
    OauthRefreshTokenGrantRequest: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      grant_type: 'refresh_token';
      refresh_token?: string;
      scope?: string;
      /** @description Optional; the platform name. */
      client_id?: string;
    };
    /** @description The OTP extension grant (RFC 6749 section 4.5), which also verifies the phone. */
    OauthOtpGrantRequest: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      grant_type: 'urn:delivery-platform:grant-type:otp';
      /** @description The phone number, E.164 (`+62...`). */
      phone_number: string;
      /** @description The 6-digit code sent to the phone. */
      otp: string;
      /** @description Optional: the password chosen at registration, which is kept only when it matches; without it the phone's first verification leaves the account without a password (set one with `POST /password-reset`). */
      password?: string;
      scope?: string;
      /** @description Optional; the platform name. */
      client_id?: string;
    };
    OauthTokenResponse: {
      /** @description Absent on web, where it is an HttpOnly cookie. */
      access_token?: string;
      /** @enum {string} */
      token_type: 'Bearer';
      expires_in: number;
      /** @description Absent on web, where it is an HttpOnly cookie. */
      refresh_token?: string;
      scope?: string;
    };
    OauthError: {
      /** @enum {string} */
      error:
        | 'invalid_request'
        | 'invalid_client'
        | 'invalid_grant'
        | 'unauthorized_client'
        | 'unsupported_grant_type'
        | 'invalid_scope';
      error_description?: string;
    };
    /** @description `token` is required, except on web, where the token cookies are revoked when it is left out. */
    OauthRevocationRequest: {
      token?: string;
      /** @enum {string} */
      token_type_hint?: 'access_token' | 'refresh_token';
      client_id?: string;
    };
    OauthRevocationResponse: components['schemas']['WriteResult'];
    CsrfTokenReadResponse: {
      data: {
        csrf_token: string;
      };
      message: string;
    };
    DiscoveryReadResponse: {
      data: {
        name: string;
        /** @enum {string} */
        platform: 'android' | 'ios' | 'web';
        platforms: ('android' | 'ios' | 'web')[];
        docs_url: string;
        services: {
          name: string;
          segments: string[];
          versions: {
            version: string;
            /**
             * @description `deprecated`: some of its operations have a successor in a newer version.
             * @enum {string}
             */
            status: 'current' | 'deprecated' | 'sunset';
            /**
             * Format: date
             * @description Earliest sunset of its deprecated operations (RFC 8594).
             */
            sunset?: string;
            /** @description Path segments whose operations are deprecated in this version. */
            deprecated_segments?: string[];
            base_url: string;
            spec_url: string;
          }[];
        }[];
      };
      message: string;
    };
    PageMeta: {
      links: {
        /** @description Relative URL of the next page, or "" on the last page. */
        next: string;
        /** @description Relative URL of the previous page, or "" on the first page. */
        prev: string;
      };
      /** @description Number of records in the whole collection. */
      total_data: number;
      /** @description Number of records on this page. */
      count: number;
      per_page: number;
      current_page: number;
      total_page: number;
    };
    AuthError: {
      /**
       * @description 401 with a decimal part naming the cause (SG-22): 401.1 X-APP-TOKEN missing, 401.2 X-APP-TOKEN not valid for this platform, 401.3 access token missing, 401.4 access token invalid or revoked, 401.5 access token expired, 401.6 CSRF token missing or wrong.
       * @enum {number}
       */
      code: 401.1 | 401.2 | 401.3 | 401.4 | 401.5 | 401.6;
      message: string;
    };
    MessageError: {
      message: string;
    };
    ValidationError: {
      message: string;
      errors: {
        /** @description The offending field, as a dotted path (`items.0.quantity`). */
        field: string;
        message: string[];
      }[];
    };
    ServerError: {
      message: string;
      /** @description Stack trace; present in development, test and staging only, never in production (SG-25). */
      trace?: string;
    };
    WriteResult: {
      /** @description What was done (SG-19..SG-21). */
      message: string;
    };
  };
  responses: {
    /** @description The app token is missing (401.1) or not valid for this platform (401.2) (SG-22). */
    Unauthorized: {
      headers: {
        'X-Request-Id': components['headers']['RequestId'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['AuthError'];
      };
    };
    /** @description The URL names a platform this API does not serve (`/api/foo/...`): an unknown URL (SG-24). */
    UnknownPlatform: {
      headers: {
        'X-Request-Id': components['headers']['RequestId'];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "message": "no such URL: GET /api/foo/v1/product"
         *     }
         */
        'application/json': components['schemas']['MessageError'];
      };
    };
    /** @description The URL exists but does not serve this method; `Allow` lists the methods it serves (SG-26). Every operation lists it: a method the spec does not name on this URL answers it. */
    MethodNotAllowed: {
      headers: {
        'X-Request-Id': components['headers']['RequestId'];
        /**
         * @description The methods this URL serves.
         * @example GET, POST, HEAD
         */
        Allow: string;
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "message": "DELETE is not allowed on /api/android/v1/product; allowed: GET, POST, HEAD"
         *     }
         */
        'application/json': components['schemas']['MessageError'];
      };
    };
    /** @description The request does not match the contract; one entry per field (SG-23). */
    UnprocessableEntity: {
      headers: {
        'X-Request-Id': components['headers']['RequestId'];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "message": "the request has 2 invalid fields: price, name",
         *       "errors": [
         *         {
         *           "field": "price",
         *           "message": [
         *             "must be >= 0"
         *           ]
         *         },
         *         {
         *           "field": "name",
         *           "message": [
         *             "is required"
         *           ]
         *         }
         *       ]
         *     }
         */
        'application/json': components['schemas']['ValidationError'];
      };
    };
    /** @description An unexpected failure; `trace` only outside production (SG-25). */
    InternalServerError: {
      headers: {
        'X-Request-Id': components['headers']['RequestId'];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "message": "internal server error"
         *     }
         */
        'application/json': components['schemas']['ServerError'];
      };
    };
    /** @description A dependency (the database or the session store) is down or not answering in time; the request did nothing that needs undoing unless its operation says otherwise. Retry after `Retry-After` seconds (SG-26). */
    ServiceUnavailable: {
      headers: {
        'X-Request-Id': components['headers']['RequestId'];
        /**
         * @description Seconds to wait before retrying.
         * @example 2
         */
        'Retry-After': number;
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "message": "the database is unavailable; try again shortly"
         *     }
         */
        'application/json': components['schemas']['MessageError'];
      };
    };
    /** @description The body is not valid JSON (SG-26). */
    BadRequest: {
      headers: {
        'X-Request-Id': components['headers']['RequestId'];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "message": "request body is not valid JSON: Unexpected end of JSON input"
         *     }
         */
        'application/json': components['schemas']['MessageError'];
      };
    };
    /** @description The app token (401.1, 401.2), the access token (401.3 missing, 401.4 invalid or revoked, 401.5 expired) or, on web, the CSRF token (401.6) failed (SG-22). */
    UnauthorizedAccess: {
      headers: {
        'X-Request-Id': components['headers']['RequestId'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['AuthError'];
      };
    };
    /** @description A valid token without the role or ownership the operation needs (SG-26). */
    Forbidden: {
      headers: {
        'X-Request-Id': components['headers']['RequestId'];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "message": "this operation needs the 'admin' scope"
         *     }
         */
        'application/json': components['schemas']['MessageError'];
      };
    };
    /** @description The body is larger than the configured limit (SG-26). */
    PayloadTooLarge: {
      headers: {
        'X-Request-Id': components['headers']['RequestId'];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "message": "request body is larger than 100kb"
         *     }
         */
        'application/json': components['schemas']['MessageError'];
      };
    };
    /** @description The body is not sent as application/json (SG-09, SG-26). */
    UnsupportedMediaType: {
      headers: {
        'X-Request-Id': components['headers']['RequestId'];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "message": "request body must be sent as application/json, not 'text/plain'"
         *     }
         */
        'application/json': components['schemas']['MessageError'];
      };
    };
    /** @description No such resource (SG-24); or the URL names a platform this API does not serve (`/api/foo/...`), which is an unknown URL. */
    NotFound: {
      headers: {
        'X-Request-Id': components['headers']['RequestId'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['MessageError'];
      };
    };
    /** @description The request conflicts with the current state (SG-26). */
    Conflict: {
      headers: {
        'X-Request-Id': components['headers']['RequestId'];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "message": "phone number +6281234567890 is already registered"
         *     }
         */
        'application/json': components['schemas']['MessageError'];
      };
    };
    /** @description Rate limited; `Retry-After` says when to try again (SG-26). */
    TooManyRequests: {
      headers: {
        'X-Request-Id': components['headers']['RequestId'];
        /**
         * @description Seconds to wait.
         * @example 42
         */
        'Retry-After': number;
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "message": "too many codes asked for this phone number; try again in 42 seconds"
         *     }
         */
        'application/json': components['schemas']['MessageError'];
      };
    };
  };
  parameters: {
    /**
     * @description Client platform (SG-02). Each platform has its own app token.
     * @example android
     */
    Platform: 'android' | 'ios' | 'web';
    /**
     * @description Page number, from 1 (SG-17).
     * @example 1
     */
    Page: number;
    /**
     * @description Records per page (SG-17).
     * @example 20
     */
    PerPage: number;
    /**
     * @description Numeric id of the resource.
     * @example 1
     */
    Id: number;
    /**
     * @description Web only: the refresh token the token endpoint set as an HttpOnly cookie. The page cannot read it, so a web client refreshes (or signs out) without a `refresh_token` field and the cookie is used instead. Android and iOS send the token in the body.
     * @example rt.mp9xw0c0.q1a0s9d8f7g6h5j4k3l2Zx8u7y6t5r4e3w2
     */
    RefreshTokenCookie: string;
    /**
     * @description Web only: the access token the token endpoint set as an HttpOnly cookie; revocation falls back to it when there is neither a `token` field nor a refresh token cookie.
     * @example at.mn2kq1c0.Zx8u7y6t5r4e3w2q1a0s9d8f7g6h5j4k3l2m1n0
     */
    AccessTokenCookie: string;
  };
  requestBodies: never;
  headers: {
    /**
     * @description The request's id: the one the gateway (or the client, when well formed) sent, or one the service made. It is in every log line of the request; quote it when reporting a problem.
     * @example 3f2b8c1e-4a5d-4e6f-9a7b-1c2d3e4f5a6b
     */
    RequestId: string;
    /**
     * @description When this operation was deprecated (RFC 9745), as `@<unix seconds>`.
     * @example @1795219200
     */
    Deprecation: string;
    /**
     * @description After this date the operation may stop answering (RFC 8594), an HTTP-date.
     * @example Wed, 30 Jun 2027 00:00:00 GMT
     */
    Sunset: string;
    /**
     * @description The successor operation in the newer version (rel="successor-version").
     * @example </api/android/v2/product/9>; rel="successor-version"
     */
    Link: string;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  listProduct: {
    parameters: {
      query?: {
        /**
         * @description Page number, from 1 (SG-17).
         * @example 1
         */
        page?: components['parameters']['Page'];
        /**
         * @description Records per page (SG-17).
         * @example 20
         */
        per_page?: components['parameters']['PerPage'];
      };
      header?: never;
      path: {
        /**
         * @description Client platform (SG-02). Each platform has its own app token.
         * @example android
         */
        platform: components['parameters']['Platform'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of products (SG-17). */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          Deprecation: components['headers']['Deprecation'];
          Sunset: components['headers']['Sunset'];
          Link: components['headers']['Link'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": [
           *         {
           *           "id": 9,
           *           "name": "Empat Lima",
           *           "price": 220000,
           *           "image_url": "https://images.example.com/product/9.jpg",
           *           "created_at": "2018-03-09T04:28:50Z",
           *           "updated_at": "2018-03-09T04:28:50Z"
           *         },
           *         {
           *           "id": 8,
           *           "name": "Satu Dua Tiga",
           *           "price": 12000000,
           *           "image_url": "https://images.example.com/product/8.jpg",
           *           "created_at": "2018-03-09T04:26:38Z",
           *           "updated_at": "2018-03-09T04:26:38Z"
           *         }
           *       ],
           *       "meta": {
           *         "links": {
           *           "next": "/api/android/v1/product?page=2&per_page=2",
           *           "prev": ""
           *         },
           *         "total_data": 3,
           *         "count": 2,
           *         "per_page": 2,
           *         "current_page": 1,
           *         "total_page": 2
           *       }
           *     }
           */
          'application/json': components['schemas']['ProductListResponse'];
        };
      };
      /** @description The page is past the last one; no data (SG-18). */
      204: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          Deprecation: components['headers']['Deprecation'];
          Sunset: components['headers']['Sunset'];
          Link: components['headers']['Link'];
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['UnknownPlatform'];
      405: components['responses']['MethodNotAllowed'];
      422: components['responses']['UnprocessableEntity'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  createProduct: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Client platform (SG-02). Each platform has its own app token.
         * @example android
         */
        platform: components['parameters']['Platform'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "Kopi Susu Gula Aren",
         *       "price": 18000,
         *       "image_url": "https://images.example.com/product/kopi-susu.jpg"
         *     }
         */
        'application/json': components['schemas']['ProductCreateRequest'];
      };
    };
    responses: {
      /** @description The product was created; `Location` is its URL (SG-19). */
      201: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          Deprecation: components['headers']['Deprecation'];
          Sunset: components['headers']['Sunset'];
          Link: components['headers']['Link'];
          /**
           * @description Relative URL of the new product.
           * @example /api/android/v1/product/10
           */
          Location: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "message": "product 10 created"
           *     }
           */
          'application/json': components['schemas']['WriteResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['UnauthorizedAccess'];
      403: components['responses']['Forbidden'];
      404: components['responses']['UnknownPlatform'];
      405: components['responses']['MethodNotAllowed'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  readProduct: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Client platform (SG-02). Each platform has its own app token.
         * @example android
         */
        platform: components['parameters']['Platform'];
        /**
         * @description Numeric id of the resource.
         * @example 1
         */
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The product (SG-18). */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          Deprecation: components['headers']['Deprecation'];
          Sunset: components['headers']['Sunset'];
          Link: components['headers']['Link'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": {
           *         "id": 9,
           *         "name": "Empat Lima",
           *         "price": 220000,
           *         "image_url": "https://images.example.com/product/9.jpg",
           *         "created_at": "2018-03-09T04:28:50Z",
           *         "updated_at": "2018-03-09T04:28:50Z"
           *       },
           *       "message": "get data product success"
           *     }
           */
          'application/json': components['schemas']['ProductReadResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      405: components['responses']['MethodNotAllowed'];
      422: components['responses']['UnprocessableEntity'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  replaceProduct: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Client platform (SG-02). Each platform has its own app token.
         * @example android
         */
        platform: components['parameters']['Platform'];
        /**
         * @description Numeric id of the resource.
         * @example 1
         */
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "Empat Lima Enam",
         *       "price": 250000,
         *       "image_url": "https://images.example.com/product/9.jpg"
         *     }
         */
        'application/json': components['schemas']['ProductReplaceRequest'];
      };
    };
    responses: {
      /** @description The product was replaced (SG-20). */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          Deprecation: components['headers']['Deprecation'];
          Sunset: components['headers']['Sunset'];
          Link: components['headers']['Link'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "message": "product 9 updated"
           *     }
           */
          'application/json': components['schemas']['WriteResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['UnauthorizedAccess'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      405: components['responses']['MethodNotAllowed'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  deleteProduct: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Client platform (SG-02). Each platform has its own app token.
         * @example android
         */
        platform: components['parameters']['Platform'];
        /**
         * @description Numeric id of the resource.
         * @example 1
         */
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The product was deleted (SG-21). */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          Deprecation: components['headers']['Deprecation'];
          Sunset: components['headers']['Sunset'];
          Link: components['headers']['Link'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "message": "product 7 deleted"
           *     }
           */
          'application/json': components['schemas']['WriteResult'];
        };
      };
      401: components['responses']['UnauthorizedAccess'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      405: components['responses']['MethodNotAllowed'];
      422: components['responses']['UnprocessableEntity'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  updateProduct: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Client platform (SG-02). Each platform has its own app token.
         * @example android
         */
        platform: components['parameters']['Platform'];
        /**
         * @description Numeric id of the resource.
         * @example 1
         */
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "price": 199000
         *     }
         */
        'application/json': components['schemas']['ProductUpdateRequest'];
      };
    };
    responses: {
      /** @description The product was updated (SG-20). */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          Deprecation: components['headers']['Deprecation'];
          Sunset: components['headers']['Sunset'];
          Link: components['headers']['Link'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "message": "product 9 updated"
           *     }
           */
          'application/json': components['schemas']['WriteResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['UnauthorizedAccess'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      405: components['responses']['MethodNotAllowed'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  listProductV2: {
    parameters: {
      query?: {
        /**
         * @description Page number, from 1 (SG-17).
         * @example 1
         */
        page?: components['parameters']['Page'];
        /**
         * @description Records per page (SG-17).
         * @example 20
         */
        per_page?: components['parameters']['PerPage'];
      };
      header?: never;
      path: {
        /**
         * @description Client platform (SG-02). Each platform has its own app token.
         * @example android
         */
        platform: components['parameters']['Platform'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of products (SG-17). */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": [
           *         {
           *           "id": 9,
           *           "name": "Es Kopi Susu",
           *           "price": {
           *             "amount": 22000,
           *             "currency": "IDR"
           *           },
           *           "image_url": "https://images.example.com/product/9.jpg",
           *           "variants": [
           *             {
           *               "id": 4,
           *               "name": "Regular",
           *               "price": {
           *                 "amount": 22000,
           *                 "currency": "IDR"
           *               }
           *             },
           *             {
           *               "id": 5,
           *               "name": "Large",
           *               "price": {
           *                 "amount": 27000,
           *                 "currency": "IDR"
           *               }
           *             }
           *           ],
           *           "created_at": "2026-11-21T04:28:50Z",
           *           "updated_at": "2026-11-21T04:28:50Z"
           *         }
           *       ],
           *       "meta": {
           *         "links": {
           *           "next": "/api/android/v2/product?page=2&per_page=1",
           *           "prev": ""
           *         },
           *         "total_data": 3,
           *         "count": 1,
           *         "per_page": 1,
           *         "current_page": 1,
           *         "total_page": 3
           *       }
           *     }
           */
          'application/json': components['schemas']['ProductV2ListResponse'];
        };
      };
      /** @description The page is past the last one; no data (SG-18). */
      204: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['UnknownPlatform'];
      405: components['responses']['MethodNotAllowed'];
      422: components['responses']['UnprocessableEntity'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  createProductV2: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Client platform (SG-02). Each platform has its own app token.
         * @example android
         */
        platform: components['parameters']['Platform'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "Es Kopi Susu",
         *       "price": {
         *         "amount": 22000,
         *         "currency": "IDR"
         *       },
         *       "image_url": "https://images.example.com/product/kopi.jpg",
         *       "variants": [
         *         {
         *           "name": "Regular",
         *           "amount": 22000
         *         },
         *         {
         *           "name": "Large",
         *           "amount": 27000
         *         }
         *       ]
         *     }
         */
        'application/json': components['schemas']['ProductV2CreateRequest'];
      };
    };
    responses: {
      /** @description The product was created; `Location` is its v2 URL (SG-19). */
      201: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          /**
           * @description Relative URL of the new product.
           * @example /api/android/v2/product/10
           */
          Location: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "message": "product 10 created"
           *     }
           */
          'application/json': components['schemas']['WriteResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['UnauthorizedAccess'];
      403: components['responses']['Forbidden'];
      404: components['responses']['UnknownPlatform'];
      405: components['responses']['MethodNotAllowed'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  readProductV2: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Client platform (SG-02). Each platform has its own app token.
         * @example android
         */
        platform: components['parameters']['Platform'];
        /**
         * @description Numeric id of the resource.
         * @example 1
         */
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The product (SG-18). */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": {
           *         "id": 9,
           *         "name": "Es Kopi Susu",
           *         "price": {
           *           "amount": 22000,
           *           "currency": "IDR"
           *         },
           *         "image_url": "https://images.example.com/product/9.jpg",
           *         "variants": [
           *           {
           *             "id": 4,
           *             "name": "Regular",
           *             "price": {
           *               "amount": 22000,
           *               "currency": "IDR"
           *             }
           *           },
           *           {
           *             "id": 5,
           *             "name": "Large",
           *             "price": {
           *               "amount": 27000,
           *               "currency": "IDR"
           *             }
           *           }
           *         ],
           *         "created_at": "2026-11-21T04:28:50Z",
           *         "updated_at": "2026-11-21T04:28:50Z"
           *       },
           *       "message": "get data product success"
           *     }
           */
          'application/json': components['schemas']['ProductV2ReadResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      405: components['responses']['MethodNotAllowed'];
      422: components['responses']['UnprocessableEntity'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  replaceProductV2: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Client platform (SG-02). Each platform has its own app token.
         * @example android
         */
        platform: components['parameters']['Platform'];
        /**
         * @description Numeric id of the resource.
         * @example 1
         */
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "Es Kopi Susu",
         *       "price": {
         *         "amount": 23000,
         *         "currency": "IDR"
         *       },
         *       "image_url": "https://images.example.com/product/kopi.jpg",
         *       "variants": [
         *         {
         *           "name": "Regular",
         *           "amount": 23000
         *         }
         *       ]
         *     }
         */
        'application/json': components['schemas']['ProductV2ReplaceRequest'];
      };
    };
    responses: {
      /** @description The product was replaced (SG-20). */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "message": "product 9 updated"
           *     }
           */
          'application/json': components['schemas']['WriteResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['UnauthorizedAccess'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      405: components['responses']['MethodNotAllowed'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  deleteProductV2: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Client platform (SG-02). Each platform has its own app token.
         * @example android
         */
        platform: components['parameters']['Platform'];
        /**
         * @description Numeric id of the resource.
         * @example 1
         */
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The product was deleted (SG-21). */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "message": "product 7 deleted"
           *     }
           */
          'application/json': components['schemas']['WriteResult'];
        };
      };
      401: components['responses']['UnauthorizedAccess'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      405: components['responses']['MethodNotAllowed'];
      422: components['responses']['UnprocessableEntity'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  updateProductV2: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Client platform (SG-02). Each platform has its own app token.
         * @example android
         */
        platform: components['parameters']['Platform'];
        /**
         * @description Numeric id of the resource.
         * @example 1
         */
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "price": {
         *         "amount": 25000,
         *         "currency": "IDR"
         *       }
         *     }
         */
        'application/json': components['schemas']['ProductV2UpdateRequest'];
      };
    };
    responses: {
      /** @description The product was updated (SG-20). */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "message": "product 9 updated"
           *     }
           */
          'application/json': components['schemas']['WriteResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['UnauthorizedAccess'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      405: components['responses']['MethodNotAllowed'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  listCountry: {
    parameters: {
      query?: {
        /**
         * @description Page number, from 1 (SG-17).
         * @example 1
         */
        page?: components['parameters']['Page'];
        /**
         * @description Records per page (SG-17).
         * @example 20
         */
        per_page?: components['parameters']['PerPage'];
      };
      header?: never;
      path: {
        /**
         * @description Client platform (SG-02). Each platform has its own app token.
         * @example android
         */
        platform: components['parameters']['Platform'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of countries (SG-17). */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": [
           *         {
           *           "id": 1,
           *           "name": "Indonesia",
           *           "iso_code": "ID"
           *         }
           *       ],
           *       "meta": {
           *         "links": {
           *           "next": "",
           *           "prev": ""
           *         },
           *         "total_data": 1,
           *         "count": 1,
           *         "per_page": 20,
           *         "current_page": 1,
           *         "total_page": 1
           *       }
           *     }
           */
          'application/json': components['schemas']['CountryListResponse'];
        };
      };
      /** @description The page is past the last one; no data (SG-18). */
      204: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['UnknownPlatform'];
      405: components['responses']['MethodNotAllowed'];
      422: components['responses']['UnprocessableEntity'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  listCountryCity: {
    parameters: {
      query?: {
        /**
         * @description Page number, from 1 (SG-17).
         * @example 1
         */
        page?: components['parameters']['Page'];
        /**
         * @description Records per page (SG-17).
         * @example 20
         */
        per_page?: components['parameters']['PerPage'];
      };
      header?: never;
      path: {
        /**
         * @description Client platform (SG-02). Each platform has its own app token.
         * @example android
         */
        platform: components['parameters']['Platform'];
        /**
         * @description Numeric id of the resource.
         * @example 1
         */
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the country's cities (SG-17). */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": [
           *         {
           *           "id": 1,
           *           "country_id": 1,
           *           "name": "Banda Aceh",
           *           "province": "Aceh"
           *         },
           *         {
           *           "id": 12,
           *           "country_id": 1,
           *           "name": "Bandung",
           *           "province": "Jawa Barat"
           *         }
           *       ],
           *       "meta": {
           *         "links": {
           *           "next": "/api/android/v1/country/1/city?page=2&per_page=2",
           *           "prev": ""
           *         },
           *         "total_data": 38,
           *         "count": 2,
           *         "per_page": 2,
           *         "current_page": 1,
           *         "total_page": 19
           *       }
           *     }
           */
          'application/json': components['schemas']['CountryCityListResponse'];
        };
      };
      /** @description The page is past the last one; no data (SG-18). */
      204: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      405: components['responses']['MethodNotAllowed'];
      422: components['responses']['UnprocessableEntity'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  readCity: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Client platform (SG-02). Each platform has its own app token.
         * @example android
         */
        platform: components['parameters']['Platform'];
        /**
         * @description Numeric id of the resource.
         * @example 1
         */
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The city (SG-18). */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": {
           *         "id": 11,
           *         "country_id": 1,
           *         "name": "Jakarta",
           *         "province": "DKI Jakarta"
           *       },
           *       "message": "get data city success"
           *     }
           */
          'application/json': components['schemas']['CityReadResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      405: components['responses']['MethodNotAllowed'];
      422: components['responses']['UnprocessableEntity'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  createAccount: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Client platform (SG-02). Each platform has its own app token.
         * @example android
         */
        platform: components['parameters']['Platform'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "phone_number": "+6281234567890",
         *       "password": "correct horse battery staple",
         *       "role": "user"
         *     }
         */
        'application/json': components['schemas']['AccountCreateRequest'];
      };
    };
    responses: {
      /** @description The account was created and a code was sent to the phone (SG-19). */
      201: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          /**
           * @description Relative URL of the new account.
           * @example /api/android/v1/account/12
           */
          Location: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "message": "account 12 created; a verification code was sent to +6281234567890"
           *     }
           */
          'application/json': components['schemas']['WriteResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['UnauthorizedAccess'];
      404: components['responses']['UnknownPlatform'];
      405: components['responses']['MethodNotAllowed'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  readAccount: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Client platform (SG-02). Each platform has its own app token.
         * @example android
         */
        platform: components['parameters']['Platform'];
        /**
         * @description Numeric id of the resource.
         * @example 1
         */
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The account (SG-18). The password hash never leaves the database. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": {
           *         "id": 12,
           *         "phone_number": "+6281234567890",
           *         "role": "user",
           *         "phone_verified": true,
           *         "created_at": "2026-11-21T04:28:50Z"
           *       },
           *       "message": "get data account success"
           *     }
           */
          'application/json': components['schemas']['AccountReadResponse'];
        };
      };
      401: components['responses']['UnauthorizedAccess'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      405: components['responses']['MethodNotAllowed'];
      422: components['responses']['UnprocessableEntity'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  deleteAccount: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Client platform (SG-02). Each platform has its own app token.
         * @example android
         */
        platform: components['parameters']['Platform'];
        /**
         * @description Numeric id of the resource.
         * @example 1
         */
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The account was deleted and every token of it revoked (SG-21). */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "message": "account 12 deleted; every sign-in was ended"
           *     }
           */
          'application/json': components['schemas']['WriteResult'];
        };
      };
      401: components['responses']['UnauthorizedAccess'];
      /** @description Another account's id, and you are not an admin (SG-26). */
      403: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "message": "you can only delete your own account"
           *     }
           */
          'application/json': components['schemas']['MessageError'];
        };
      };
      /** @description No live account has this id (an admin's request; SG-24), or the URL names a platform this API does not serve (`/api/foo/...`), an unknown URL. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "message": "account 999 not found"
           *     }
           */
          'application/json': components['schemas']['MessageError'];
        };
      };
      405: components['responses']['MethodNotAllowed'];
      /** @description An order of the account is under way (accepted or picked up) (SG-26). */
      409: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "message": "account 12 cannot be deleted while order 77 is under way: wait until it is delivered"
           *     }
           */
          'application/json': components['schemas']['MessageError'];
        };
      };
      422: components['responses']['UnprocessableEntity'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  replaceAccountPassword: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Client platform (SG-02). Each platform has its own app token.
         * @example android
         */
        platform: components['parameters']['Platform'];
        /**
         * @description Numeric id of the resource.
         * @example 1
         */
        id: components['parameters']['Id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "current_password": "correct horse battery staple",
         *       "new_password": "another horse battery staple"
         *     }
         */
        'application/json': components['schemas']['AccountPasswordReplaceRequest'];
      };
    };
    responses: {
      /** @description The password was changed and every token of the account revoked (SG-20). */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "message": "password of account 12 changed; every sign-in was ended"
           *     }
           */
          'application/json': components['schemas']['WriteResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['UnauthorizedAccess'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      405: components['responses']['MethodNotAllowed'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  createPasswordReset: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Client platform (SG-02). Each platform has its own app token.
         * @example android
         */
        platform: components['parameters']['Platform'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "phone_number": "+6281234567890",
         *       "otp": "123456",
         *       "new_password": "another horse battery staple"
         *     }
         */
        'application/json': components['schemas']['PasswordResetCreateRequest'];
      };
    };
    responses: {
      /** @description The password was reset and every token of the account revoked (SG-19). */
      201: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "message": "password of +6281234567890 reset; every sign-in was ended"
           *     }
           */
          'application/json': components['schemas']['WriteResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['UnauthorizedAccess'];
      404: components['responses']['UnknownPlatform'];
      405: components['responses']['MethodNotAllowed'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  createOtp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Client platform (SG-02). Each platform has its own app token.
         * @example android
         */
        platform: components['parameters']['Platform'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "phone_number": "+6281234567890"
         *     }
         */
        'application/json': components['schemas']['OtpCreateRequest'];
      };
    };
    responses: {
      /** @description A code was sent if the number is registered (SG-19). */
      201: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "message": "if +6281234567890 is registered, a code was sent to it"
           *     }
           */
          'application/json': components['schemas']['WriteResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['UnauthorizedAccess'];
      404: components['responses']['UnknownPlatform'];
      405: components['responses']['MethodNotAllowed'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  createOauthToken: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Client platform (SG-02). Each platform has its own app token.
         * @example android
         */
        platform: components['parameters']['Platform'];
      };
      cookie?: {
        /**
         * @description Web only: the refresh token the token endpoint set as an HttpOnly cookie. The page cannot read it, so a web client refreshes (or signs out) without a `refresh_token` field and the cookie is used instead. Android and iOS send the token in the body.
         * @example rt.mp9xw0c0.q1a0s9d8f7g6h5j4k3l2Zx8u7y6t5r4e3w2
         */
        refresh_token?: components['parameters']['RefreshTokenCookie'];
      };
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "grant_type": "password",
         *       "username": "+6281234567890",
         *       "password": "correct horse battery staple"
         *     }
         */
        'application/x-www-form-urlencoded': components['schemas']['OauthTokenRequest'];
        /**
         * @example {
         *       "grant_type": "refresh_token",
         *       "refresh_token": "rt.mn2kq1c0.9f8u7y6t5r4e3w2q1a0s9d8f7g6h5j4k3l2"
         *     }
         */
        'application/json': components['schemas']['OauthTokenRequest'];
      };
    };
    responses: {
      /** @description Tokens issued (RFC 6749 section 5.1). */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          /**
           * @description RFC 6749 section 5.1, tokens are never cached.
           * @example no-store
           */
          'Cache-Control': string;
          /**
           * @description RFC 6749 section 5.1 asks for it beside `Cache-Control`.
           * @example no-cache
           */
          Pragma: string;
          /**
           * @description Web only: the access token (`access_token`, path `/`) and the refresh token (`refresh_token`, path `/api/web/v1/oauth`) as HttpOnly, Secure, SameSite=Strict cookies; they are then left out of the body.
           * @example access_token=at.mn2kq1c0.Zx8u7y6t5r4e3w2q1a0s9d8f7g6h5j4k3l2m1n0; Path=/; HttpOnly; Secure; SameSite=Strict
           */
          'Set-Cookie'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "access_token": "at.mn2kq1c0.Zx8u7y6t5r4e3w2q1a0s9d8f7g6h5j4k3l2m1n0",
           *       "token_type": "Bearer",
           *       "expires_in": 900,
           *       "refresh_token": "rt.mp9xw0c0.q1a0s9d8f7g6h5j4k3l2Zx8u7y6t5r4e3w2",
           *       "scope": "user"
           *     }
           */
          'application/json': components['schemas']['OauthTokenResponse'];
        };
      };
      /** @description The grant failed, or the request is malformed (a JSON body that does not parse is `invalid_request`): RFC 6749 section 5.2. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OauthError'];
        };
      };
      401: components['responses']['UnauthorizedAccess'];
      404: components['responses']['UnknownPlatform'];
      405: components['responses']['MethodNotAllowed'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  createOauthRevocation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Client platform (SG-02). Each platform has its own app token.
         * @example android
         */
        platform: components['parameters']['Platform'];
      };
      cookie?: {
        /**
         * @description Web only: the refresh token the token endpoint set as an HttpOnly cookie. The page cannot read it, so a web client refreshes (or signs out) without a `refresh_token` field and the cookie is used instead. Android and iOS send the token in the body.
         * @example rt.mp9xw0c0.q1a0s9d8f7g6h5j4k3l2Zx8u7y6t5r4e3w2
         */
        refresh_token?: components['parameters']['RefreshTokenCookie'];
        /**
         * @description Web only: the access token the token endpoint set as an HttpOnly cookie; revocation falls back to it when there is neither a `token` field nor a refresh token cookie.
         * @example at.mn2kq1c0.Zx8u7y6t5r4e3w2q1a0s9d8f7g6h5j4k3l2m1n0
         */
        access_token?: components['parameters']['AccessTokenCookie'];
      };
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "token": "rt.mp9xw0c0.q1a0s9d8f7g6h5j4k3l2Zx8u7y6t5r4e3w2",
         *       "token_type_hint": "refresh_token"
         *     }
         */
        'application/x-www-form-urlencoded': components['schemas']['OauthRevocationRequest'];
        /**
         * @example {
         *       "token": "at.mn2kq1c0.Zx8u7y6t5r4e3w2q1a0s9d8f7g6h5j4k3l2m1n0"
         *     }
         */
        'application/json': components['schemas']['OauthRevocationRequest'];
      };
    };
    responses: {
      /** @description The token is revoked, or was not valid (RFC 7009 section 2.2). */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          /**
           * @description Web only, the token cookies cleared (expired now).
           * @example access_token=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT
           */
          'Set-Cookie'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "message": "token revoked"
           *     }
           */
          'application/json': components['schemas']['WriteResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['UnauthorizedAccess'];
      404: components['responses']['UnknownPlatform'];
      405: components['responses']['MethodNotAllowed'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  readCsrfToken: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Client platform (SG-02). Each platform has its own app token.
         * @example android
         */
        platform: components['parameters']['Platform'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A CSRF token (SG-18). */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          /**
           * @description The `__Host-csrf` cookie that the token is checked against (double submit).
           * @example __Host-csrf=4f1c0d9e8b7a6f5e; Path=/; HttpOnly; Secure; SameSite=Strict
           */
          'Set-Cookie'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": {
           *         "csrf_token": "4f1c0d9e8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e"
           *       },
           *       "message": "get data csrf token success"
           *     }
           */
          'application/json': components['schemas']['CsrfTokenReadResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['UnknownPlatform'];
      405: components['responses']['MethodNotAllowed'];
      422: components['responses']['UnprocessableEntity'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  readDiscovery: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Client platform (SG-02). Each platform has its own app token.
         * @example android
         */
        platform: components['parameters']['Platform'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The discovery document. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": {
           *         "name": "delivery-platform",
           *         "platform": "android",
           *         "platforms": [
           *           "android",
           *           "ios",
           *           "web"
           *         ],
           *         "docs_url": "/docs",
           *         "services": [
           *           {
           *             "name": "core",
           *             "segments": [
           *               "product",
           *               "account",
           *               "otp",
           *               "oauth",
           *               "csrf-token",
           *               "country",
           *               "city",
           *               "discovery"
           *             ],
           *             "versions": [
           *               {
           *                 "version": "v1",
           *                 "status": "deprecated",
           *                 "sunset": "2027-06-30",
           *                 "deprecated_segments": [
           *                   "product"
           *                 ],
           *                 "base_url": "/api/android/v1",
           *                 "spec_url": "/spec/core.yaml"
           *               },
           *               {
           *                 "version": "v2",
           *                 "status": "current",
           *                 "base_url": "/api/android/v2",
           *                 "spec_url": "/spec/core.yaml"
           *               }
           *             ]
           *           }
           *         ]
           *       },
           *       "message": "get data discovery success"
           *     }
           */
          'application/json': components['schemas']['DiscoveryReadResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['UnknownPlatform'];
      405: components['responses']['MethodNotAllowed'];
      422: components['responses']['UnprocessableEntity'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
}
