// The programme model: what a programme is, how a document becomes one, and the calendar it lives in.
export * from './vocabulary'
export * from './dates'
export * from './time'
export * from './years'
export * from './schema'
export { parseProgramme, formatPath, type ParseResult, type SchemaFinding } from './parse'
