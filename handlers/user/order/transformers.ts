/**
 * One transformer per order endpoint (SG-12). Money leaves as numbers (SG-13), exact in the
 * order's currency, which every answer names.
 */
import type { components } from '../../../generated/user.ts';
import { decimalToNumber, toTimestamp } from '../../../src/runtime/format.ts';
import type { OrderPlaceRecord, OrderRecord, OrderSummaryRecord } from './repository.ts';

type Schemas = components['schemas'];

/** GET /order */
export function toOrderListData(
  records: readonly OrderSummaryRecord[],
): Schemas['OrderListResponse']['data'] {
  return records.map((record) => ({
    id: record.id,
    status: record.status,
    total: decimalToNumber(record.total),
    currency: record.currency,
    item_count: record.itemCount,
    ...(record.driverId === undefined ? {} : { driver_id: record.driverId }),
    created_at: toTimestamp(record.createdAt),
    updated_at: toTimestamp(record.updatedAt),
  }));
}

function place(record: OrderPlaceRecord): Schemas['OrderPlace'] {
  return {
    address_id: record.addressId,
    label: record.label,
    street: record.street,
    city_id: record.cityId,
    lat: record.lat,
    lng: record.lng,
  };
}

/** A step's time, present once the order has reached it (SG-14: absent rather than null). */
function stepTime<Name extends string>(name: Name, value: Date | undefined): Partial<Record<Name, string>> {
  return value === undefined ? {} : ({ [name]: toTimestamp(value) } as Record<Name, string>);
}

/** GET /order/{id} */
export function toOrderReadResponse(record: OrderRecord): Schemas['OrderReadResponse'] {
  return {
    data: {
      id: record.id,
      status: record.status,
      items: record.items.map((line) => ({
        product_id: line.productId,
        name: line.name,
        unit_price: decimalToNumber(line.unitPrice),
        quantity: line.quantity,
        line_total: decimalToNumber(line.lineTotal),
      })),
      total: decimalToNumber(record.total),
      currency: record.currency,
      pickup: place(record.pickup),
      dropoff: place(record.dropoff),
      ...(record.driverId === undefined ? {} : { driver_id: record.driverId }),
      created_at: toTimestamp(record.createdAt),
      updated_at: toTimestamp(record.updatedAt),
      ...stepTime('accepted_at', record.acceptedAt),
      ...stepTime('picked_up_at', record.pickedUpAt),
      ...stepTime('delivered_at', record.deliveredAt),
      ...stepTime('cancelled_at', record.cancelledAt),
    },
    message: 'get data order success',
  };
}
