// The rulebook: pure functions from a programme to findings. No React, no database, no I/O, so the
// browser, the server and the command line run the same code.
export { RULES, RULE_BY_ID, ruleAppliesTo, type Level, type Rule, type RuleId } from './catalogue'
export { blocksApproval, type Finding } from './finding'
export { checkCollection, checkParsedProgramme, checkProgramme, type CheckOptions } from './check'
export { readableYear } from './collection'
