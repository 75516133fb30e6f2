// GENERATED FILE, DO NOT EDIT. Source: spec/user.yaml. Regenerate with `npm run generate`;
// CI fails when this file is stale (`npm run generate -- --check`).
export interface paths {
  '/api/{platform}/v1/user/{id}': {
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
     * Read your profile
     * @description Your own profile only (the id is your account id); another user's answers 403.
     */
    get: operations['readUser'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change your display name */
    patch: operations['updateUser'];
    trace?: never;
  };
  '/api/{platform}/v1/user/{id}/address': {
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
    /** List your saved addresses, newest first (SG-05) */
    get: operations['listUserAddress'];
    put?: never;
    /**
     * Save an address
     * @description `city_id` is a city of the core service (`GET /country/{id}/city`). `lat`/`lng` are WGS 84 degrees. A user keeps at most `ADDRESS_LIMIT_PER_USER` addresses (20 by default; deleted ones do not count): beyond it this answers 422 naming the limit.
     */
    post: operations['createUserAddress'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/{platform}/v1/address/{id}': {
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
     * Read one of your addresses
     * @description Another user's address answers 404, as an unknown one does.
     */
    get: operations['readAddress'];
    put?: never;
    post?: never;
    /**
     * Delete one of your addresses
     * @description The address leaves your list and can no longer be used for a new order; orders already placed keep it.
     */
    delete: operations['deleteAddress'];
    options?: never;
    head?: never;
    /**
     * Change some fields of one of your addresses
     * @description Orders already placed keep the address as it was when they were placed.
     */
    patch: operations['updateAddress'];
    trace?: never;
  };
  '/api/{platform}/v1/order': {
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
    /** List your orders, newest first */
    get: operations['listOrder'];
    put?: never;
    /**
     * Order products
     * @description Each product of the catalogue at most once, 1 to 100 of it, at most 20 products. Both addresses must be your own saved addresses. The order keeps the products' names and prices and the addresses as they are now; its `total` is the sum of price × quantity, computed exactly on the server in the minor units of the products' currency. An order is paid in one currency: products priced in different currencies are refused (422 naming each item not in the first item's currency), and so is a product that is no longer sold. Send an `Idempotency-Key` to make the request safe to retry.
     */
    post: operations['createOrder'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/{platform}/v1/order/{id}': {
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
     * Read one of your orders, with its state
     * @description Another user's order answers 404, as an unknown one does. `driver_id` and the time of each step appear once the order has reached it.
     */
    get: operations['readOrder'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Cancel one of your orders
     * @description The only change a user makes to an order: `{"status": "cancelled"}`, allowed while its status is `created` (no driver has taken it). Otherwise 409 names the current state.
     */
    patch: operations['updateOrder'];
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    UserReadResponse: {
      data: {
        /** Format: int64 */
        id: number;
        phone_number: string;
        /** @description "" until set. */
        display_name: string;
        /** Format: date-time */
        created_at: string;
      };
      message: string;
    };
    UserUpdateRequest: {
      display_name: string;
    };
    UserUpdateResponse: components['schemas']['WriteResult'];
    Address: {
      /** Format: int64 */
      id: number;
      /** Format: int64 */
      user_id: number;
      label: string;
      street: string;
      /** Format: int64 */
      city_id: number;
      lat: number;
      lng: number;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string;
    };
    UserAddressListResponse: {
      data: components['schemas']['Address'][];
      meta: components['schemas']['PageMeta'];
    };
    AddressReadResponse: {
      data: components['schemas']['Address'];
      message: string;
    };
    UserAddressCreateRequest: {
      /** @description What you call it: Rumah, Kantor… */
      label: string;
      street: string;
      /** Format: int64 */
      city_id: number;
      /** @description Latitude, WGS 84 degrees. */
      lat: number;
      /** @description Longitude, WGS 84 degrees. */
      lng: number;
    };
    AddressUpdateRequest: {
      label?: string;
      street?: string;
      /** Format: int64 */
      city_id?: number;
      lat?: number;
      lng?: number;
    };
    UserAddressCreateResponse: components['schemas']['WriteResult'];
    AddressUpdateResponse: components['schemas']['WriteResult'];
    AddressDeleteResponse: components['schemas']['WriteResult'];
    /**
     * @description created → accepted (a driver took it) → picked_up → delivered; created → cancelled.
     * @enum {string}
     */
    OrderStatus: 'created' | 'accepted' | 'picked_up' | 'delivered' | 'cancelled';
    OrderCreateRequest: {
      items: {
        /** Format: int64 */
        product_id: number;
        quantity: number;
      }[];
      /**
       * Format: int64
       * @description One of your saved addresses, where the driver picks the order up.
       */
      pickup_address_id: number;
      /**
       * Format: int64
       * @description One of your saved addresses, where the driver delivers it.
       */
      dropoff_address_id: number;
    };
    OrderCreateResponse: components['schemas']['WriteResult'];
    OrderListResponse: {
      data: {
        /** Format: int64 */
        id: number;
        status: components['schemas']['OrderStatus'];
        total: number;
        currency: components['schemas']['Currency'];
        /** @description Units ordered (sum of quantities). */
        item_count: number;
        /**
         * Format: int64
         * @description Once a driver has taken it.
         */
        driver_id?: number;
        /** Format: date-time */
        created_at: string;
        /** Format: date-time */
        updated_at: string;
      }[];
      meta: components['schemas']['PageMeta'];
    };
    /** @description A saved address as it was when the order was placed. */
    OrderPlace: {
      /** Format: int64 */
      address_id: number;
      label: string;
      street: string;
      /** Format: int64 */
      city_id: number;
      lat: number;
      lng: number;
    };
    OrderReadResponse: {
      data: {
        /** Format: int64 */
        id: number;
        status: components['schemas']['OrderStatus'];
        items: {
          /** Format: int64 */
          product_id: number;
          /** @description The product name when the order was placed. */
          name: string;
          /** @description The price when the order was placed. */
          unit_price: number;
          quantity: number;
          /** @description unit_price × quantity, exact. */
          line_total: number;
        }[];
        /** @description Sum of the line totals, exact in the minor units of `currency`. */
        total: number;
        currency: components['schemas']['Currency'];
        pickup: components['schemas']['OrderPlace'];
        dropoff: components['schemas']['OrderPlace'];
        /**
         * Format: int64
         * @description Once a driver has taken it.
         */
        driver_id?: number;
        /** Format: date-time */
        created_at: string;
        /** Format: date-time */
        updated_at: string;
        /** Format: date-time */
        accepted_at?: string;
        /** Format: date-time */
        picked_up_at?: string;
        /** Format: date-time */
        delivered_at?: string;
        /** Format: date-time */
        cancelled_at?: string;
      };
      message: string;
    };
    OrderUpdateRequest: {
      /**
       * @description The only state a user moves an order to.
       * @enum {string}
       */
      status: 'cancelled';
    };
    OrderUpdateResponse: components['schemas']['WriteResult'];
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
    /**
     * @description ISO 4217 code of the amounts beside it: IDR, SGD or MYR today. More may come, so a client handles a code it does not know (shows the code) instead of failing. Amounts are exact in the currency's minor units: whole rupiah for IDR (ISO lists 2 digits, nobody prices in sen), cents for SGD and MYR.
     * @example IDR
     */
    Currency: string;
  };
  responses: {
    /** @description The access token is not a user's (SG-26). */
    UserForbidden: {
      headers: {
        'X-Request-Id': components['headers']['RequestId'];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "message": "this operation needs the 'user' scope"
         *     }
         */
        'application/json': components['schemas']['MessageError'];
      };
    };
    /** @description The access token is not a user's, or the profile is not yours (SG-26). */
    UserProfileForbidden: {
      headers: {
        'X-Request-Id': components['headers']['RequestId'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['MessageError'];
      };
    };
    /** @description No such user (SG-24), or a platform this API does not serve (`/api/foo/...`, an unknown URL). On your own profile's paths another id answers 403 first and a deleted account's tokens answer 401.4, so there only the unknown platform answers 404. */
    UserNotFound: {
      headers: {
        'X-Request-Id': components['headers']['RequestId'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['MessageError'];
      };
    };
    /** @description No such address among yours (SG-24); or the URL names a platform this API does not serve (`/api/foo/...`), which is an unknown URL. */
    AddressNotFound: {
      headers: {
        'X-Request-Id': components['headers']['RequestId'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['MessageError'];
      };
    };
    /** @description No such order among yours (SG-24); or the URL names a platform this API does not serve (`/api/foo/...`), which is an unknown URL. */
    OrderNotFound: {
      headers: {
        'X-Request-Id': components['headers']['RequestId'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['MessageError'];
      };
    };
    /** @description The request does not match the contract, or names an unknown city; one entry per field (SG-23). */
    AddressInvalid: {
      headers: {
        'X-Request-Id': components['headers']['RequestId'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ValidationError'];
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
  };
  parameters: {
    /**
     * @description Client platform (SG-02). Each platform has its own app token.
     * @example android
     */
    Platform: 'android' | 'ios' | 'web';
    /**
     * @description Numeric id of the resource.
     * @example 1
     */
    Id: number;
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
     * @description Makes a create safe to retry (draft-ietf-httpapi-idempotency-key-header). A client-chosen key, unique per intended create (a UUID is a good choice); keys are per account and kept with what they created. Retrying with the same key and the same JSON body answers the first success again (same status, body and `Location`) and creates nothing; a retry that arrives while the first request is still running waits for it. The same key with a different body answers 422. A request that failed created nothing and is not remembered: retrying it runs it again.
     * @example 5f0c1d2e-8b7a-4c5d-9e6f-0a1b2c3d4e5f
     */
    IdempotencyKey: string;
  };
  requestBodies: never;
  headers: {
    /**
     * @description The request's id: the one the gateway (or the client, when well formed) sent, or one the service made. It is in every log line of the request; quote it when reporting a problem.
     * @example 3f2b8c1e-4a5d-4e6f-9a7b-1c2d3e4f5a6b
     */
    RequestId: string;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  readUser: {
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
      /** @description The profile (SG-18). `display_name` is "" until you set it. */
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
           *         "display_name": "Siti Rahma",
           *         "created_at": "2026-11-21T04:28:50Z"
           *       },
           *       "message": "get data user success"
           *     }
           */
          'application/json': components['schemas']['UserReadResponse'];
        };
      };
      401: components['responses']['UnauthorizedAccess'];
      403: components['responses']['UserProfileForbidden'];
      404: components['responses']['UserNotFound'];
      405: components['responses']['MethodNotAllowed'];
      422: components['responses']['UnprocessableEntity'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  updateUser: {
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
         *       "display_name": "Siti Rahma"
         *     }
         */
        'application/json': components['schemas']['UserUpdateRequest'];
      };
    };
    responses: {
      /** @description The profile was updated (SG-20). */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "message": "user 12 updated"
           *     }
           */
          'application/json': components['schemas']['WriteResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['UnauthorizedAccess'];
      403: components['responses']['UserProfileForbidden'];
      404: components['responses']['UserNotFound'];
      405: components['responses']['MethodNotAllowed'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      /** @description The request does not match the contract; one entry per field (SG-23). */
      422: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "message": "the request has 1 invalid field: display_name",
           *       "errors": [
           *         {
           *           "field": "display_name",
           *           "message": [
           *             "must be at most 100 characters"
           *           ]
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['ValidationError'];
        };
      };
      500: components['responses']['InternalServerError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  listUserAddress: {
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
      /** @description One page of your addresses (SG-17). */
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
           *           "id": 31,
           *           "user_id": 12,
           *           "label": "Kantor",
           *           "street": "Jl. Jenderal Sudirman Kav. 52-53, Senayan",
           *           "city_id": 11,
           *           "lat": -6.224596,
           *           "lng": 106.809472,
           *           "created_at": "2026-11-21T04:30:12Z",
           *           "updated_at": "2026-11-21T04:30:12Z"
           *         },
           *         {
           *           "id": 30,
           *           "user_id": 12,
           *           "label": "Rumah",
           *           "street": "Jl. Kemang Raya No. 8, Bangka, Mampang Prapatan",
           *           "city_id": 11,
           *           "lat": -6.260719,
           *           "lng": 106.814835,
           *           "created_at": "2026-11-21T04:29:40Z",
           *           "updated_at": "2026-11-21T04:29:40Z"
           *         }
           *       ],
           *       "meta": {
           *         "links": {
           *           "next": "/api/android/v1/user/12/address?page=2&per_page=2",
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
          'application/json': components['schemas']['UserAddressListResponse'];
        };
      };
      /** @description The page is past the last one, or you have no saved address; no data (SG-18). */
      204: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['UnauthorizedAccess'];
      403: components['responses']['UserProfileForbidden'];
      404: components['responses']['UserNotFound'];
      405: components['responses']['MethodNotAllowed'];
      422: components['responses']['UnprocessableEntity'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  createUserAddress: {
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
         *       "label": "Rumah",
         *       "street": "Jl. Kemang Raya No. 8, Bangka, Mampang Prapatan",
         *       "city_id": 11,
         *       "lat": -6.260719,
         *       "lng": 106.814835
         *     }
         */
        'application/json': components['schemas']['UserAddressCreateRequest'];
      };
    };
    responses: {
      /** @description The address was saved; `Location` is its URL (SG-19). */
      201: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          /**
           * @description Relative URL of the new address.
           * @example /api/android/v1/address/30
           */
          Location: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "message": "address 30 created"
           *     }
           */
          'application/json': components['schemas']['WriteResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['UnauthorizedAccess'];
      403: components['responses']['UserProfileForbidden'];
      404: components['responses']['UserNotFound'];
      405: components['responses']['MethodNotAllowed'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['AddressInvalid'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  readAddress: {
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
      /** @description The address (SG-18). */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": {
           *         "id": 30,
           *         "user_id": 12,
           *         "label": "Rumah",
           *         "street": "Jl. Kemang Raya No. 8, Bangka, Mampang Prapatan",
           *         "city_id": 11,
           *         "lat": -6.260719,
           *         "lng": 106.814835,
           *         "created_at": "2026-11-21T04:29:40Z",
           *         "updated_at": "2026-11-21T04:29:40Z"
           *       },
           *       "message": "get data address success"
           *     }
           */
          'application/json': components['schemas']['AddressReadResponse'];
        };
      };
      401: components['responses']['UnauthorizedAccess'];
      403: components['responses']['UserForbidden'];
      404: components['responses']['AddressNotFound'];
      405: components['responses']['MethodNotAllowed'];
      422: components['responses']['UnprocessableEntity'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  deleteAddress: {
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
      /** @description The address was deleted (SG-21). */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "message": "address 30 deleted"
           *     }
           */
          'application/json': components['schemas']['WriteResult'];
        };
      };
      401: components['responses']['UnauthorizedAccess'];
      403: components['responses']['UserForbidden'];
      404: components['responses']['AddressNotFound'];
      405: components['responses']['MethodNotAllowed'];
      422: components['responses']['UnprocessableEntity'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  updateAddress: {
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
         *       "label": "Rumah Ibu"
         *     }
         */
        'application/json': components['schemas']['AddressUpdateRequest'];
      };
    };
    responses: {
      /** @description The address was updated (SG-20). */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "message": "address 30 updated"
           *     }
           */
          'application/json': components['schemas']['WriteResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['UnauthorizedAccess'];
      403: components['responses']['UserForbidden'];
      404: components['responses']['AddressNotFound'];
      405: components['responses']['MethodNotAllowed'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['AddressInvalid'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  listOrder: {
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
      /** @description One page of your orders (SG-17). */
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
           *           "id": 77,
           *           "status": "accepted",
           *           "total": 54000,
           *           "currency": "IDR",
           *           "item_count": 3,
           *           "driver_id": 41,
           *           "created_at": "2026-11-21T05:02:11Z",
           *           "updated_at": "2026-11-21T05:04:37Z"
           *         },
           *         {
           *           "id": 76,
           *           "status": "delivered",
           *           "total": 220000,
           *           "currency": "IDR",
           *           "item_count": 1,
           *           "driver_id": 41,
           *           "created_at": "2026-11-20T11:15:03Z",
           *           "updated_at": "2026-11-20T11:52:48Z"
           *         }
           *       ],
           *       "meta": {
           *         "links": {
           *           "next": "/api/android/v1/order?page=2&per_page=2",
           *           "prev": ""
           *         },
           *         "total_data": 5,
           *         "count": 2,
           *         "per_page": 2,
           *         "current_page": 1,
           *         "total_page": 3
           *       }
           *     }
           */
          'application/json': components['schemas']['OrderListResponse'];
        };
      };
      /** @description The page is past the last one, or you have no order; no data (SG-18). */
      204: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['UnauthorizedAccess'];
      403: components['responses']['UserForbidden'];
      404: components['responses']['UnknownPlatform'];
      405: components['responses']['MethodNotAllowed'];
      422: components['responses']['UnprocessableEntity'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  createOrder: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Makes a create safe to retry (draft-ietf-httpapi-idempotency-key-header). A client-chosen key, unique per intended create (a UUID is a good choice); keys are per account and kept with what they created. Retrying with the same key and the same JSON body answers the first success again (same status, body and `Location`) and creates nothing; a retry that arrives while the first request is still running waits for it. The same key with a different body answers 422. A request that failed created nothing and is not remembered: retrying it runs it again.
         * @example 5f0c1d2e-8b7a-4c5d-9e6f-0a1b2c3d4e5f
         */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
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
         *       "items": [
         *         {
         *           "product_id": 9,
         *           "quantity": 3
         *         }
         *       ],
         *       "pickup_address_id": 31,
         *       "dropoff_address_id": 30
         *     }
         */
        'application/json': components['schemas']['OrderCreateRequest'];
      };
    };
    responses: {
      /** @description The order was placed with status `created`; `Location` is its URL (SG-19). A retry with the same `Idempotency-Key` and body answers this again and places nothing. */
      201: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          /**
           * @description Relative URL of the new order.
           * @example /api/android/v1/order/77
           */
          Location: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "message": "order 77 created"
           *     }
           */
          'application/json': components['schemas']['WriteResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['UnauthorizedAccess'];
      403: components['responses']['UserForbidden'];
      404: components['responses']['UnknownPlatform'];
      405: components['responses']['MethodNotAllowed'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      /** @description The request does not match the contract, names a product that is not sold (any more), products priced in different currencies or an address that is not one of yours, or reuses an `Idempotency-Key` with a different body; one entry per field (SG-23). */
      422: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationError'];
        };
      };
      500: components['responses']['InternalServerError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  readOrder: {
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
      /** @description The order (SG-18). */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": {
           *         "id": 77,
           *         "status": "picked_up",
           *         "items": [
           *           {
           *             "product_id": 9,
           *             "name": "Martabak Manis Keju Cokelat",
           *             "unit_price": 18000,
           *             "quantity": 3,
           *             "line_total": 54000
           *           }
           *         ],
           *         "total": 54000,
           *         "currency": "IDR",
           *         "pickup": {
           *           "address_id": 31,
           *           "label": "Kantor",
           *           "street": "Jl. Jenderal Sudirman Kav. 52-53, Senayan",
           *           "city_id": 11,
           *           "lat": -6.224596,
           *           "lng": 106.809472
           *         },
           *         "dropoff": {
           *           "address_id": 30,
           *           "label": "Rumah",
           *           "street": "Jl. Kemang Raya No. 8, Bangka, Mampang Prapatan",
           *           "city_id": 11,
           *           "lat": -6.260719,
           *           "lng": 106.814835
           *         },
           *         "driver_id": 41,
           *         "created_at": "2026-11-21T05:02:11Z",
           *         "updated_at": "2026-11-21T05:19:02Z",
           *         "accepted_at": "2026-11-21T05:04:37Z",
           *         "picked_up_at": "2026-11-21T05:19:02Z"
           *       },
           *       "message": "get data order success"
           *     }
           */
          'application/json': components['schemas']['OrderReadResponse'];
        };
      };
      401: components['responses']['UnauthorizedAccess'];
      403: components['responses']['UserForbidden'];
      404: components['responses']['OrderNotFound'];
      405: components['responses']['MethodNotAllowed'];
      422: components['responses']['UnprocessableEntity'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  updateOrder: {
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
         *       "status": "cancelled"
         *     }
         */
        'application/json': components['schemas']['OrderUpdateRequest'];
      };
    };
    responses: {
      /** @description The order was cancelled (SG-20). */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "message": "order 77 cancelled"
           *     }
           */
          'application/json': components['schemas']['WriteResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['UnauthorizedAccess'];
      403: components['responses']['UserForbidden'];
      404: components['responses']['OrderNotFound'];
      405: components['responses']['MethodNotAllowed'];
      /** @description The order is not `created` any more, so it cannot be cancelled (SG-26). */
      409: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "message": "order 77 cannot go from accepted to cancelled: from accepted it can only go to picked_up"
           *     }
           */
          'application/json': components['schemas']['MessageError'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      /** @description The request does not match the contract; one entry per field (SG-23). */
      422: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "message": "the request has 1 invalid field: status",
           *       "errors": [
           *         {
           *           "field": "status",
           *           "message": [
           *             "must be one of: cancelled"
           *           ]
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['ValidationError'];
        };
      };
      500: components['responses']['InternalServerError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
}
