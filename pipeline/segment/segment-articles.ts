import type { SourceText } from '../source-text.ts'
import { splitParagraphs, type Paragraph } from './split-paragraphs.ts'
import {
  classifyParagraph,
  looksLikeAuthorBio,
  looksLikeTitle,
  type ParagraphRole,
} from './classify-paragraph.ts'

export interface SegmentedParagraph extends Paragraph {
  role: ParagraphRole | 'title'
}

export interface Article {
  index: number
  /** [start, end) of the article in the source, UTF-16 indices: first to last kept paragraph. */
  start: number
  end: number
  title: SegmentedParagraph | null
  /** Title and body paragraphs in order; captions and furniture inside the range are left out. */
  paragraphs: SegmentedParagraph[]
}

/**
 * Segments a file into articles of paragraphs, leaving site furniture, photo captions and video
 * player boilerplate out. A file is one article unless it holds hard boundaries: separator
 * lines ("Advertisements") or an author's bio line that closes an op-ed on a blog page, after
 * which a new article starts. Sentences are split later, and only where quote marks are.
 */
export function segmentArticles(source: SourceText): Article[] {
  const { text } = source
  const paragraphs: SegmentedParagraph[] = splitParagraphs(source).map((p) => ({
    start: p.start,
    end: p.end,
    blankAfter: p.blankAfter,
    role: classifyParagraph(text.slice(p.start, p.end)),
  }))
  markDuplicateCaptions(text, paragraphs)
  // "WATCH: Labour MP told to “moderate” language as she calls ministers “dodgy”" opening the
  // file is a video story's headline, not a player's label: it quotes someone, so it is kept.
  const first = paragraphs[0]
  if (first?.role === 'furniture' && /^(?:watch|video|listen):\s.*["“”‘’]/is.test(text.slice(first.start, first.end)) && paragraphs.length > 1) first.role = 'body'

  const articles: Article[] = []
  let current: SegmentedParagraph[] = []
  const close = () => {
    const kept = current.filter((p) => p.role === 'body')
    if (kept.length > 0) articles.push(makeArticle(text, articles.length, kept))
    current = []
  }
  for (const p of paragraphs) {
    if (p.role === 'separator') {
      close()
      continue
    }
    current.push(p)
    if (p.role === 'body' && looksLikeAuthorBio(text.slice(p.start, p.end))) close()
  }
  close()
  return articles
}

function makeArticle(text: string, index: number, body: SegmentedParagraph[]): Article {
  // The title is the first headline-like paragraph among the first three, followed by text.
  let title: SegmentedParagraph | null = null
  for (let i = 0; i < Math.min(3, body.length - 1); i++) {
    const p = body[i]!
    if (looksLikeTitle(text.slice(p.start, p.end))) {
      title = p
      p.role = 'title'
      break
    }
  }
  return {
    index,
    start: body[0]!.start,
    end: body[body.length - 1]!.end,
    title,
    paragraphs: body,
  }
}

/**
 * Captions printed twice (the image's alt text and its caption), and a video title repeated
 * under "Watch: …": both copies are furniture, e.g.
 *   "Britain's top anti-terrorism officer, Mark Rowley, speaks to the media …" ×2
 *   "High alert: Spanish police patrol …" / "High alert: Spanish police patrol … Getty Images"
 */
function markDuplicateCaptions(text: string, paragraphs: SegmentedParagraph[]): void {
  for (let i = 1; i < paragraphs.length; i++) {
    const a = paragraphs[i - 1]!
    const b = paragraphs[i]!
    const ta = text.slice(a.start, a.end)
    const tb = text.slice(b.start, b.end)
    if (ta.length < 20 || tb.length < 20) {
      if (a.role === 'furniture' && /^(watch|video|listen):\s/i.test(ta) && ta.endsWith(tb)) {
        b.role = 'furniture'
      }
      continue
    }
    if (ta === tb || (tb.startsWith(ta) && tb.length - ta.length < 60) || (ta.startsWith(tb) && ta.length - tb.length < 60)) {
      if (a.role === 'body') a.role = 'caption'
      if (b.role === 'body') b.role = 'caption'
    } else if (a.role === 'furniture' && /^(watch|video|listen):\s/i.test(ta) && ta.endsWith(tb)) {
      b.role = 'furniture'
    }
  }
}
