/** Thin handlers of the saved addresses: your own only. */
import type { UserHandlers } from '../../../generated/user.operations.ts';
import { pageMeta, pageWindow } from '../../../src/runtime/paging.ts';
import { notYourProfile } from '../profile/index.ts';
import type { AddressRepository } from './repository.ts';
import { toAddressReadResponse, toUserAddressListResponse } from './transformers.ts';

type AddressHandlers = Pick<
  UserHandlers,
  'listUserAddress' | 'createUserAddress' | 'readAddress' | 'updateAddress' | 'deleteAddress'
>;

// Another user's address answers as an unknown one: address ids of others are not disclosed.
const notFound = (id: number) => ({ status: 404 as const, body: { message: `address ${id} not found` } });
// An access token can outlive its account (tokens are not revoked when an operator deletes one).
const unknownUser = (id: number) => ({ status: 404 as const, body: { message: `user ${id} not found` } });
const unknownCity = (cityId: number) => ({
  status: 422 as const,
  body: {
    message: 'the request has 1 invalid field: city_id',
    errors: [{ field: 'city_id', message: [`city ${cityId} does not exist`] }],
  },
});

export function createAddressHandlers(addresses: AddressRepository): AddressHandlers {
  return {
    async listUserAddress({ path, principal, query, request }) {
      if (path.id !== principal.accountId) return notYourProfile(path.id);
      const { offset, limit } = pageWindow(query);
      const { records, total } = await addresses.listPage(path.id, offset, limit);
      if (records.length === 0) {
        return (await addresses.userExists(path.id)) ? { status: 204 } : unknownUser(path.id);
      }
      return {
        status: 200,
        body: toUserAddressListResponse(records, pageMeta(request, query, total, records.length)),
      };
    },

    async createUserAddress({ path, principal, body }) {
      if (path.id !== principal.accountId) return notYourProfile(path.id);
      const id = await addresses.create(path.id, body);
      if (id === 'unknown_city') return unknownCity(body.city_id);
      if (id === 'unknown_user') return unknownUser(path.id);
      return {
        status: 201,
        body: { message: `address ${id} created` },
        headers: { Location: `/api/${path.platform}/v1/address/${id}` },
      };
    },

    async readAddress({ path, principal }) {
      const record = await addresses.findById(principal.accountId, path.id);
      return record ? { status: 200, body: toAddressReadResponse(record) } : notFound(path.id);
    },

    async updateAddress({ path, principal, body }) {
      const outcome = await addresses.update(principal.accountId, path.id, body);
      if (outcome === 'unknown_city') return unknownCity(body.city_id ?? 0);
      if (outcome === 'not_found') return notFound(path.id);
      return { status: 200, body: { message: `address ${path.id} updated` } };
    },

    async deleteAddress({ path, principal }) {
      const found = await addresses.softDelete(principal.accountId, path.id);
      return found ? { status: 200, body: { message: `address ${path.id} deleted` } } : notFound(path.id);
    },
  };
}
