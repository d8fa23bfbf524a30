/**
 * The one way a child's or a project file's text gets into a sketch. Text comes from block fields
 * and block comments, which a hostile project file can fill with anything; in C++ a carriage
 * return ends a // comment, a backslash at the end of a line joins the next line to it, and control
 * characters in a string literal are not text. So every code point is either kept as itself, where
 * it cannot change what the code means, or written as an escape.
 */

/** Everything that any editor or compiler may take for the end of a line. */
const LINE_BREAK = /\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/;

/** A control character (C0, DEL, C1) or a lone surrogate: never written raw. */
function isControl(code) {
  return code < 0x20 || code === 0x7f || (code >= 0x80 && code <= 0x9f) || (code >= 0xd800 && code <= 0xdfff);
}

/** Octal escapes of the UTF-8 bytes of one code point: always three digits, so nothing after joins them. */
function octalBytes(ch) {
  const c = ch.codePointAt(0);
  const bytes = c < 0x80 ? [c]
    : c < 0x800 ? [0xc0 | (c >> 6), 0x80 | (c & 63)]
      : c < 0x10000 ? [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63)]
        : [0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63)];
  return bytes.map((b) => '\\' + b.toString(8).padStart(3, '0')).join('');
}

const SHORT = {'\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t'};

/**
 * A C++ string literal. Quotes and backslashes are escaped, control characters and line separators
 * become octal escapes (a lone surrogate becomes U+FFFD), and "??" is broken up so it can never form
 * a trigraph. Other text, Japanese included, stays as UTF-8, which Serial shows as it is.
 */
export function cppString(text) {
  let out = '';
  for (const ch of String(text)) {
    const code = ch.codePointAt(0);
    if (SHORT[ch]) out += SHORT[ch];
    else if (code >= 0xd800 && code <= 0xdfff) out += '\uFFFD';
    else if (isControl(code) || code === 0x2028 || code === 0x2029) out += octalBytes(ch);
    else out += ch;
  }
  return `"${out.replace(/\?\?/g, '?\\?')}"`;
}

/**
 * A block comment as lines for // comments, wrapped by {@code wrap}: split at every kind of line
 * break, control characters dropped (a tab becomes a space), and a line that would end in a
 * backslash (which would join the next line of code to the comment) or a trigraph backslash ends
 * with " //" instead.
 */
export function cppCommentLines(text, wrap) {
  const clean = String(text).split(LINE_BREAK).map((line) => [...line]
      .map((ch) => (ch === '\t' ? ' ' : ch))
      .filter((ch) => !isControl(ch.codePointAt(0)))
      .join(''));
  return wrap(clean.join('\n')).split('\n').map((line) => {
    const trimmed = line.replace(/\s+$/, '');
    return /(\\|\?\?\/)$/.test(trimmed) ? `${trimmed} //` : trimmed;
  });
}
