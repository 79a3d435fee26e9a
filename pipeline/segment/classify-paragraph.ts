/**
 * What a paragraph of a scraped news page is: article text, or page furniture that must stay out
 * of articles. Each rule names the furniture it catches, with an example from real pages.
 */
export type ParagraphRole = 'body' | 'caption' | 'furniture' | 'separator'

// Site chrome and player boilerplate, matched against the whole (trimmed) paragraph.
const FURNITURE: RegExp[] = [
  /^(accessibility links|skip to (main )?content|breaking news|advertisement|sponsored( content)?|menu|search|sign in|log in|subscribe( now)?|newsletter|share( this( article| story)?)?:?|share on (facebook|twitter|x)|tweet|email|print|comments?|related( articles| stories| content)?:?|read more:?|most read|more from .{0,40}|trending|top stories|you may also like|recommended)$/i,
  // Video players: "please wait", "No media source currently available", "0:00 0:00:29 0:00"
  /^(please wait|loading(\.\.\.)?|no media source currently available|play video|watch( video)?|video|audio|listen)$/i,
  /^\d{1,2}:\d{2}(:\d{2})?( \d{1,2}:\d{2}(:\d{2})?)*$/,
  /^(watch|video|listen|photos?|gallery|live):\s.{0,120}$/i,
  // "Font Size:", "Send tips to", "Follow Saagar Enjeti on Twitter"
  /^font size:?$/i,
  /^send (news )?tips to\b.{0,80}$/i,
  /^follow [^.!?]{1,60} on (twitter|facebook|instagram|x|linkedin|threads|bluesky)\.?$/i,
  /^(copyright|©|\(c\)) .{0,160}$/i,
  /\blogo$/i,
  /^(posts? tagged|tagged|tags|filed under|categories|category|posted in|posted on|published|updated|last updated)\b.{0,120}$/i,
  /^for licensing opportunities\b/i,
  /^(image|photo|photograph|picture|banner image) (source|credit|copyright)?:?\s?.{0,150}$/i,
]

// Furniture that comes as a long paragraph, matched anywhere in it. Syndication boilerplate:
// "Content created by The Daily Caller News Foundation is available without charge to any …"
const LONG_FURNITURE: RegExp[] = [
  /\bavailable without charge to any eligible news publisher\b/i,
  /\b(all rights reserved|this material may not be published, broadcast, rewritten,? or redistributed)\b/i,
  /\bwe use cookies\b|\bcookie (policy|settings)\b/i,
]

// Lines that end one article and start another on multi-article pages (blogs, live pages).
const SEPARATORS: RegExp[] = [/^(advertisements?|continue reading|next article|previous article|older posts?|newer posts?)$/i]

// Photo credits and captions: "CREDIT: BULENT KILIC/AFP/GETTY", "REUTERS/Francois Lenoir",
// "… Getty Images", "… (AP)", "… (EPA)", "CreditJon Super/Agence France-Presse — Getty Images".
const CAPTION: RegExp[] = [
  /\bCREDIT:?\s?[A-Z]/,
  /Credit[A-Z][a-z]+ [A-Z]/,
  /\b(REUTERS|AFP|EPA|PA|AP|GETTY|Getty Images|Shutterstock|Alamy)\s*$/,
  /^(REUTERS|AFP|AP|EPA|PA)\s?\//,
  /\((AP|EPA|AFP|PA|Reuters|Getty( Images)?|PA Wire|Photo:[^)]*)\)\s*$/i,
  /^\S+\/(Reuters|AFP|Getty Images|AP|EPA)$/i,
]

/**
 * One regex that matches where any of the list matches: each paragraph is read once, not once
 * per rule. Every rule of a list shares its flags (or, like the player clock, has no letters for
 * the i flag to change).
 */
function anyOf(rules: readonly RegExp[]): RegExp {
  if (rules.some((re) => re.flags !== 'i' && re.flags !== '')) throw new Error('anyOf: rules with flags other than i')
  return new RegExp(rules.map((re) => `(?:${re.source})`).join('|'), 'i')
}
const ANY_FURNITURE = anyOf(FURNITURE)
const ANY_LONG_FURNITURE = anyOf(LONG_FURNITURE)

/** Returns the role of one paragraph, judged from its text alone. */
export function classifyParagraph(text: string): ParagraphRole {
  if (text.length <= 200) {
    for (const re of SEPARATORS) if (re.test(text)) return 'separator'
    if (ANY_FURNITURE.test(text)) return 'furniture'
  }
  if (ANY_LONG_FURNITURE.test(text)) return 'furniture'
  if (text.length <= 400 && !/["“”«»]/.test(text)) {
    for (const re of CAPTION) if (re.test(text)) return 'caption'
  }
  return 'body'
}

/**
 * A line that reads like a headline: short, no sentence-ending full stop or comma at the end,
 * starting with a capital (or a quote mark). "It’s not Isil’s returning terrorists we should
 * worry about. It’s those who are already here" is one; "And it seems the message resonated." is not.
 */
export function looksLikeTitle(text: string): boolean {
  if (text.length > 200 || text.length < 3) return false
  if (/[.,;:]$/.test(text)) return false
  // A sentence ending in a quote is text, not a headline: `Marco Silva said: "We were magnificent."`
  // (a pull quote wholly in marks still is one: `"The leaks pose a grave threat."`).
  if (/[.!?,]["”’']$/.test(text) && !/^["“‘'«]/.test(text)) return false
  const words = text.split(/\s+/).length
  if (words > 30) return false
  return /^["“‘'«\p{Lu}\d]/u.test(text)
}

/**
 * An author's bio line that closes an op-ed: "Raffaello Pantucci is director of international
 * security studies at the Royal United Services Institute (RUSI)".
 */
export function looksLikeAuthorBio(text: string): boolean {
  if (text.length > 250 || /["“”‘]/.test(text)) return false
  return /^(\p{Lu}[\p{L}'’.-]+\s){1,3}(is|was)\s(a\s|an\s|the\s)?(former\s|senior\s|associate\s|deputy\s|executive\s|managing\s|contributing\s)*(\p{L}+\s){0,4}(director|editor|correspondent|professor|fellow|author|writer|analyst|columnist|reporter|researcher|head|chief|lecturer|member|founder|partner|journalist|commentator)\b/iu.test(
    text,
  )
}
