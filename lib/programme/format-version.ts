// The interchange format's version, apart from the schema: the editor writes it without loading zod.
/** The version export writes. */
export const CURRENT_VERSION = 2
