/** Thin handlers of the user's orders: place (idempotent with a key), list, read, cancel. */
import type { UserHandlers } from '../../../generated/user.operations.ts';
import { problems, ValidationError } from '../../../src/errors.ts';
import { transitionConflict } from '../../../src/order-state.ts';
import { pageWindow } from '../../../src/runtime/paging.ts';
import { requestHash } from './idempotency.ts';
import { priceOrder } from './pricing.ts';
import type { Idempotency, OrderRepository, Placement } from './repository.ts';
import { toOrderListData, toOrderReadResponse } from './transformers.ts';

type OrderHandlers = Pick<UserHandlers, 'listOrder' | 'createOrder' | 'readOrder' | 'updateOrder'>;

// Another user's order answers as an unknown one: order ids of others are not disclosed.
const notFound = (id: number) => problems.notFound('order', id);

function created(platform: string, id: number) {
  return {
    status: 201 as const,
    body: { message: `order ${id} created` },
    headers: { Location: `/api/${platform}/v1/order/${id}` },
  };
}

/** The first answer to a key, again; or 422 when the key was used for another body. */
function replay(platform: string, first: { id: number; requestHash: string }, idempotency: Idempotency) {
  if (first.requestHash !== idempotency.requestHash) throw problems.idempotencyKeyReused(first.id);
  return created(platform, first.id);
}

export function createOrderHandlers(orders: OrderRepository): OrderHandlers {
  return {
    async listOrder({ principal, query }) {
      const { offset, limit } = pageWindow(query);
      const { records, total } = await orders.listPage(principal.accountId, offset, limit);
      return { status: 200, page: { records: toOrderListData(records), total } };
    },

    async createOrder({ principal, path, body, headers }) {
      const userId = principal.accountId;
      const key = headers['Idempotency-Key'];
      const idempotency = key === undefined ? undefined : { key, requestHash: requestHash(body) };
      // No look-up of the key first: a new key (nearly every request) is one round trip fewer.
      // A retried key meets the unique index at the insert ('duplicate' below), or, when its
      // order could not be placed any more (an address or product gone since), is looked up
      // before that refusal is answered.
      let placed: Placement;
      try {
        placed = await orders.place(userId, body, idempotency, (addresses, products) =>
          priceOrder(body, addresses, products),
        );
      } catch (error) {
        const first =
          idempotency &&
          error instanceof ValidationError &&
          (await orders.findByIdempotencyKey(userId, idempotency.key));
        if (first) return replay(path.platform, first, idempotency);
        throw error;
      }
      if (placed.kind === 'created') return created(path.platform, placed.id);
      // A concurrent request with the same key won the race: answer what it answered.
      const first = idempotency && (await orders.findByIdempotencyKey(userId, idempotency.key));
      if (!idempotency || !first) throw new Error('an Idempotency-Key collision left no order behind');
      return replay(path.platform, first, idempotency);
    },

    async readOrder({ principal, path }) {
      const record = await orders.findById(principal.accountId, path.id);
      if (!record) throw notFound(path.id);
      return { status: 200, body: toOrderReadResponse(record) };
    },

    async updateOrder({ principal, path, body }) {
      const move = await orders.cancel(principal.accountId, path.id);
      if (move.moved) return { status: 200, body: { message: `order ${path.id} ${body.status}` } };
      if (move.current === undefined) throw notFound(path.id);
      throw problems.conflict(transitionConflict(path.id, move.current, body.status));
    },
  };
}
