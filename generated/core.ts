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
    /** List products, newest first */
    get: operations['listProduct'];
    put?: never;
    /** Create a product */
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
    /** Read one product */
    get: operations['readProduct'];
    /** Replace a product (every field) */
    put: operations['replaceProduct'];
    post?: never;
    /**
     * Delete a product
     * @description The product leaves the catalogue; orders that already reference it keep their history.
     */
    delete: operations['deleteProduct'];
    options?: never;
    head?: never;
    /** Change some fields of a product */
    patch: operations['updateProduct'];
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
      /** @description Price in rupiah (DECIMAL in the database, a number here, SG-13). */
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
      price: number;
      /** Format: uri */
      image_url: string;
    };
    ProductReplaceRequest: {
      name: string;
      price: number;
      /** Format: uri */
      image_url: string;
    };
    ProductUpdateRequest: {
      name?: string;
      price?: number;
      /** Format: uri */
      image_url?: string;
    };
    ProductCreateResponse: components['schemas']['WriteResult'];
    ProductReplaceResponse: components['schemas']['WriteResult'];
    ProductUpdateResponse: components['schemas']['WriteResult'];
    ProductDeleteResponse: components['schemas']['WriteResult'];
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
            /** @enum {string} */
            status: 'current' | 'deprecated' | 'sunset';
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
    MessageError: {
      message: string;
    };
  };
  responses: {
    /** @description The app token is missing (401.1) or not valid for this platform (401.2) (SG-22). */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['AuthError'];
      };
    };
    /** @description The request does not match the contract; one entry per field (SG-23). */
    UnprocessableEntity: {
      headers: {
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
    /** @description The body is not valid JSON (SG-26). */
    BadRequest: {
      headers: {
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
    /** @description No such resource (SG-24). */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "message": "product 999 not found"
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
  };
  requestBodies: never;
  headers: never;
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
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
      422: components['responses']['UnprocessableEntity'];
      500: components['responses']['InternalServerError'];
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
          /**
           * @description Relative URL of the new product.
           * @example /api/android/v1/product/10
           */
          Location?: string;
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
      401: components['responses']['Unauthorized'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
      500: components['responses']['InternalServerError'];
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
      422: components['responses']['UnprocessableEntity'];
      500: components['responses']['InternalServerError'];
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
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
      500: components['responses']['InternalServerError'];
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
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['UnprocessableEntity'];
      500: components['responses']['InternalServerError'];
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
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
      500: components['responses']['InternalServerError'];
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
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
      422: components['responses']['UnprocessableEntity'];
      500: components['responses']['InternalServerError'];
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
           *           "id": 2,
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
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['UnprocessableEntity'];
      500: components['responses']['InternalServerError'];
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
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": {
           *         "id": 12,
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
      422: components['responses']['UnprocessableEntity'];
      500: components['responses']['InternalServerError'];
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
           *               "country",
           *               "city",
           *               "discovery"
           *             ],
           *             "versions": [
           *               {
           *                 "version": "v1",
           *                 "status": "current",
           *                 "base_url": "/api/android/v1",
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
      422: components['responses']['UnprocessableEntity'];
      500: components['responses']['InternalServerError'];
    };
  };
}
