/** Thin handlers of offers and deliveries: the driver's moves of the order state machine. */
import type { DriverHandlers } from '../../../generated/driver.operations.ts';
import { transitionConflict } from '../../../src/order-state.ts';
import { pageMeta, pageWindow } from '../../../src/runtime/paging.ts';
import type { Coordinates } from '../profile/index.ts';
import type { DeliveryRepository } from './repository.ts';
import {
  toDeliveryListResponse,
  toDeliveryOfferListResponse,
  toDeliveryReadResponse,
} from './transformers.ts';

type DeliveryHandlers = Pick<
  DriverHandlers,
  'listDeliveryOffer' | 'listDelivery' | 'createDelivery' | 'readDelivery' | 'updateDelivery'
>;

/** Offers are orders whose pickup point is at most this far from the driver (spec/driver.yaml). */
export const OFFER_RADIUS_KM = 10;

// An order this driver has not accepted answers as an unknown one.
const notFound = (id: number) => ({ status: 404 as const, body: { message: `delivery ${id} not found` } });

export function createDeliveryHandlers(
  deliveries: DeliveryRepository,
  locationOf: (driverId: number) => Promise<Coordinates | undefined>,
): DeliveryHandlers {
  return {
    async listDeliveryOffer({ principal, path, query, request }) {
      const driverId = principal.accountId;
      const location = await locationOf(driverId);
      if (!location) {
        return {
          status: 409,
          body: {
            message: `driver ${driverId} has no location yet: send one with PUT /api/${path.platform}/v1/driver/${driverId}/location first`,
          },
        };
      }
      const { offset, limit } = pageWindow(query);
      const { records, total } = await deliveries.listOffers(location, OFFER_RADIUS_KM, offset, limit);
      if (records.length === 0) return { status: 204 };
      return {
        status: 200,
        body: toDeliveryOfferListResponse(records, pageMeta(request, query, total, records.length)),
      };
    },

    async listDelivery({ principal, query, request }) {
      const { offset, limit } = pageWindow(query);
      const { records, total } = await deliveries.listPage(principal.accountId, offset, limit);
      if (records.length === 0) return { status: 204 };
      return {
        status: 200,
        body: toDeliveryListResponse(records, pageMeta(request, query, total, records.length)),
      };
    },

    async createDelivery({ principal, path, body }) {
      const driverId = principal.accountId;
      const move = await deliveries.accept(body.order_id, driverId);
      if (move.moved) {
        return {
          status: 201,
          body: { message: `order ${body.order_id} accepted by driver ${driverId}` },
          headers: { Location: `/api/${path.platform}/v1/delivery/${body.order_id}` },
        };
      }
      if (move.current === undefined) {
        return {
          status: 422,
          body: {
            message: 'the request has 1 invalid field: order_id',
            errors: [{ field: 'order_id', message: [`order ${body.order_id} does not exist`] }],
          },
        };
      }
      const reason =
        move.current === 'accepted' || move.current === 'picked_up' || move.current === 'delivered'
          ? move.driverId === driverId
            ? 'you have already accepted it'
            : 'another driver has taken it'
          : undefined;
      return {
        status: 409,
        body: { message: transitionConflict(body.order_id, move.current, 'accepted', reason) },
      };
    },

    async readDelivery({ principal, path }) {
      const record = await deliveries.findById(principal.accountId, path.id);
      return record ? { status: 200, body: toDeliveryReadResponse(record) } : notFound(path.id);
    },

    async updateDelivery({ principal, path, body }) {
      const driverId = principal.accountId;
      const move = await deliveries.advance(path.id, driverId, body.status);
      if (move.moved) return { status: 200, body: { message: `delivery ${path.id} ${body.status}` } };
      if (move.current === undefined || move.driverId !== driverId) return notFound(path.id);
      return { status: 409, body: { message: transitionConflict(path.id, move.current, body.status) } };
    },
  };
}
