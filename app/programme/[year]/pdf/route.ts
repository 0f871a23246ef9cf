import { pdfResponse } from '@/lib/publication/exports'

// Public: the published programme only, for anyone (lib/publication/exports.ts decides).
export const dynamic = 'force-dynamic'

export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  return pdfResponse(request, 'public', (await params).year)
}
