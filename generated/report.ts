// GENERATED FILE, DO NOT EDIT. Source: spec/report.yaml. Regenerate with `npm run generate`;
// CI fails when this file is stale (`npm run generate -- --check`).
export interface paths {
  '/api/{platform}/v1/order-report': {
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
     * Orders and revenue per day, city and currency
     * @description One row per day, city and currency that had orders in the range, by day, then city, then currency. A day is a UTC calendar day of the moment an order was placed; the city is its drop-off city. `order_count` counts every order placed, `cancelled_count` and `delivered_count` those that have reached that state by now, and `revenue` sums the totals of the delivered ones, exact in the row's currency. The range is at most 366 days; `to` is included.
     */
    get: operations['listOrderReport'];
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
    OrderReportListResponse: {
      data: {
        /**
         * Format: date
         * @description UTC day the orders were placed.
         */
        day: string;
        /**
         * Format: int64
         * @description The drop-off city.
         */
        city_id: number;
        city_name: string;
        currency: components['schemas']['Currency'];
        /** @description Orders placed, whatever their state now. */
        order_count: number;
        cancelled_count: number;
        delivered_count: number;
        /** @description Sum of the totals of the delivered orders, exact in `currency`. */
        revenue: number;
      }[];
      meta: components['schemas']['PageMeta'];
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
  };
  responses: {
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
  listOrderReport: {
    parameters: {
      query: {
        /**
         * @description First day of the range (UTC), included.
         * @example 2026-11-01
         */
        from: string;
        /**
         * @description Last day of the range (UTC), included; not before `from`, at most 365 days after it.
         * @example 2026-11-30
         */
        to: string;
        /**
         * @description Only orders delivered to this city.
         * @example 11
         */
        city_id?: number;
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
      /** @description One page of report rows (SG-17). */
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
           *           "day": "2026-11-21",
           *           "city_id": 11,
           *           "city_name": "Jakarta",
           *           "currency": "IDR",
           *           "order_count": 412,
           *           "cancelled_count": 9,
           *           "delivered_count": 388,
           *           "revenue": 21873000
           *         },
           *         {
           *           "day": "2026-11-21",
           *           "city_id": 39,
           *           "city_name": "Kuala Lumpur",
           *           "currency": "MYR",
           *           "order_count": 57,
           *           "cancelled_count": 2,
           *           "delivered_count": 51,
           *           "revenue": 1523.4
           *         }
           *       ],
           *       "meta": {
           *         "links": {
           *           "next": "/api/android/v1/order-report?from=2026-11-01&to=2026-11-30&page=2&per_page=2",
           *           "prev": ""
           *         },
           *         "total_data": 96,
           *         "count": 2,
           *         "per_page": 2,
           *         "current_page": 1,
           *         "total_page": 48
           *       }
           *     }
           */
          'application/json': components['schemas']['OrderReportListResponse'];
        };
      };
      /** @description The page is past the last one, or no order was placed in the range; no data (SG-18). */
      204: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['UnauthorizedAccess'];
      403: components['responses']['Forbidden'];
      404: components['responses']['UnknownPlatform'];
      405: components['responses']['MethodNotAllowed'];
      /** @description A parameter does not match the contract, `to` is before `from`, or the range is longer than 366 days; one entry per field (SG-23). */
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
}
