// The programme's document symbol, revision label and file names live with the programme model (pure,
// shared by the workflow and the revisions); the publication's modules import them from here.
export * from '@/lib/programme/document-symbol'
