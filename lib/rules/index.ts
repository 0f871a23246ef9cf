// The rulebook: pure functions from a programme to findings. No React, no database, no I/O, so the
// browser, the server and the command line run the same code.
export { RULES, RULE_BY_ID, ruleAppliesTo, type Level, type Rule, type RuleId } from './catalogue'
export { blocksApproval, type Finding, type FindingParams } from './finding'
export {
  FINDINGS_LIMIT,
  checkCollection,
  checkCollectionReport,
  checkParsedProgramme,
  checkParsedProgrammeReport,
  checkProgramme,
  checkProgrammeReport,
  type CheckOptions,
  type FindingsReport,
} from './check'
export { readableYear } from './collection'
export { findingInWords, ruleTitleInWords, sourceInWords, storedFindingInWords, type Say } from './in-words'
