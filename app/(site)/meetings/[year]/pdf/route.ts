import { pdfResponse } from '@/lib/publication/exports'

// Members only (president, ISU, Coordinating Committee), any status; DRAFT marked until approved.
// Anonymous visitors get 401 and observers 403, decided on the server (lib/publication/exports.ts).
export const dynamic = 'force-dynamic'

export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  return pdfResponse(request, 'members', (await params).year)
}
