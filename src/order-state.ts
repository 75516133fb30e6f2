/**
 * The order state machine, shared by the two services that write the order table: the user
 * service (create, cancel) and the driver service (accept, pick up, deliver).
 *
 *   created -> accepted -> picked_up -> delivered
 *   created -> cancelled
 *
 * Each move is one conditional UPDATE (`... WHERE status = <the state it follows>`), so two
 * concurrent moves of one order can never both win; what does not follow these arrows is a
 * 409 whose message names the current and the asked state.
 */

export type OrderStatus = 'created' | 'accepted' | 'picked_up' | 'delivered' | 'cancelled';
/** A state an order moves to (every one but the first). */
export type TargetStatus = Exclude<OrderStatus, 'created'>;

const NEXT: Readonly<Record<OrderStatus, readonly TargetStatus[]>> = {
  created: ['accepted', 'cancelled'],
  accepted: ['picked_up'],
  picked_up: ['delivered'],
  delivered: [],
  cancelled: [],
};

const PREVIOUS: Readonly<Record<TargetStatus, OrderStatus>> = {
  accepted: 'created',
  cancelled: 'created',
  picked_up: 'accepted',
  delivered: 'picked_up',
};

/** The one state from which an order may move to `to`: the condition of its UPDATE. */
export function previousOf(to: TargetStatus): OrderStatus {
  return PREVIOUS[to];
}

/** Where an order can go from `from`, in words. */
function whereNext(from: OrderStatus): string {
  const next = NEXT[from];
  return next.length === 0 ? `${from} is final` : `from ${from} it can only go to ${next.join(' or ')}`;
}

/** The 409 message of a refused move: the order, the current and the asked state, and why. */
export function transitionConflict(
  orderId: number,
  from: OrderStatus,
  to: TargetStatus,
  reason?: string,
): string {
  return `order ${orderId} cannot go from ${from} to ${to}: ${reason ?? whereNext(from)}`;
}
