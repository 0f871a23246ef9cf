import { releaseFileResponse } from '@/lib/publication/release-files'

// Public: one release's file, the same for good (lib/publication/release-files.ts).
export const dynamic = 'force-dynamic'

export async function GET(request: Request, { params }: { params: Promise<{ year: string; number: string }> }) {
  return releaseFileResponse(request, 'pdf', await params)
}
