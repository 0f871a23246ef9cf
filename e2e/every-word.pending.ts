// Texts that still escape translation, per role (and the PDF), as the every-word spec finds them. The
// spec fails on any escape not listed here; remove a line once its text comes through the catalogue.
// None today: the rules' descriptions, the PDF's labels and the format's names come from the catalogue,
// and the sources' quotations and the outbox's e-mails are marked as written in another language.
export const PENDING: Record<string, readonly string[]> = {}

/** Pages known to scroll sideways right to left (issue 20's remaining work), as `path@width`. */
export const PENDING_OVERFLOW: readonly string[] = [`/meetings/${new Date().getFullYear()}@390`, `/meetings/${new Date().getFullYear()}/consultation@390`, '/admin/users@390']
