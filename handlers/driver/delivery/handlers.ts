/** Thin handlers of offers and deliveries: the driver's moves of the order state machine. */
import type { DriverHandlers } from '../../../generated/driver.operations.ts';
import { problems } from '../../../src/errors.ts';
import { transitionConflict } from '../../../src/order-state.ts';
import { pageWindow } from '../../../src/runtime/paging.ts';
import type { DriverLocation } from '../profile/index.ts';
import type { DeliveryRepository } from './repository.ts';
import { toDeliveryListData, toDeliveryOfferListData, toDeliveryReadResponse } from './transformers.ts';

type DeliveryHandlers = Pick<
  DriverHandlers,
  'listDeliveryOffer' | 'listDelivery' | 'createDelivery' | 'readDelivery' | 'updateDelivery'
>;

/** Offers are orders whose pickup point is at most this far from the driver (spec/driver.yaml). */
export const OFFER_RADIUS_KM = 10;

// An order this driver has not accepted answers as an unknown one.
const notFound = (id: number) => problems.notFound('delivery', id);

export function createDeliveryHandlers(
  deliveries: DeliveryRepository,
  locationOf: (driverId: number) => Promise<DriverLocation | undefined>,
  locationMaxAgeSeconds: number,
): DeliveryHandlers {
  return {
    async listDeliveryOffer({ principal, path, query }) {
      const driverId = principal.accountId;
      const location = await locationOf(driverId);
      const resendAt = `/api/${path.platform}/v1/driver/${driverId}/location`;
      if (!location) {
        throw problems.conflict(
          `driver ${driverId} has no location yet: send one with PUT ${resendAt} first`,
        );
      }
      // A driver who stopped sending locations hours ago is not near these orders any more.
      const oldest = Date.now() - locationMaxAgeSeconds * 1000;
      if (location.sentAt === undefined || location.sentAt.getTime() < oldest) {
        throw problems.staleLocation(driverId, locationMaxAgeSeconds, resendAt);
      }
      const { offset, limit } = pageWindow(query);
      const { records, total } = await deliveries.listOffers(location, OFFER_RADIUS_KM, offset, limit);
      return { status: 200, page: { records: toDeliveryOfferListData(records), total } };
    },

    async listDelivery({ principal, query }) {
      const { offset, limit } = pageWindow(query);
      const { records, total } = await deliveries.listPage(principal.accountId, offset, limit);
      return { status: 200, page: { records: toDeliveryListData(records), total } };
    },

    async createDelivery({ principal, path, body }) {
      const driverId = principal.accountId;
      const move = await deliveries.accept(body.order_id, driverId);
      if ('inHand' in move) throw problems.deliveryInHand(driverId, move.inHand);
      if (move.moved) {
        return {
          status: 201,
          body: { message: `order ${body.order_id} accepted by driver ${driverId}` },
          headers: { Location: `/api/${path.platform}/v1/delivery/${body.order_id}` },
        };
      }
      if (move.current === undefined) {
        throw problems.invalidField('order_id', `order ${body.order_id} does not exist`);
      }
      const taken =
        move.current === 'accepted' || move.current === 'picked_up' || move.current === 'delivered';
      const reason = taken
        ? move.driverId === driverId
          ? 'you have already accepted it'
          : 'another driver has taken it'
        : undefined;
      throw problems.conflict(transitionConflict(body.order_id, move.current, 'accepted', reason));
    },

    async readDelivery({ principal, path }) {
      const record = await deliveries.findById(principal.accountId, path.id);
      if (!record) throw notFound(path.id);
      return { status: 200, body: toDeliveryReadResponse(record) };
    },

    async updateDelivery({ principal, path, body }) {
      const driverId = principal.accountId;
      const move = await deliveries.advance(path.id, driverId, body.status);
      if (move.moved) return { status: 200, body: { message: `delivery ${path.id} ${body.status}` } };
      if (move.current === undefined || move.driverId !== driverId) throw notFound(path.id);
      throw problems.conflict(transitionConflict(path.id, move.current, body.status));
    },
  };
}
