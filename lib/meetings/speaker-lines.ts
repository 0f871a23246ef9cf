// The item form's speakers field, one a line: apart from the form's schema, for the editor's first load (no zod).
/** The speakers typed one a line, as names. */
export const speakersOf = (text: string) =>
  text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean)
