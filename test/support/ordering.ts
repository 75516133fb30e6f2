/** Addresses and orders through the real user API, for tests that need an order to move. */
import { jsonOf } from './assertions.ts';
import type { TestServer } from './server.ts';

const api = '/api/android/v1';

/** The id at the end of a 201's Location. */
export const idOf = (response: Response): number =>
  Number(response.headers.get('location')?.split('/').pop());

/** A signed-in user: account id and android access token. */
export interface Customer {
  id: number;
  token: string;
}

/** Saves an address of the customer (city 16, Surabaya) and returns its id. */
export async function saveAddress(
  server: TestServer,
  customer: Customer,
  place: { label: string; lat: number; lng: number },
): Promise<number> {
  const response = await server.request(`${api}/user/${customer.id}/address`, {
    method: 'POST',
    bearer: customer.token,
    json: { street: `Jl. ${place.label} No. 20`, city_id: 16, ...place },
  });
  await jsonOf(response, 201);
  return idOf(response);
}

/** Places an order of one unit of the product, from pickup to drop-off, and returns its id. */
export async function placeOrder(
  server: TestServer,
  customer: Customer,
  draft: { productId: number; pickup: number; dropoff: number },
): Promise<number> {
  const response = await server.request(`${api}/order`, {
    method: 'POST',
    bearer: customer.token,
    json: {
      items: [{ product_id: draft.productId, quantity: 1 }],
      pickup_address_id: draft.pickup,
      dropoff_address_id: draft.dropoff,
    },
  });
  await jsonOf(response, 201);
  return idOf(response);
}
