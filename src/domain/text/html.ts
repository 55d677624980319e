// Articles scraped from the web often arrive as HTML, or as text that kept the page's character
// references ("Vi&#7879;t Nam", "&quot;"). Extraction needs the text a reader sees: markup removed,
// references decoded, and the paragraph breaks that block elements make.

// Elements whose content is never read as article text. An unclosed one runs to the end, as in a browser.
const HIDDEN_ELEMENTS = /<(script|style|noscript|template|svg|iframe|object|select)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;
// </head> may be left out: the head then ends where the body starts.
const HEAD = /<head\b[\s\S]*?(?:<\/head\s*>|(?=<body\b)|$)/gi;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
// <!DOCTYPE>, <![CDATA[...]]> and <?xml ...?>.
const DECLARATION = /<[!?][^>]*>?/g;
const TAG_NAME = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/y;
const HTML_WHITESPACE = /[ \t\n\r\f]+/g;

/**
 * Replaces every start and end tag with what `render` makes of its name. A scanner rather than one
 * regular expression: attribute values may hold ">", and a stray "<" must not cost a scan to the end
 * of the text each time.
 */
function replaceTags(html: string, render: (name: string) => string): string {
  let out = '';
  let copied = 0;
  let at = html.indexOf('<');
  while (at !== -1) {
    TAG_NAME.lastIndex = at;
    const match = TAG_NAME.exec(html);
    if (!match) {
      at = html.indexOf('<', at + 1);
      continue;
    }
    let end = at + match[0].length;
    let quote = '';
    let previous = '';
    for (; end < html.length; end++) {
      const c = html[end]!;
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '>') break;
      // Quotes delimit a value only right after "=" (`alt=don't` is unquoted).
      else if ((c === '"' || c === "'") && previous === '=') quote = c;
      if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r' && c !== '\f') previous = c;
    }
    // A tag left open at the end of the input: what follows it is inside the tag, not text.
    out += html.slice(copied, at) + (end < html.length ? render(match[2]!.toLowerCase()) : '');
    copied = Math.min(end + 1, html.length);
    at = html.indexOf('<', copied);
  }
  return out + html.slice(copied);
}

/** Elements that start a new paragraph when rendered (https://html.spec.whatwg.org/#flow-content). */
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
const CELL_ELEMENTS = new Set(['td', 'th']);

// Tags that do not occur in plain prose: one of them is enough to read the text as HTML.
const HTML_TAG = /<\/?(?:html|head|body|p|div|br|span|a|b|i|u|em|strong|h[1-6]|ul|ol|li|table|tr|td|th|img|figure|figcaption|section|article|header|footer|blockquote|script|style|iframe|meta|link|title)(?:\s[^<>]*)?\/?>|<!doctype\s+html|<!--/i;

/** Whether the text is HTML markup rather than plain text that happens to hold a "<". */
export function looksLikeHtml(text: string): boolean {
  return HTML_TAG.test(text);
}

// The named character references that occur in Vietnamese news pages; the full HTML list has over
// two thousand, almost all of them mathematical. An unknown name is left as written, as browsers do.
const LATIN1_NAMES =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest ' +
  'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig ' +
  'agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';
const NAMED_REFERENCES = new Map<string, string>([
  ...LATIN1_NAMES.split(' ').map((name, i) => [name, String.fromCharCode(0xa0 + i)] as [string, string]),
  ['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"],
  ['Abreve', 'Ă'], ['abreve', 'ă'], ['Dstrok', 'Đ'], ['dstrok', 'đ'], ['Itilde', 'Ĩ'], ['itilde', 'ĩ'], ['Utilde', 'Ũ'], ['utilde', 'ũ'],
  ['OElig', 'Œ'], ['oelig', 'œ'], ['Scaron', 'Š'], ['scaron', 'š'], ['Yuml', 'Ÿ'], ['fnof', 'ƒ'], ['circ', 'ˆ'], ['tilde', '˜'],
  ['ensp', '\u2002'], ['emsp', '\u2003'], ['thinsp', '\u2009'], ['zwnj', '\u200c'], ['zwj', '\u200d'], ['lrm', '\u200e'], ['rlm', '\u200f'],
  ['ndash', '–'], ['mdash', '—'], ['lsquo', '‘'], ['rsquo', '’'], ['sbquo', '‚'], ['ldquo', '“'], ['rdquo', '”'], ['bdquo', '„'],
  ['dagger', '†'], ['Dagger', '‡'], ['bull', '•'], ['hellip', '…'], ['permil', '‰'], ['prime', '′'], ['Prime', '″'],
  ['lsaquo', '‹'], ['rsaquo', '›'], ['oline', '‾'], ['euro', '€'], ['trade', '™'], ['minus', '−'],
  ['larr', '←'], ['uarr', '↑'], ['rarr', '→'], ['darr', '↓'],
]);

// A soft hyphen is invisible, but left in a word it would keep the word from matching.
NAMED_REFERENCES.set('shy', '');

// Numeric references 128-159 name windows-1252 characters, as pages mislabelled as Latin-1 wrote them
// (https://html.spec.whatwg.org/#numeric-character-reference-end-state).
const WINDOWS_1252 = new Map<number, number>([
  [0x80, 0x20ac], [0x82, 0x201a], [0x83, 0x0192], [0x84, 0x201e], [0x85, 0x2026], [0x86, 0x2020], [0x87, 0x2021],
  [0x88, 0x02c6], [0x89, 0x2030], [0x8a, 0x0160], [0x8b, 0x2039], [0x8c, 0x0152], [0x8e, 0x017d], [0x91, 0x2018],
  [0x92, 0x2019], [0x93, 0x201c], [0x94, 0x201d], [0x95, 0x2022], [0x96, 0x2013], [0x97, 0x2014], [0x98, 0x02dc],
  [0x99, 0x2122], [0x9a, 0x0161], [0x9b, 0x203a], [0x9c, 0x0153], [0x9e, 0x017e], [0x9f, 0x0178],
]);

const REFERENCE = /&(?:#(\d{1,8});?|#[xX]([0-9a-fA-F]{1,7});?|([a-zA-Z][a-zA-Z0-9]{1,31});)/g;

function fromCodePoint(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(WINDOWS_1252.get(code) ?? code);
}

/** Decodes character references: `&amp;`, `&nbsp;`, `&#7879;`, `&#x1EC7;`. */
export function decodeHtmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (decimal !== undefined) return fromCodePoint(Number.parseInt(decimal, 10));
    if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16));
    return NAMED_REFERENCES.get(name!) ?? whole;
  });
}

/**
 * The text an HTML document or fragment shows: hidden elements and tags removed, references decoded,
 * source line breaks collapsed as a browser does, a paragraph break for each block element and a line
 * break for each `<br>`.
 */
export function htmlToText(html: string): string {
  const text = html
    .replace(COMMENT, ' ')
    .replace(HEAD, ' ')
    .replace(HIDDEN_ELEMENTS, ' ')
    .replace(DECLARATION, ' ')
    .replace(HTML_WHITESPACE, ' ');
  const shown = replaceTags(text, (name) => {
    if (name === 'br') return '\n';
    if (BLOCK_ELEMENTS.has(name)) return '\n\n';
    if (CELL_ELEMENTS.has(name)) return ' ';
    return '';
  });
  return decodeHtmlEntities(shown)
    .replace(/ {2,}/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * An article text as plain text: HTML markup is turned into the text it shows; plain text only has
 * its character references decoded, keeping its own line breaks.
 */
export function toPlainText(text: string): string {
  return looksLikeHtml(text) ? htmlToText(text) : decodeHtmlEntities(text);
}
