// The shape of a catalogue: English is the reference; the others may lack keys (English stands in).
import type { en } from './messages/en'

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }
export type Messages = Widen<typeof en>
/** A catalogue of another language: any key may be missing; English stands in for it. */
export type PartialMessages = { [K in keyof Messages]?: DeepPartial<Messages[K]> }
type DeepPartial<T> = T extends string ? string : { [K in keyof T]?: DeepPartial<T[K]> }

type Paths<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Paths<T[K], `${P}${K}.`>
}[keyof T & string]
export type MessageKey = Paths<Messages>
