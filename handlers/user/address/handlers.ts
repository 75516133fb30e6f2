/** Thin handlers of the saved addresses: your own only. */
import type { UserHandlers } from '../../../generated/user.operations.ts';
import { problems } from '../../../src/errors.ts';
import { pageWindow } from '../../../src/runtime/paging.ts';
import { assertOwnProfile } from '../../shared/own-profile.ts';
import type { AddressRepository } from './repository.ts';
import { toAddressReadResponse, toUserAddressListData } from './transformers.ts';

type AddressHandlers = Pick<
  UserHandlers,
  'listUserAddress' | 'createUserAddress' | 'readAddress' | 'updateAddress' | 'deleteAddress'
>;

// Another user's address answers as an unknown one: address ids of others are not disclosed.
const notFound = (id: number) => problems.notFound('address', id);

/** `limit`: the most live addresses a user may keep (ADDRESS_LIMIT_PER_USER). */
export function createAddressHandlers(addresses: AddressRepository, limit: number): AddressHandlers {
  return {
    async listUserAddress({ path, principal, query }) {
      assertOwnProfile('user', path.id, principal);
      const { offset, limit } = pageWindow(query);
      const { records, total } = await addresses.listPage(path.id, offset, limit);
      return { status: 200, page: { records: toUserAddressListData(records), total } };
    },

    async createUserAddress({ path, principal, body }) {
      assertOwnProfile('user', path.id, principal);
      const id = await addresses.create(path.id, body, limit);
      return {
        status: 201,
        body: { message: `address ${id} created` },
        headers: { Location: `/api/${path.platform}/v1/address/${id}` },
      };
    },

    async readAddress({ path, principal }) {
      const record = await addresses.findById(principal.accountId, path.id);
      if (!record) throw notFound(path.id);
      return { status: 200, body: toAddressReadResponse(record) };
    },

    async updateAddress({ path, principal, body }) {
      if (!(await addresses.update(principal.accountId, path.id, body))) throw notFound(path.id);
      return { status: 200, body: { message: `address ${path.id} updated` } };
    },

    async deleteAddress({ path, principal }) {
      if (!(await addresses.softDelete(principal.accountId, path.id))) throw notFound(path.id);
      return { status: 200, body: { message: `address ${path.id} deleted` } };
    },
  };
}
