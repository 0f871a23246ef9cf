// A finding's identity on the approval page: acknowledging a warning names it by this key. Pure.
import type { Finding } from '@/lib/rules'

export const findingKey = (f: Pick<Finding, 'rule' | 'path' | 'message'>) => `${f.rule}|${f.path}|${f.message}`
