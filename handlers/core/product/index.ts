/** The product area: its handlers and repository, for the core service. */
export { createProductHandlers } from './handlers.ts';
export {
  createProductRepository,
  type ProductFields,
  type ProductRepository,
  type ProductRecord,
} from './repository.ts';
