/** One transformer per delivery endpoint (SG-12). */
import type { components } from '../../../generated/driver.ts';
import { decimalToNumber, toTimestamp } from '../../../src/runtime/format.ts';
import type { DeliveryRecord, DeliverySummaryRecord, OfferRecord, PlaceRecord } from './repository.ts';

type Schemas = components['schemas'];

const place = (record: PlaceRecord): Schemas['Place'] => ({
  street: record.street,
  city_id: record.cityId,
  lat: record.lat,
  lng: record.lng,
});

/** GET /delivery-offer */
export function toDeliveryOfferListData(
  records: readonly OfferRecord[],
): Schemas['DeliveryOfferListResponse']['data'] {
  return records.map((record) => ({
    order_id: record.orderId,
    distance_km: Math.round(record.distanceKm * 100) / 100,
    total: decimalToNumber(record.total),
    currency: record.currency,
    item_count: record.itemCount,
    pickup: place(record.pickup),
    dropoff: place(record.dropoff),
    created_at: toTimestamp(record.createdAt),
  }));
}

/** GET /delivery */
export function toDeliveryListData(
  records: readonly DeliverySummaryRecord[],
): Schemas['DeliveryListResponse']['data'] {
  return records.map((record) => ({
    id: record.id,
    status: record.status,
    total: decimalToNumber(record.total),
    currency: record.currency,
    item_count: record.itemCount,
    pickup: place(record.pickup),
    dropoff: place(record.dropoff),
    accepted_at: toTimestamp(record.acceptedAt),
    updated_at: toTimestamp(record.updatedAt),
  }));
}

/** GET /delivery/{id} */
export function toDeliveryReadResponse(record: DeliveryRecord): Schemas['DeliveryReadResponse'] {
  return {
    data: {
      id: record.id,
      status: record.status,
      items: record.items.map((line) => ({
        product_id: line.productId,
        name: line.name,
        quantity: line.quantity,
      })),
      total: decimalToNumber(record.total),
      currency: record.currency,
      pickup: place(record.pickup),
      dropoff: place(record.dropoff),
      created_at: toTimestamp(record.createdAt),
      updated_at: toTimestamp(record.updatedAt),
      accepted_at: toTimestamp(record.acceptedAt),
      ...(record.pickedUpAt === undefined ? {} : { picked_up_at: toTimestamp(record.pickedUpAt) }),
      ...(record.deliveredAt === undefined ? {} : { delivered_at: toTimestamp(record.deliveredAt) }),
    },
    message: 'get data delivery success',
  };
}
