// GENERATED FILE, DO NOT EDIT. Source: spec/driver.yaml. Regenerate with `npm run generate`;
// CI fails when this file is stale (`npm run generate -- --check`).
export interface paths {
  '/api/{platform}/v1/driver/{id}': {
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
     * @description Your own profile only (the id is your account id); another driver's answers 403. `vehicle` and `plate` are "" until you set them; `location` appears once you have sent one.
     */
    get: operations['readDriver'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change your vehicle or plate */
    patch: operations['updateDriver'];
    trace?: never;
  };
  '/api/{platform}/v1/driver/{id}/location': {
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
     * Send your current location
     * @description Replaces your last known location (Redis GEO), which decides the offers you see. WGS 84 degrees; latitudes are limited to ±85.05112878, the range Redis GEO (Web Mercator) can index.
     */
    put: operations['replaceDriverLocation'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/{platform}/v1/delivery-offer': {
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
     * List the orders waiting for a driver near you, nearest first
     * @description Orders with status `created` whose pickup point is within 10 km (great-circle distance) of your last location, nearest first (ties by order id). Each offer's `order_id` is what `POST /delivery` accepts. Send your location first (`PUT /driver/{id}/location`), and keep it fresh: without one, or when the last one is older than the server's maximum age (`DRIVER_LOCATION_MAX_AGE_SECONDS`, 5 minutes by default), this answers 409.
     */
    get: operations['listDeliveryOffer'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/{platform}/v1/delivery': {
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
    /** List your deliveries, most recently accepted first */
    get: operations['listDelivery'];
    put?: never;
    /**
     * Accept an offer
     * @description Takes an order whose status is `created`: it becomes `accepted` by you, and the delivery has the order's id. When several drivers accept the same order at once, exactly one gets 201; the others get 409. A driver holds one active (accepted or picked up) delivery at a time: accepting another before delivering it answers 409, also when both accepts arrive at the same moment.
     */
    post: operations['createDelivery'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/{platform}/v1/delivery/{id}': {
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
     * Read one of your deliveries
     * @description An order you have not accepted answers 404, as an unknown one does.
     */
    get: operations['readDelivery'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Report a step of one of your deliveries
     * @description `{"status": "picked_up"}` once you have the order (from `accepted`), then `{"status": "delivered"}` (from `picked_up`). Any other move answers 409.
     */
    patch: operations['updateDelivery'];
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Location: {
      lat: number;
      lng: number;
    };
    DriverReadResponse: {
      data: {
        /** Format: int64 */
        id: number;
        phone_number: string;
        /** @description "" until set. */
        vehicle: string;
        /** @description "" until set. */
        plate: string;
        /** @description Your last location (to about 1 m); absent until you send one. */
        location?: components['schemas']['Location'];
        /** Format: date-time */
        created_at: string;
      };
      message: string;
    };
    DriverUpdateRequest: {
      /** @description Make, model and colour: Honda Vario 125, black. */
      vehicle?: string;
      /** @description Licence plate, upper case, as written on it. */
      plate?: string;
    };
    DriverUpdateResponse: components['schemas']['WriteResult'];
    DriverLocationReplaceRequest: {
      /** @description Latitude, WGS 84 degrees (the range Redis GEO indexes). */
      lat: number;
      /** @description Longitude, WGS 84 degrees. */
      lng: number;
    };
    DriverLocationReplaceResponse: components['schemas']['WriteResult'];
    /** @description A pickup or drop-off point, as it was when the order was placed. */
    Place: {
      street: string;
      /** Format: int64 */
      city_id: number;
      lat: number;
      lng: number;
    };
    /**
     * @description accepted → picked_up → delivered.
     * @enum {string}
     */
    DeliveryStatus: 'accepted' | 'picked_up' | 'delivered';
    DeliveryOfferListResponse: {
      data: {
        /** Format: int64 */
        order_id: number;
        /** @description Great-circle distance from your last location to the pickup point, in km (2 decimals). */
        distance_km: number;
        total: number;
        currency: components['schemas']['Currency'];
        /** @description Units ordered (sum of quantities). */
        item_count: number;
        pickup: components['schemas']['Place'];
        dropoff: components['schemas']['Place'];
        /** Format: date-time */
        created_at: string;
      }[];
      meta: components['schemas']['PageMeta'];
    };
    DeliveryListResponse: {
      data: {
        /**
         * Format: int64
         * @description The order's id.
         */
        id: number;
        status: components['schemas']['DeliveryStatus'];
        total: number;
        currency: components['schemas']['Currency'];
        item_count: number;
        pickup: components['schemas']['Place'];
        dropoff: components['schemas']['Place'];
        /** Format: date-time */
        accepted_at: string;
        /** Format: date-time */
        updated_at: string;
      }[];
      meta: components['schemas']['PageMeta'];
    };
    DeliveryCreateRequest: {
      /**
       * Format: int64
       * @description The `order_id` of an offer.
       */
      order_id: number;
    };
    DeliveryCreateResponse: components['schemas']['WriteResult'];
    DeliveryReadResponse: {
      data: {
        /**
         * Format: int64
         * @description The order's id.
         */
        id: number;
        status: components['schemas']['DeliveryStatus'];
        items: {
          /** Format: int64 */
          product_id: number;
          name: string;
          quantity: number;
        }[];
        /** @description What the user pays on delivery. */
        total: number;
        currency: components['schemas']['Currency'];
        pickup: components['schemas']['Place'];
        dropoff: components['schemas']['Place'];
        /** Format: date-time */
        created_at: string;
        /** Format: date-time */
        updated_at: string;
        /** Format: date-time */
        accepted_at: string;
        /** Format: date-time */
        picked_up_at?: string;
        /** Format: date-time */
        delivered_at?: string;
      };
      message: string;
    };
    DeliveryUpdateRequest: {
      /**
       * @description The next step of the delivery.
       * @enum {string}
       */
      status: 'picked_up' | 'delivered';
    };
    DeliveryUpdateResponse: components['schemas']['WriteResult'];
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
    /**
     * @description ISO 4217 code of the amounts beside it: IDR, SGD or MYR today. More may come, so a client handles a code it does not know (shows the code) instead of failing. Amounts are exact in the currency's minor units: whole rupiah for IDR (ISO lists 2 digits, nobody prices in sen), cents for SGD and MYR.
     * @example IDR
     */
    Currency: string;
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
  };
  responses: {
    /** @description The access token is not a driver's (SG-26). */
    DriverForbidden: {
      headers: {
        'X-Request-Id': components['headers']['RequestId'];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "message": "this operation needs the 'driver' scope"
         *     }
         */
        'application/json': components['schemas']['MessageError'];
      };
    };
    /** @description The access token is not a driver's, or the profile is not yours (SG-26). */
    DriverProfileForbidden: {
      headers: {
        'X-Request-Id': components['headers']['RequestId'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['MessageError'];
      };
    };
    /** @description No such driver (SG-24), or a platform this API does not serve (`/api/foo/...`, an unknown URL). On your own profile's paths another id answers 403 first and a deleted account's tokens answer 401.4, so there only the unknown platform answers 404. */
    DriverNotFound: {
      headers: {
        'X-Request-Id': components['headers']['RequestId'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['MessageError'];
      };
    };
    /** @description No such delivery among yours (SG-24); or the URL names a platform this API does not serve (`/api/foo/...`), which is an unknown URL. */
    DeliveryNotFound: {
      headers: {
        'X-Request-Id': components['headers']['RequestId'];
        [name: string]: unknown;
      };
      content: {
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
  readDriver: {
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
      /** @description The profile (SG-18). */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": {
           *         "id": 41,
           *         "phone_number": "+6281398765432",
           *         "vehicle": "Honda Vario 125, black",
           *         "plate": "B 4512 KZT",
           *         "location": {
           *           "lat": -6.2253,
           *           "lng": 106.8099
           *         },
           *         "created_at": "2026-11-20T02:11:09Z"
           *       },
           *       "message": "get data driver success"
           *     }
           */
          'application/json': components['schemas']['DriverReadResponse'];
        };
      };
      401: components['responses']['UnauthorizedAccess'];
      403: components['responses']['DriverProfileForbidden'];
      404: components['responses']['DriverNotFound'];
      405: components['responses']['MethodNotAllowed'];
      422: components['responses']['UnprocessableEntity'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  updateDriver: {
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
         *       "vehicle": "Honda Vario 125, black",
         *       "plate": "B 4512 KZT"
         *     }
         */
        'application/json': components['schemas']['DriverUpdateRequest'];
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
           *       "message": "driver 41 updated"
           *     }
           */
          'application/json': components['schemas']['WriteResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['UnauthorizedAccess'];
      403: components['responses']['DriverProfileForbidden'];
      404: components['responses']['DriverNotFound'];
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
           *       "message": "the request has 1 invalid field: plate",
           *       "errors": [
           *         {
           *           "field": "plate",
           *           "message": [
           *             "must match ^[A-Z0-9][A-Z0-9 -]{0,14}$"
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
  replaceDriverLocation: {
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
         *       "lat": -6.2253,
         *       "lng": 106.8099
         *     }
         */
        'application/json': components['schemas']['DriverLocationReplaceRequest'];
      };
    };
    responses: {
      /** @description The location was stored (SG-20). */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "message": "location of driver 41 updated"
           *     }
           */
          'application/json': components['schemas']['WriteResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['UnauthorizedAccess'];
      403: components['responses']['DriverProfileForbidden'];
      404: components['responses']['DriverNotFound'];
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
           *       "message": "the request has 2 invalid fields: lat, lng",
           *       "errors": [
           *         {
           *           "field": "lat",
           *           "message": [
           *             "must be <= 85.05112878"
           *           ]
           *         },
           *         {
           *           "field": "lng",
           *           "message": [
           *             "must be >= -180"
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
  listDeliveryOffer: {
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
      /** @description One page of offers (SG-17). */
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
           *           "order_id": 77,
           *           "distance_km": 0.12,
           *           "total": 54000,
           *           "currency": "IDR",
           *           "item_count": 3,
           *           "pickup": {
           *             "street": "Jl. Jenderal Sudirman Kav. 52-53, Senayan",
           *             "city_id": 11,
           *             "lat": -6.224596,
           *             "lng": 106.809472
           *           },
           *           "dropoff": {
           *             "street": "Jl. Kemang Raya No. 8, Bangka, Mampang Prapatan",
           *             "city_id": 11,
           *             "lat": -6.260719,
           *             "lng": 106.814835
           *           },
           *           "created_at": "2026-11-21T05:02:11Z"
           *         }
           *       ],
           *       "meta": {
           *         "links": {
           *           "next": "/api/android/v1/delivery-offer?page=2&per_page=1",
           *           "prev": ""
           *         },
           *         "total_data": 4,
           *         "count": 1,
           *         "per_page": 1,
           *         "current_page": 1,
           *         "total_page": 4
           *       }
           *     }
           */
          'application/json': components['schemas']['DeliveryOfferListResponse'];
        };
      };
      /** @description No order is waiting near you, or the page is past the last one; no data (SG-18). */
      204: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['UnauthorizedAccess'];
      403: components['responses']['DriverForbidden'];
      404: components['responses']['UnknownPlatform'];
      405: components['responses']['MethodNotAllowed'];
      /** @description You have not sent a location yet, or your last one is too old (SG-26). */
      409: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MessageError'];
        };
      };
      422: components['responses']['UnprocessableEntity'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  listDelivery: {
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
      /** @description One page of your deliveries (SG-17). */
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
           *           "status": "picked_up",
           *           "total": 54000,
           *           "currency": "IDR",
           *           "item_count": 3,
           *           "pickup": {
           *             "street": "Jl. Jenderal Sudirman Kav. 52-53, Senayan",
           *             "city_id": 11,
           *             "lat": -6.224596,
           *             "lng": 106.809472
           *           },
           *           "dropoff": {
           *             "street": "Jl. Kemang Raya No. 8, Bangka, Mampang Prapatan",
           *             "city_id": 11,
           *             "lat": -6.260719,
           *             "lng": 106.814835
           *           },
           *           "accepted_at": "2026-11-21T05:04:37Z",
           *           "updated_at": "2026-11-21T05:19:02Z"
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
          'application/json': components['schemas']['DeliveryListResponse'];
        };
      };
      /** @description The page is past the last one, or you have no delivery; no data (SG-18). */
      204: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['UnauthorizedAccess'];
      403: components['responses']['DriverForbidden'];
      404: components['responses']['UnknownPlatform'];
      405: components['responses']['MethodNotAllowed'];
      422: components['responses']['UnprocessableEntity'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  createDelivery: {
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
         *       "order_id": 77
         *     }
         */
        'application/json': components['schemas']['DeliveryCreateRequest'];
      };
    };
    responses: {
      /** @description The order is yours to deliver; `Location` is the delivery's URL (SG-19). */
      201: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          /**
           * @description Relative URL of the delivery (the order's id).
           * @example /api/android/v1/delivery/77
           */
          Location: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "message": "order 77 accepted by driver 41"
           *     }
           */
          'application/json': components['schemas']['WriteResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['UnauthorizedAccess'];
      403: components['responses']['DriverForbidden'];
      404: components['responses']['UnknownPlatform'];
      405: components['responses']['MethodNotAllowed'];
      /** @description The order is not waiting for a driver (any more), or you already hold an active delivery (SG-26). */
      409: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MessageError'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      /** @description The request does not match the contract, or names an unknown order; one entry per field (SG-23). */
      422: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "message": "the request has 1 invalid field: order_id",
           *       "errors": [
           *         {
           *           "field": "order_id",
           *           "message": [
           *             "order 999 does not exist"
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
  readDelivery: {
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
      /** @description The delivery (SG-18). */
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
           *         "status": "accepted",
           *         "items": [
           *           {
           *             "product_id": 9,
           *             "name": "Martabak Manis Keju Cokelat",
           *             "quantity": 3
           *           }
           *         ],
           *         "total": 54000,
           *         "currency": "IDR",
           *         "pickup": {
           *           "street": "Jl. Jenderal Sudirman Kav. 52-53, Senayan",
           *           "city_id": 11,
           *           "lat": -6.224596,
           *           "lng": 106.809472
           *         },
           *         "dropoff": {
           *           "street": "Jl. Kemang Raya No. 8, Bangka, Mampang Prapatan",
           *           "city_id": 11,
           *           "lat": -6.260719,
           *           "lng": 106.814835
           *         },
           *         "created_at": "2026-11-21T05:02:11Z",
           *         "updated_at": "2026-11-21T05:04:37Z",
           *         "accepted_at": "2026-11-21T05:04:37Z"
           *       },
           *       "message": "get data delivery success"
           *     }
           */
          'application/json': components['schemas']['DeliveryReadResponse'];
        };
      };
      401: components['responses']['UnauthorizedAccess'];
      403: components['responses']['DriverForbidden'];
      404: components['responses']['DeliveryNotFound'];
      405: components['responses']['MethodNotAllowed'];
      422: components['responses']['UnprocessableEntity'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  updateDelivery: {
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
         *       "status": "picked_up"
         *     }
         */
        'application/json': components['schemas']['DeliveryUpdateRequest'];
      };
    };
    responses: {
      /** @description The delivery moved to the asked state (SG-20). */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "message": "delivery 77 picked_up"
           *     }
           */
          'application/json': components['schemas']['WriteResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['UnauthorizedAccess'];
      403: components['responses']['DriverForbidden'];
      404: components['responses']['DeliveryNotFound'];
      405: components['responses']['MethodNotAllowed'];
      /** @description The delivery is not in the state the asked one follows (SG-26). */
      409: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "message": "order 77 cannot go from accepted to delivered: from accepted it can only go to picked_up"
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
           *             "must be one of: picked_up, delivered"
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
