// The programme model: what a programme is, how a document becomes one, and the calendar it lives in.
export * from './vocabulary'
export * from './dates'
export * from './time'
export * from './limits'
export * from './schema'
export * from './speakers'
export * from './numbering'
export { parseProgramme, formatPath, type ParseResult, type SchemaFinding, type SchemaParams, type SchemaProblem } from './parse'
