// The Mirakl Seller API payloads the console reads and writes (subset in
// test/contract/mirakl/seller-console-subset.json), as zod schemas and their inferred types.
//
// Response schemas are tolerant readers: unknown fields are kept, unknown enum values parse as
// strings, and optional fields also accept null, because the spec's own business examples show
// Mirakl serialising absent values as null. Required fields stay required and non-null except where
// the spec's prose says null (e.g. `shop_reply_needed_since`). Request schemas (what the console
// writes) are strict about what the spec requires.
export * from './open-enum';
export * from './errors.schema';
export * from './inbox.schema';
export * from './account.schema';
export * from './orders.schema';
export * from './reasons.schema';
export * from './returns.schema';
export * from './response-schemas';
export * from './operation-spec';
export * from './operations';
export * from './operation-paths';
