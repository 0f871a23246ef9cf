'use client'
import { useCallback, useLayoutEffect, useRef } from 'react'

/**
 * A callback whose identity never changes and which always runs the latest `fn`: handed to memoised
 * children (the timetable's 200 items), it lets them skip a render when only the handler was new.
 */
export function useLatest<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const ref = useRef(fn)
  useLayoutEffect(() => {
    ref.current = fn
  })
  return useCallback((...args: A) => ref.current(...args), [])
}
