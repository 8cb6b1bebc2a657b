import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 3890:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ checkFiles)
/* harmony export */ });
/* unused harmony export checkFile */
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8353);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6493);


/** Parses one file and applies the rules that look at one document at a time. */
function checkFile(source) {
    const parsed = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseAudienceFile */ .G)(source.file, source.text);
    const problems = [...parsed.problems];
    const documents = parsed.documents.map((doc) => {
        const found = (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .checkDocument */ .sw)(doc);
        problems.push(...found);
        return {
            index: doc.index,
            value: doc.value,
            start: doc.start,
            invalid: doc.yamlError || found.some((p) => p.severity === 'error'),
        };
    });
    // Ten thousand node trees kept alive cost more in garbage collection than the parse.
    parsed.release();
    return { file: source.file, problems, documents };
}
/** `checkFile` for each source, in order. */
function checkFiles(sources) {
    return withPlainEnv(() => sources.map(checkFile));
}
/**
 * Runs `fn` with `process.env` swapped for a plain copy. The yaml library reads
 * `process.env.LOG_TOKENS` once per token, and every read of the real `process.env` is a
 * call into the runtime: about a quarter of all parse time. `fn` is synchronous, so no
 * other code can run (or write the environment) while the copy is in place.
 */
function withPlainEnv(fn) {
    const env = process.env;
    process.env = { ...env };
    try {
        return fn();
    }
    finally {
        process.env = env;
    }
}


/***/ }),

/***/ 289:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ discoverFiles)
});

// UNUSED EXPORTS: findAudienceFiles

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
var external_fs_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_fs_, 2);
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
;// CONCATENATED MODULE: external "url"
const external_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");
;// CONCATENATED MODULE: external "module"
const external_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");
;// CONCATENATED MODULE: ./node_modules/fdir/dist/index.mjs




//#region rolldown:runtime
var __require = /* @__PURE__ */ (0,external_module_namespaceObject.createRequire)(import.meta.url);

//#endregion
//#region src/utils.ts
function cleanPath(path) {
	let normalized = (0,external_path_namespaceObject.normalize)(path);
	if (normalized.length > 1 && normalized[normalized.length - 1] === external_path_namespaceObject.sep) normalized = normalized.substring(0, normalized.length - 1);
	return normalized;
}
const SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
	return path.replace(SLASHES_REGEX, separator);
}
const WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
	return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
	const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
	const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
	if (resolvePaths) path = (0,external_path_namespaceObject.resolve)(path);
	if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
	if (path === ".") return "";
	const needsSeperator = path[path.length - 1] !== pathSeparator;
	return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}

//#endregion
//#region src/api/functions/join-path.ts
function joinPathWithBasePath(filename, directoryPath) {
	return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
	return function(filename, directoryPath) {
		const sameRoot = directoryPath.startsWith(root);
		if (sameRoot) return directoryPath.slice(root.length) + filename;
		else return convertSlashes((0,external_path_namespaceObject.relative)(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
	};
}
function joinPath(filename) {
	return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
	return directoryPath + filename + separator;
}
function build$7(root, options) {
	const { relativePaths, includeBasePath } = options;
	return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}

//#endregion
//#region src/api/functions/push-directory.ts
function pushDirectoryWithRelativePath(root) {
	return function(directoryPath, paths) {
		paths.push(directoryPath.substring(root.length) || ".");
	};
}
function pushDirectoryFilterWithRelativePath(root) {
	return function(directoryPath, paths, filters) {
		const relativePath = directoryPath.substring(root.length) || ".";
		if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
	};
}
const pushDirectory = (directoryPath, paths) => {
	paths.push(directoryPath || ".");
};
const pushDirectoryFilter = (directoryPath, paths, filters) => {
	const path = directoryPath || ".";
	if (filters.every((filter) => filter(path, true))) paths.push(path);
};
const empty$2 = () => {};
function build$6(root, options) {
	const { includeDirs, filters, relativePaths } = options;
	if (!includeDirs) return empty$2;
	if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
	return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}

//#endregion
//#region src/api/functions/push-file.ts
const pushFileFilterAndCount = (filename, _paths, counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) counts.files++;
};
const pushFileFilter = (filename, paths, _counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
const pushFileCount = (_filename, _paths, counts, _filters) => {
	counts.files++;
};
const pushFile = (filename, paths) => {
	paths.push(filename);
};
const empty$1 = () => {};
function build$5(options) {
	const { excludeFiles, filters, onlyCounts } = options;
	if (excludeFiles) return empty$1;
	if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
	else if (onlyCounts) return pushFileCount;
	else return pushFile;
}

//#endregion
//#region src/api/functions/get-array.ts
const getArray = (paths) => {
	return paths;
};
const getArrayGroup = () => {
	return [""].slice(0, 0);
};
function build$4(options) {
	return options.group ? getArrayGroup : getArray;
}

//#endregion
//#region src/api/functions/group-files.ts
const groupFiles = (groups, directory, files) => {
	groups.push({
		directory,
		files,
		dir: directory
	});
};
const empty = () => {};
function build$3(options) {
	return options.group ? groupFiles : empty;
}

//#endregion
//#region src/api/functions/resolve-symlink.ts
const resolveSymlinksAsync = function(path, state, callback$1) {
	const { queue, fs, options: { suppressErrors } } = state;
	queue.enqueue();
	fs.realpath(path, (error, resolvedPath) => {
		if (error) return queue.dequeue(suppressErrors ? null : error, state);
		fs.stat(resolvedPath, (error$1, stat) => {
			if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
			if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
			callback$1(stat, resolvedPath);
			queue.dequeue(null, state);
		});
	});
};
const resolveSymlinks = function(path, state, callback$1) {
	const { queue, fs, options: { suppressErrors } } = state;
	queue.enqueue();
	try {
		const resolvedPath = fs.realpathSync(path);
		const stat = fs.statSync(resolvedPath);
		if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return;
		callback$1(stat, resolvedPath);
	} catch (e) {
		if (!suppressErrors) throw e;
	}
};
function build$2(options, isSynchronous) {
	if (!options.resolveSymlinks || options.excludeSymlinks) return null;
	return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
	if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
	let parent = (0,external_path_namespaceObject.dirname)(path);
	let depth = 1;
	while (parent !== state.root && depth < 2) {
		const resolvedPath = state.symlinks.get(parent);
		const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
		if (isSameRoot) depth++;
		else parent = (0,external_path_namespaceObject.dirname)(parent);
	}
	state.symlinks.set(path, resolved);
	return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
	return state.visited.includes(resolved + state.options.pathSeparator);
}

//#endregion
//#region src/api/functions/invoke-callback.ts
const onlyCountsSync = (state) => {
	return state.counts;
};
const groupsSync = (state) => {
	return state.groups;
};
const defaultSync = (state) => {
	return state.paths;
};
const limitFilesSync = (state) => {
	return state.paths.slice(0, state.options.maxFiles);
};
const onlyCountsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.counts, state.options.suppressErrors);
	return null;
};
const defaultAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths, state.options.suppressErrors);
	return null;
};
const limitFilesAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
	return null;
};
const groupsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.groups, state.options.suppressErrors);
	return null;
};
function report(error, callback$1, output, suppressErrors) {
	if (error && !suppressErrors) callback$1(error, output);
	else callback$1(null, output);
}
function build$1(options, isSynchronous) {
	const { onlyCounts, group, maxFiles } = options;
	if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
	else if (group) return isSynchronous ? groupsSync : groupsAsync;
	else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
	else return isSynchronous ? defaultSync : defaultAsync;
}

//#endregion
//#region src/api/functions/walk-directory.ts
const readdirOpts = { withFileTypes: true };
const walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
	state.queue.enqueue();
	if (currentDepth < 0) return state.queue.dequeue(null, state);
	const { fs } = state;
	state.visited.push(crawlPath);
	state.counts.directories++;
	fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
		callback$1(entries, directoryPath, currentDepth);
		state.queue.dequeue(state.options.suppressErrors ? null : error, state);
	});
};
const walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
	const { fs } = state;
	if (currentDepth < 0) return;
	state.visited.push(crawlPath);
	state.counts.directories++;
	let entries = [];
	try {
		entries = fs.readdirSync(crawlPath || ".", readdirOpts);
	} catch (e) {
		if (!state.options.suppressErrors) throw e;
	}
	callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
	return isSynchronous ? walkSync : walkAsync;
}

//#endregion
//#region src/api/queue.ts
/**
* This is a custom stateless queue to track concurrent async fs calls.
* It increments a counter whenever a call is queued and decrements it
* as soon as it completes. When the counter hits 0, it calls onQueueEmpty.
*/
var Queue = class {
	count = 0;
	constructor(onQueueEmpty) {
		this.onQueueEmpty = onQueueEmpty;
	}
	enqueue() {
		this.count++;
		return this.count;
	}
	dequeue(error, output) {
		if (this.onQueueEmpty && (--this.count <= 0 || error)) {
			this.onQueueEmpty(error, output);
			if (error) {
				output.controller.abort();
				this.onQueueEmpty = void 0;
			}
		}
	}
};

//#endregion
//#region src/api/counter.ts
var Counter = class {
	_files = 0;
	_directories = 0;
	set files(num) {
		this._files = num;
	}
	get files() {
		return this._files;
	}
	set directories(num) {
		this._directories = num;
	}
	get directories() {
		return this._directories;
	}
	/**
	* @deprecated use `directories` instead
	*/
	/* c8 ignore next 3 */
	get dirs() {
		return this._directories;
	}
};

//#endregion
//#region src/api/aborter.ts
/**
* AbortController is not supported on Node 14 so we use this until we can drop
* support for Node 14.
*/
var Aborter = class {
	aborted = false;
	abort() {
		this.aborted = true;
	}
};

//#endregion
//#region src/api/walker.ts
var Walker = class {
	root;
	isSynchronous;
	state;
	joinPath;
	pushDirectory;
	pushFile;
	getArray;
	groupFiles;
	resolveSymlink;
	walkDirectory;
	callbackInvoker;
	constructor(root, options, callback$1) {
		this.isSynchronous = !callback$1;
		this.callbackInvoker = build$1(options, this.isSynchronous);
		this.root = normalizePath(root, options);
		this.state = {
			root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
			paths: [""].slice(0, 0),
			groups: [],
			counts: new Counter(),
			options,
			queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
			symlinks: /* @__PURE__ */ new Map(),
			visited: [""].slice(0, 0),
			controller: new Aborter(),
			fs: options.fs || external_fs_namespaceObject
		};
		this.joinPath = build$7(this.root, options);
		this.pushDirectory = build$6(this.root, options);
		this.pushFile = build$5(options);
		this.getArray = build$4(options);
		this.groupFiles = build$3(options);
		this.resolveSymlink = build$2(options, this.isSynchronous);
		this.walkDirectory = build(this.isSynchronous);
	}
	start() {
		this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
		this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
		return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
	}
	walk = (entries, directoryPath, depth) => {
		const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
		if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
		const files = this.getArray(this.state.paths);
		for (let i = 0; i < entries.length; ++i) {
			const entry = entries[i];
			if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
				const filename = this.joinPath(entry.name, directoryPath);
				this.pushFile(filename, files, this.state.counts, filters);
			} else if (entry.isDirectory()) {
				let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
				if (exclude && exclude(entry.name, path)) continue;
				this.pushDirectory(path, paths, filters);
				this.walkDirectory(this.state, path, path, depth - 1, this.walk);
			} else if (this.resolveSymlink && entry.isSymbolicLink()) {
				let path = joinPathWithBasePath(entry.name, directoryPath);
				this.resolveSymlink(path, this.state, (stat, resolvedPath) => {
					if (stat.isDirectory()) {
						resolvedPath = normalizePath(resolvedPath, this.state.options);
						if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
						this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
					} else {
						resolvedPath = useRealPaths ? resolvedPath : path;
						const filename = (0,external_path_namespaceObject.basename)(resolvedPath);
						const directoryPath$1 = normalizePath((0,external_path_namespaceObject.dirname)(resolvedPath), this.state.options);
						resolvedPath = this.joinPath(filename, directoryPath$1);
						this.pushFile(resolvedPath, files, this.state.counts, filters);
					}
				});
			}
		}
		this.groupFiles(this.state.groups, directoryPath, files);
	};
};

//#endregion
//#region src/api/async.ts
function promise(root, options) {
	return new Promise((resolve$1, reject) => {
		callback(root, options, (err, output) => {
			if (err) return reject(err);
			resolve$1(output);
		});
	});
}
function callback(root, options, callback$1) {
	let walker = new Walker(root, options, callback$1);
	walker.start();
}

//#endregion
//#region src/api/sync.ts
function sync(root, options) {
	const walker = new Walker(root, options);
	return walker.start();
}

//#endregion
//#region src/builder/api-builder.ts
var APIBuilder = class {
	constructor(root, options) {
		this.root = root;
		this.options = options;
	}
	withPromise() {
		return promise(this.root, this.options);
	}
	withCallback(cb) {
		callback(this.root, this.options, cb);
	}
	sync() {
		return sync(this.root, this.options);
	}
};

//#endregion
//#region src/builder/index.ts
let pm = null;
/* c8 ignore next 6 */
try {
	__require.resolve("picomatch");
	pm = __require("picomatch");
} catch {}
var Builder = class {
	globCache = {};
	options = {
		maxDepth: Infinity,
		suppressErrors: true,
		pathSeparator: external_path_namespaceObject.sep,
		filters: []
	};
	globFunction;
	constructor(options) {
		this.options = {
			...this.options,
			...options
		};
		this.globFunction = this.options.globFunction;
	}
	group() {
		this.options.group = true;
		return this;
	}
	withPathSeparator(separator) {
		this.options.pathSeparator = separator;
		return this;
	}
	withBasePath() {
		this.options.includeBasePath = true;
		return this;
	}
	withRelativePaths() {
		this.options.relativePaths = true;
		return this;
	}
	withDirs() {
		this.options.includeDirs = true;
		return this;
	}
	withMaxDepth(depth) {
		this.options.maxDepth = depth;
		return this;
	}
	withMaxFiles(limit) {
		this.options.maxFiles = limit;
		return this;
	}
	withFullPaths() {
		this.options.resolvePaths = true;
		this.options.includeBasePath = true;
		return this;
	}
	withErrors() {
		this.options.suppressErrors = false;
		return this;
	}
	withSymlinks({ resolvePaths = true } = {}) {
		this.options.resolveSymlinks = true;
		this.options.useRealPaths = resolvePaths;
		return this.withFullPaths();
	}
	withAbortSignal(signal) {
		this.options.signal = signal;
		return this;
	}
	normalize() {
		this.options.normalizePath = true;
		return this;
	}
	filter(predicate) {
		this.options.filters.push(predicate);
		return this;
	}
	onlyDirs() {
		this.options.excludeFiles = true;
		this.options.includeDirs = true;
		return this;
	}
	exclude(predicate) {
		this.options.exclude = predicate;
		return this;
	}
	onlyCounts() {
		this.options.onlyCounts = true;
		return this;
	}
	crawl(root) {
		return new APIBuilder(root || ".", this.options);
	}
	withGlobFunction(fn) {
		this.globFunction = fn;
		return this;
	}
	/**
	* @deprecated Pass options using the constructor instead:
	* ```ts
	* new fdir(options).crawl("/path/to/root");
	* ```
	* This method will be removed in v7.0
	*/
	/* c8 ignore next 4 */
	crawlWithOptions(root, options) {
		this.options = {
			...this.options,
			...options
		};
		return new APIBuilder(root || ".", this.options);
	}
	glob(...patterns) {
		if (this.globFunction) return this.globWithOptions(patterns);
		return this.globWithOptions(patterns, ...[{ dot: true }]);
	}
	globWithOptions(patterns, ...options) {
		const globFn = this.globFunction || pm;
		/* c8 ignore next 5 */
		if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
		var isMatch = this.globCache[patterns.join("\0")];
		if (!isMatch) {
			isMatch = globFn(patterns, ...options);
			this.globCache[patterns.join("\0")] = isMatch;
		}
		this.options.filters.push((path) => isMatch(path));
		return this;
	}
};

//#endregion

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
;// CONCATENATED MODULE: ./node_modules/tinyglobby/dist/index.mjs





//#region src/utils.ts
const isReadonlyArray = Array.isArray;
const BACKSLASHES = /\\/g;
const DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
const isWin = process.platform === "win32";
const ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
	const patternsCount = patterns.length;
	const patternsParts = Array(patternsCount);
	const matchers = Array(patternsCount);
	let i, j;
	for (i = 0; i < patternsCount; i++) {
		const parts = splitPattern(patterns[i]);
		patternsParts[i] = parts;
		const partsCount = parts.length;
		const partMatchers = Array(partsCount);
		for (j = 0; j < partsCount; j++) partMatchers[j] = picomatch(parts[j], options);
		matchers[i] = partMatchers;
	}
	return (input) => {
		const inputParts = input.split("/");
		if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
		for (i = 0; i < patternsCount; i++) {
			const patternParts = patternsParts[i];
			const matcher = matchers[i];
			const inputPatternCount = inputParts.length;
			const minParts = Math.min(inputPatternCount, patternParts.length);
			j = 0;
			while (j < minParts) {
				const part = patternParts[j];
				if (part.includes("/")) return true;
				if (!matcher[j](inputParts[j])) break;
				if (!options.noglobstar && part === "**") return true;
				j++;
			}
			if (j === inputPatternCount) return true;
		}
		return false;
	};
}
/* node:coverage ignore next 2 */
const WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
const isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
	if (cwd === root || root.startsWith(`${cwd}/`)) {
		if (absolute) {
			const start = cwd.length + +!isRoot(cwd);
			return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
		}
		const prefix = root.slice(cwd.length + 1);
		if (prefix) return (p, isDir) => {
			if (p === ".") return prefix;
			const result = `${prefix}/${p}`;
			return isDir ? result.slice(0, -1) : result;
		};
		return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
	}
	if (absolute) return (p) => external_path_namespaceObject.posix.relative(cwd, p) || ".";
	return (p) => external_path_namespaceObject.posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
	if (root.startsWith(`${cwd}/`)) {
		const prefix = root.slice(cwd.length + 1);
		return (p) => `${prefix}/${p}`;
	}
	return (p) => {
		const result = external_path_namespaceObject.posix.relative(cwd, `${root}/${p}`);
		return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
	};
}
function ensureNonDriveRelativePath(path) {
	return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
const splitPatternOptions = { parts: true };
function splitPattern(path) {
	var _result$parts;
	const result = picomatch.scan(path, splitPatternOptions);
	return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
const ESCAPED_WIN32_BACKSLASHES = /\\(?![()[\]{}!+@])/g;
function convertPosixPathToPattern(path) {
	return escapePosixPath(path);
}
function convertWin32PathToPattern(path) {
	return escapeWin32Path(path).replace(ESCAPED_WIN32_BACKSLASHES, "/");
}
/**
* Converts a path to a pattern depending on the platform.
* Identical to {@link escapePath} on POSIX systems.
* @see {@link https://superchupu.dev/tinyglobby/documentation#convertPathToPattern}
*/
/* node:coverage ignore next 3 */
const convertPathToPattern = (/* unused pure expression or super */ null && (isWin ? convertWin32PathToPattern : convertPosixPathToPattern));
const POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
const WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
const escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
const escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
/**
* Escapes a path's special characters depending on the platform.
* @see {@link https://superchupu.dev/tinyglobby/documentation#escapePath}
*/
/* node:coverage ignore next */
const escapePath = isWin ? escapeWin32Path : escapePosixPath;
/**
* Checks if a pattern has dynamic parts.
*
* Has a few minor differences with [`fast-glob`](https://github.com/mrmlnc/fast-glob) for better accuracy:
*
* - Doesn't necessarily return `false` on patterns that include `\`.
* - Returns `true` if the pattern includes parentheses, regardless of them representing one single pattern or not.
* - Returns `true` for unfinished glob extensions i.e. `(h`, `+(h`.
* - Returns `true` for unfinished brace expansions as long as they include `,` or `..`.
*
* @see {@link https://superchupu.dev/tinyglobby/documentation#isDynamicPattern}
*/
function isDynamicPattern(pattern, options) {
	if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
	const scan = picomatch.scan(pattern);
	return scan.isGlob || scan.negated;
}
function log(...tasks) {
	console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
	return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
//#endregion
//#region src/patterns.ts
const PARENT_DIRECTORY = /^(\/?\.\.)+/;
const ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
	var _PARENT_DIRECTORY$exe;
	const cwd = opts.cwd;
	let result = pattern;
	if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
	if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
	const escapedCwd = escapePath(cwd);
	result = (0,external_path_namespaceObject.isAbsolute)(result.replace(ESCAPING_BACKSLASHES, "")) ? external_path_namespaceObject.posix.relative(escapedCwd, result) : external_path_namespaceObject.posix.normalize(result);
	const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
	const parts = splitPattern(result);
	if (parentDir) {
		const n = (parentDir.length + 1) / 3;
		let i = 0;
		const cwdParts = escapedCwd.split("/");
		while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
			result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
			i++;
		}
		const potentialRoot = external_path_namespaceObject.posix.join(cwd, parentDir.slice(i * 3));
		if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
			props.root = ensureNonDriveRelativePath(potentialRoot);
			props.depthOffset = -n + i;
		}
	}
	if (!isIgnore && props.depthOffset >= 0) {
		var _props$commonPath;
		(_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
		const newCommonPath = [];
		const length = Math.min(props.commonPath.length, parts.length);
		for (let i = 0; i < length; i++) {
			const part = parts[i];
			if (part === "**" && !parts[i + 1]) {
				newCommonPath.pop();
				break;
			}
			if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
			newCommonPath.push(part);
		}
		props.depthOffset = newCommonPath.length;
		props.commonPath = newCommonPath;
		props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? external_path_namespaceObject.posix.join(cwd, ...newCommonPath) : cwd);
	}
	return result;
}
function processPatterns(options, patterns, props) {
	const matchPatterns = [];
	const ignorePatterns = [];
	for (const pattern of options.ignore) {
		if (!pattern) continue;
		if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
	}
	for (const pattern of patterns) {
		if (!pattern) continue;
		if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
		else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
	}
	return {
		match: matchPatterns,
		ignore: ignorePatterns
	};
}
//#endregion
//#region src/crawler.ts
function buildCrawler(options, patterns) {
	const cwd = options.cwd;
	const props = {
		root: cwd,
		depthOffset: 0
	};
	const processed = processPatterns(options, patterns, props);
	if (options.debug) log("internal processing patterns:", processed);
	const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
	const root = props.root.replace(BACKSLASHES, "");
	const matchOptions = {
		dot,
		nobrace: options.braceExpansion === false,
		nocase: !caseSensitiveMatch,
		noextglob: options.extglob === false,
		noglobstar: options.globstar === false,
		posix: true
	};
	const matcher = picomatch(processed.match, matchOptions);
	const ignore = picomatch(processed.ignore, matchOptions);
	const partialMatcher = getPartialMatcher(processed.match, matchOptions);
	const format = buildFormat(cwd, root, absolute);
	const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
	const excludePredicate = (_, p) => {
		const relativePath = excludeFormatter(p, true);
		return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
	};
	let maxDepth;
	if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
	const crawler = new Builder({
		filters: [debug ? (p, isDirectory) => {
			const path = format(p, isDirectory);
			const matches = matcher(path) && !ignore(path);
			if (matches) log(`matched ${path}`);
			return matches;
		} : (p, isDirectory) => {
			const path = format(p, isDirectory);
			return matcher(path) && !ignore(path);
		}],
		exclude: debug ? (_, p) => {
			const skipped = excludePredicate(_, p);
			log(`${skipped ? "skipped" : "crawling"} ${p}`);
			return skipped;
		} : excludePredicate,
		fs: options.fs,
		pathSeparator: "/",
		relativePaths: !absolute,
		resolvePaths: absolute,
		includeBasePath: absolute,
		resolveSymlinks: followSymbolicLinks,
		excludeSymlinks: !followSymbolicLinks,
		excludeFiles: onlyDirectories,
		includeDirs: onlyDirectories || !options.onlyFiles,
		maxDepth,
		signal: options.signal
	}).crawl(root);
	if (options.debug) log("internal properties:", {
		...props,
		root
	});
	return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
//#endregion
//#region src/index.ts
function formatPaths(paths, mapper) {
	if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
	return paths;
}
const defaultOptions = {
	caseSensitiveMatch: true,
	debug: !!process.env.TINYGLOBBY_DEBUG,
	expandDirectories: true,
	followSymbolicLinks: true,
	onlyFiles: true
};
function getOptions(options) {
	const opts = Object.assign({}, options);
	for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
	opts.cwd = (opts.cwd instanceof URL ? (0,external_url_namespaceObject.fileURLToPath)(opts.cwd) : (0,external_path_namespaceObject.resolve)(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
	opts.ignore = ensureStringArray(opts.ignore);
	opts.fs && (opts.fs = {
		readdir: opts.fs.readdir || external_fs_.readdir,
		readdirSync: opts.fs.readdirSync || external_fs_.readdirSync,
		realpath: opts.fs.realpath || external_fs_.realpath,
		realpathSync: opts.fs.realpathSync || external_fs_.realpathSync,
		stat: opts.fs.stat || external_fs_.stat,
		statSync: opts.fs.statSync || external_fs_.statSync
	});
	if (opts.debug) log("globbing with options:", opts);
	return opts;
}
function getCrawler(globInput, inputOptions = {}) {
	var _ref;
	if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
	const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
	const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
	const options = getOptions(isModern ? inputOptions : globInput);
	return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
	const [crawler, relative] = getCrawler(globInput, options);
	return crawler ? formatPaths(await crawler.withPromise(), relative) : [];
}
function globSync(globInput, options) {
	const [crawler, relative] = getCrawler(globInput, options);
	return crawler ? formatPaths(crawler.sync(), relative) : [];
}
//#endregion


;// CONCATENATED MODULE: ./src/config/discover.ts
/**
 * Finds the audience files that a list of paths names. Each entry is a folder, a file or
 * a glob. An entry that matches nothing is reported, never silently dropped: with prune
 * on, "no files" would read as "delete every audience".
 */



const AUDIENCE_EXTENSIONS = /\.ya?ml$/i;
function toPosixRelative(cwd, absolute) {
    return external_node_path_default().relative(cwd, absolute).split((external_node_path_default()).sep).join('/');
}
async function statOrUndefined(target) {
    try {
        return await (0,promises_.stat)(target);
    }
    catch {
        return undefined;
    }
}
/**
 * Resolves `paths` against `cwd`. A folder gives its `**\/*.yml` and `**\/*.yaml`; a file
 * gives itself, whatever its extension (it was named on purpose); anything else is a
 * glob, of whose matches only `.yml`/`.yaml` files count.
 */
async function discoverFiles(paths, cwd) {
    const found = new Set();
    const unmatched = [];
    for (const entry of paths) {
        const absolute = external_node_path_default().resolve(cwd, entry);
        const info = isDynamicPattern(entry) ? undefined : await statOrUndefined(absolute);
        let matches;
        let reason;
        if (info?.isDirectory()) {
            matches = await glob(['**/*.yml', '**/*.yaml'], {
                cwd: absolute,
                absolute: true,
                onlyFiles: true,
            });
            reason = `the folder '${entry}' contains no .yml or .yaml file; add audience files or give another path`;
        }
        else if (info?.isFile()) {
            matches = [absolute];
            reason = '';
        }
        else if (info) {
            // A pipe or a device would block the read or never end; only files are audiences.
            matches = [];
            reason = `'${entry}' is not a regular file; give a folder, a .yml or .yaml file, or a glob`;
        }
        else if (isDynamicPattern(entry)) {
            const all = await glob([entry.split((external_node_path_default()).sep).join('/')], {
                cwd,
                absolute: true,
                onlyFiles: true,
                // A glob names files; tinyglobby would otherwise also expand a matched folder.
                expandDirectories: false,
            });
            matches = all.filter((f) => AUDIENCE_EXTENSIONS.test(f));
            reason = `the pattern '${entry}' matches no .yml or .yaml file; check the path or the glob`;
        }
        else {
            matches = [];
            reason = `'${entry}' does not exist; give a folder, a .yml or .yaml file, or a glob`;
        }
        if (matches.length === 0)
            unmatched.push({ entry, reason });
        for (const match of matches)
            found.add(toPosixRelative(cwd, match));
    }
    // Code-unit order, not locale order: the same on every machine.
    const files = [...found].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return { files, unmatched };
}
/** Finds files: a folder → its **\/*.yml and **\/*.yaml; a file → itself; else a glob (tinyglobby). Sorted, relative to cwd, posix separators. */
async function findAudienceFiles(paths, cwd) {
    return (await discoverFiles(paths, cwd)).files;
}


/***/ }),

/***/ 4604:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Vw: () => (/* binding */ formatProblem),
/* harmony export */   dS: () => (/* binding */ sortProblems),
/* harmony export */   kq: () => (/* binding */ formatSummary)
/* harmony export */ });
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2011);

/** `file:line:col: message`; a warning says so after the location. */
function formatProblem(p) {
    const prefix = p.severity === 'warning' ? 'warning: ' : '';
    return `${p.file}:${p.line}:${p.column}: ${prefix}${p.message}`;
}
/** Orders problems by file, line and column; equal positions keep their order. */
function sortProblems(problems) {
    return [...problems].sort((a, b) => {
        if (a.file !== b.file)
            return a.file < b.file ? -1 : 1;
        return a.line - b.line || a.column - b.column;
    });
}
/**
 * The last line of a validation: `2 errors, 1 warning in 14 files` when something is
 * wrong, else `✓ 5 audiences in 3 files are valid` (with the warnings, if any).
 */
function formatSummary(result) {
    const errors = result.problems.filter((p) => p.severity === 'error').length;
    const warnings = result.problems.length - errors;
    const files = (0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(result.files.length, 'file');
    if (errors > 0) {
        const parts = [(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(errors, 'error')];
        if (warnings > 0)
            parts.push((0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(warnings, 'warning'));
        return `${parts.join(', ')} in ${files}`;
    }
    const n = result.audiences.length;
    const valid = `✓ ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(n, 'audience')} in ${files} ${n === 1 ? 'is' : 'are'} valid`;
    return warnings > 0 ? `${valid}, with ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(warnings, 'warning')}` : valid;
}


/***/ }),

/***/ 1036:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K0: () => (/* binding */ loadAudiences),
/* harmony export */   X5: () => (/* binding */ loadFromSources)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _guards_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(9609);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(182);
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3890);
/* harmony import */ var _discover_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(289);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4604);
/* harmony import */ var _parallel_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(5375);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(8353);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(6493);
/**
 * The loader: files → desired audiences and every located problem. It never throws for
 * bad input; callers refuse to write when any problem is an error.
 */











function toDesired(doc) {
    const value = doc.value;
    const state = value.state === 'absent' ? 'absent' : 'present';
    const name = String(value.name).trim();
    // An absent audience is matched by name alone; its other fields are ignored (and
    // the loader warned about them).
    const fields = { name };
    if (state === 'present') {
        for (const field of _model_js__WEBPACK_IMPORTED_MODULE_8__/* .PROFILE_FIELDS */ .sA) {
            if (field !== 'name' && field in value) {
                fields[field] = value[field];
            }
        }
    }
    const previousNames = [];
    if (Array.isArray(value.previousNames)) {
        for (const p of value.previousNames) {
            const trimmed = String(p).trim();
            if (!previousNames.includes(trimmed))
                previousNames.push(trimmed);
        }
    }
    return { name, state, fields, previousNames, source: doc.start };
}
/** The same as `loadAudiences`, on in-memory sources (tests, the export round trip). */
function loadFromSources(sources) {
    return combineChecks(sources, (0,_check_js__WEBPACK_IMPORTED_MODULE_2__/* .checkFiles */ .g)(sources));
}
/**
 * Joins the checks of single files (from this thread or from workers) and applies the
 * rules across files. A document that needs a position for such a problem is located by
 * parsing its file's text again, which only files with such a problem pay for.
 */
function combineChecks(sources, checks) {
    const problems = [];
    const documents = [];
    const invalid = new Set();
    checks.forEach((check, i) => {
        const source = sources[i];
        if (source?.file !== check.file)
            throw new Error(`internal: checks out of order at ${check.file}`);
        problems.push(...check.problems);
        const locate = (0,_parse_js__WEBPACK_IMPORTED_MODULE_6__/* .locatorFor */ .q)(source.file, source.text);
        for (const checked of check.documents) {
            const doc = {
                ...checked,
                locate: (path, target) => locate(checked.index, path, target),
            };
            documents.push(doc);
            if (checked.invalid)
                invalid.add(doc);
        }
    });
    const named = documents
        .map((d) => (0,_rules_js__WEBPACK_IMPORTED_MODULE_7__/* .namesOf */ .eZ)(d))
        .filter((n) => n !== undefined);
    for (const { doc, problem } of (0,_rules_js__WEBPACK_IMPORTED_MODULE_7__/* .checkNames */ .LN)(named)) {
        problems.push(problem);
        if (problem.severity === 'error')
            invalid.add(doc);
    }
    const audiences = documents
        .filter((d) => !invalid.has(d) && (0,_guards_js__WEBPACK_IMPORTED_MODULE_9__/* .isRecord */ .u)(d.value))
        .map((d) => toDesired(d));
    const files = [...new Set(sources.map((s) => s.file))].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
    return { audiences, problems: (0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .sortProblems */ .dS)(problems), files };
}
/** Reads, parses and validates every document; never throws for bad input, returns problems instead. */
async function loadAudiences(paths, options) {
    const { files, unmatched } = await (0,_discover_js__WEBPACK_IMPORTED_MODULE_3__/* .discoverFiles */ .Z)(paths, options.cwd);
    const readProblems = unmatched.map(({ entry, reason }) => ({
        file: entry,
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'no-files',
        message: reason,
    }));
    // Synchronous reads, on purpose: the parse that follows is synchronous CPU work anyway,
    // and for ten thousand small files readFileSync measured about 8x faster than
    // fs.promises.readFile (one syscall round trip instead of several thread-pool hops).
    const reads = files.map((file) => {
        try {
            return { file, text: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(options.cwd, file), 'utf8') };
        }
        catch (error) {
            const code = error.code ?? 'unknown error';
            readProblems.push({
                file,
                line: 1,
                column: 1,
                severity: 'error',
                rule: 'read',
                message: `the file cannot be read (${code}); check that it exists and is readable`,
            });
            return undefined;
        }
    });
    const sources = reads.filter((r) => r !== undefined);
    const { checks } = await (0,_parallel_js__WEBPACK_IMPORTED_MODULE_5__/* .checkSources */ .BT)(sources, options.parallel);
    const result = combineChecks(sources, checks);
    return {
        audiences: result.audiences,
        problems: (0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .sortProblems */ .dS)([...readProblems, ...result.problems]),
        files,
    };
}


/***/ }),

/***/ 5375:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BT: () => (/* binding */ checkSources),
/* harmony export */   ip: () => (/* binding */ useLoadWorker)
/* harmony export */ });
/* unused harmony exports PARALLEL_MIN_CHARS, splitEvenly */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3890);
/**
 * Checking many files on more than one core. Parsing YAML is nearly all of the time a
 * load takes (ten thousand audiences take about a second on one core), and each file's
 * checks depend on nothing but the file, so large inputs are cut into contiguous runs of
 * files: this thread checks the first run while worker threads check the others. The
 * result is the same as checking them in order here, which the tests compare.
 *
 * The worker is a separate bundle (`dist/load-worker/`). Each entry point says where it
 * is with `useLoadWorker`; code that never says so (the tests of the source, the
 * library) checks on one thread. A worker that cannot start, fails or answers something
 * unexpected costs time, never correctness: its files are checked here instead, and the
 * entry point's warning says so.
 */


/**
 * About a quarter of a second of parsing on one core. A worker takes some tens of
 * milliseconds to start, so below this the split cannot pay for itself.
 */
const PARALLEL_MIN_CHARS = 1024 * 1024;
const MAX_THREADS = 4;
let setup;
/** Called once by an entry point with the location of its worker bundle. */
function useLoadWorker(next) {
    setup = next;
}
/** `checkFiles` on all sources, spread over worker threads when that pays. */
async function checkSources(sources, options = {}) {
    const workerUrl = options.workerUrl ?? setup?.url;
    const threads = Math.min(options.threads ?? (0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)(), MAX_THREADS, sources.length);
    const chars = sources.reduce((sum, s) => sum + s.text.length, 0);
    if (!workerUrl || threads < 2 || chars < (options.minChars ?? PARALLEL_MIN_CHARS)) {
        return done({ checks: (0,_check_js__WEBPACK_IMPORTED_MODULE_1__/* .checkFiles */ .g)(sources), workers: 0 });
    }
    // Loaded here, not at start-up: most runs have far less YAML than this.
    const { Worker } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 5919, 23));
    const [own = [], ...others] = splitEvenly(sources, threads);
    // Started before this thread's own share, so that they parse while it does.
    const delegated = others.map((chunk) => checkInWorker(Worker, workerUrl, chunk));
    const checks = (0,_check_js__WEBPACK_IMPORTED_MODULE_1__/* .checkFiles */ .g)(own);
    let workers = 0;
    for (const [i, pending] of delegated.entries()) {
        const chunk = others[i] ?? [];
        const answer = await pending;
        if ('checks' in answer) {
            workers += 1;
            checks.push(...answer.checks);
        }
        else {
            // A fault of the installation, not of the audience files: the result stays whole.
            setup?.warning?.(`a load worker failed (${answer.failure}); its ${chunk.length} files were checked on the main thread instead`);
            checks.push(...(0,_check_js__WEBPACK_IMPORTED_MODULE_1__/* .checkFiles */ .g)(chunk));
        }
    }
    return done({ checks, workers });
}
function done(result) {
    const threads = result.workers + 1;
    setup?.debug?.(`checked ${result.checks.length} audience files on ${threads} ${threads === 1 ? 'thread' : 'threads'}`);
    return result;
}
/** Cuts `sources` into `parts` contiguous runs of about equal size in characters. */
function splitEvenly(sources, parts) {
    const total = sources.reduce((sum, s) => sum + s.text.length, 0);
    const chunks = [[]];
    let done = 0;
    for (const source of sources) {
        const current = chunks[chunks.length - 1];
        // Close the run once it holds its share, keeping the last run for what is left.
        if (current.length > 0 && chunks.length < parts && done >= (total * chunks.length) / parts) {
            chunks.push([source]);
        }
        else {
            current.push(source);
        }
        done += source.text.length;
    }
    return chunks;
}
/** The worker's checks of `chunk`, or why there are none. Never rejects. */
function checkInWorker(Worker, url, chunk) {
    return new Promise((resolve) => {
        let worker;
        try {
            // Its own stdout and stderr, unread: nothing a worker prints may reach the log,
            // where a line could be taken for a workflow command.
            worker = new Worker(url, { workerData: { sources: chunk }, stdout: true, stderr: true });
        }
        catch (error) {
            resolve({ failure: `it did not start: ${error.message}` });
            return;
        }
        worker.once('message', (message) => {
            resolve(fits(message, chunk) ? { checks: message } : { failure: 'its answer did not fit' });
        });
        worker.once('error', (error) => resolve({ failure: error.message }));
        // Without effect when the promise is settled already.
        worker.once('exit', (code) => resolve({ failure: `it exited with code ${code}` }));
    });
}
/** True when `message` is one check per file of `chunk`, in order. */
function fits(message, chunk) {
    return (Array.isArray(message) &&
        message.length === chunk.length &&
        message.every((check, i) => typeof check === 'object' &&
            check !== null &&
            check.file === chunk[i]?.file &&
            Array.isArray(check.problems) &&
            Array.isArray(check.documents)));
}


/***/ }),

/***/ 8353:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ parseAudienceFile),
/* harmony export */   q: () => (/* binding */ locatorFor)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8815);
/* harmony import */ var _schema_locate_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2177);
/**
 * Parses one audience file into its YAML documents. Positions are resolved from the
 * YAML node tree only when a problem needs one; once a file's own checks are done the
 * tree can be released, and a later question (a duplicate name found across files)
 * parses the file again. Keeping ten thousand node trees alive would cost more in
 * garbage collection than the parse itself.
 */


const PARSE_OPTIONS = { prettyErrors: false };
/** Plain-words advice for the YAML errors that people actually make. */
const SYNTAX_HINTS = {
    TAB_AS_INDENT: 'indent with spaces',
    MISSING_CHAR: 'close the quote or bracket',
    BAD_INDENT: 'check the indentation and the closing bracket',
    BLOCK_AS_IMPLICIT_KEY: "quote a value that contains ': ', or check the indentation",
    MULTILINE_IMPLICIT_KEY: 'keep each key on one line, or quote the value',
    UNEXPECTED_TOKEN: 'remove the stray character, or quote the value',
    BAD_SCALAR_START: 'quote the value',
};
function lowerFirst(text) {
    return text.charAt(0).toLowerCase() + text.slice(1);
}
/** The key written at `offset`, for naming a duplicate key. */
function keyAt(text, offset) {
    const match = /^\s*(["']?)([^:\n]*?)\1\s*:/.exec(text.slice(offset, offset + 200));
    return match?.[2] ?? text.slice(offset).split(/[:\n]/)[0] ?? '';
}
/** A document holding nothing at all (between two `---`, or a lone `---`). */
function isEmptyDocument(doc) {
    const contents = doc.contents;
    if (contents === null)
        return true;
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(contents) && contents.value === null && contents.range[0] === contents.range[1];
}
/** The node trees of one file and its line counter, parsed again on demand once released. */
class FileTrees {
    file;
    text;
    docs;
    lineCounter;
    constructor(file, text, docs, lineCounter) {
        this.file = file;
        this.text = text;
        this.docs = docs;
        this.lineCounter = lineCounter;
    }
    release() {
        this.docs = undefined;
        this.lineCounter = undefined;
    }
    at(offset, lineCounter) {
        const { line, col } = lineCounter.linePos(offset);
        return { file: this.file, line, column: col };
    }
    locate(index, path, target) {
        if (!this.docs || !this.lineCounter) {
            this.lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
            this.docs = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(this.text, { ...PARSE_OPTIONS, lineCounter: this.lineCounter });
        }
        const doc = this.docs[index];
        return this.at(doc ? (0,_schema_locate_js__WEBPACK_IMPORTED_MODULE_1__/* .locateOffset */ .s)(doc, path, target) : 0, this.lineCounter);
    }
}
/**
 * A locator for the documents of `file` that parses `text` only on the first question:
 * for a file that was checked elsewhere (another thread) and has a problem only the
 * rules across files can see.
 */
function locatorFor(file, text) {
    const trees = new FileTrees(file, text);
    return (index, path = [], target = 'value') => trees.locate(index, path, target);
}
/**
 * Parses `text` (the content of `file`). Never throws: YAML problems come back as
 * located problems. Only the first syntax error of a document is reported, because the
 * ones after it are usually echoes of the same mistake; duplicate keys are all reported.
 */
function parseAudienceFile(file, text) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const problems = [];
    const docs = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text, { ...PARSE_OPTIONS, lineCounter });
    const trees = new FileTrees(file, text, docs, lineCounter);
    const at = (offset) => trees.at(offset, lineCounter);
    const documents = [];
    docs.forEach((doc, index) => {
        const syntax = doc.errors.filter((e) => e.code !== 'DUPLICATE_KEY');
        const duplicates = doc.errors.filter((e) => e.code === 'DUPLICATE_KEY');
        const first = syntax[0];
        if (first)
            problems.push(syntaxProblem(first, at));
        // In a broken document the keys are the parser's guess; a "duplicate" there is an echo.
        for (const e of first ? [] : duplicates) {
            const key = keyAt(text, e.pos[0]);
            problems.push({
                ...at(e.pos[0]),
                severity: 'error',
                rule: 'duplicate-key',
                message: `duplicate key '${key}'; each key may appear only once in an audience, so remove one of them`,
            });
        }
        for (const w of doc.warnings) {
            problems.push({
                ...at(w.pos[0]),
                severity: 'warning',
                rule: 'yaml-warning',
                message: `${lowerFirst(w.message)}${w.code === 'TAG_RESOLVE_FAILED' ? '; remove the tag, it has no meaning here' : ''}`,
            });
        }
        if (isEmptyDocument(doc) && doc.errors.length === 0)
            return;
        const start = at(doc.contents?.range[0] ?? 0);
        let broken = syntax.length > 0;
        let value;
        // A broken document's value is a guess by the parser; validating it would report
        // the parser's guess, not the author's intent.
        if (!broken) {
            try {
                value = doc.toJS({ maxAliasCount: 100 });
            }
            catch (error) {
                // toJS refuses alias bombs and aliases it cannot resolve.
                broken = true;
                problems.push({
                    ...start,
                    severity: 'error',
                    rule: 'yaml-syntax',
                    message: `invalid YAML: ${lowerFirst(error.message)}`,
                });
            }
        }
        documents.push({
            file,
            index,
            value,
            broken,
            yamlError: broken || duplicates.length > 0,
            start,
            locate: (path = [], target = 'value') => trees.locate(index, path, target),
        });
    });
    if (documents.length === 0 && problems.every((p) => p.severity !== 'error')) {
        problems.push({
            file,
            line: 1,
            column: 1,
            severity: 'error',
            rule: 'empty-file',
            message: 'the file declares no audience; add at least one YAML document with a name, or delete the file',
        });
    }
    return { file, documents, problems, release: () => trees.release() };
}
function syntaxProblem(error, at) {
    const hint = SYNTAX_HINTS[error.code];
    return {
        ...at(error.pos[0]),
        severity: 'error',
        rule: 'yaml-syntax',
        message: `invalid YAML: ${lowerFirst(error.message)}${hint ? `; ${hint}` : ''}`,
    };
}


/***/ }),

/***/ 6493:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  sw: () => (/* binding */ checkDocument),
  LN: () => (/* binding */ checkNames),
  eZ: () => (/* binding */ namesOf)
});

// UNUSED EXPORTS: SUM_TOLERANCE

// EXTERNAL MODULE: ./src/guards.ts
var guards = __nccwpck_require__(9609);
// EXTERNAL MODULE: ./src/model.ts
var model = __nccwpck_require__(182);
// EXTERNAL MODULE: ./src/schema/locate.ts
var locate = __nccwpck_require__(2177);
// EXTERNAL MODULE: ./src/schema/validator.ts + 2 modules
var validator = __nccwpck_require__(7522);
;// CONCATENATED MODULE: ./src/schema/messages.ts


/** Joins words as "a, b and c" (or "a, b or c"). */
function joinWords(words, last = 'and') {
    if (words.length <= 1)
        return words.join('');
    return `${words.slice(0, -1).join(', ')} ${last} ${words[words.length - 1]}`;
}
/** A readable name for a path: `genderDistribution.female`, `item 2 of interests`. */
function describePath(path) {
    let label = '';
    for (const segment of path) {
        if (typeof segment === 'number') {
            label = `item ${segment + 1} of ${label || 'the document'}`;
        }
        else {
            label = label ? `${label}.${segment}` : segment;
        }
    }
    return label || 'the document';
}
function quote(text) {
    const short = text.length > 60 ? `${text.slice(0, 57)}...` : text;
    return `'${short.replaceAll('\n', ' ')}'`;
}
/** How a value reads in a message: "empty", "the text 'abc'", "130", "a list". */
function describeValue(value) {
    if (value === undefined)
        return 'missing';
    if (value === null)
        return 'empty';
    if (typeof value === 'string') {
        if (value === '')
            return 'empty';
        if (value.trim() === '')
            return 'blank';
        return `the text ${quote(value)}`;
    }
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return String(value);
}
function plural(noun) {
    // Only the nouns that describeExpected produces need a plural.
    return noun.replace(/^an? /, '').replace(/(text|number|name)$/, '$1s');
}
/** What a schema node accepts, in words: "a whole number from 0 to 120". */
function describeExpected(s) {
    if (s.enum)
        return joinWords(s.enum.map(String), 'or');
    switch (s.type) {
        case 'integer':
            return `a whole number${range(s)}`;
        case 'number':
            return `a number${range(s)}`;
        case 'boolean':
            return 'true or false';
        case 'string': {
            if (s.maxLength !== undefined) {
                return `a text of ${s.minLength ?? 0} to ${s.maxLength} characters`;
            }
            return s.minLength || s.pattern ? 'a non-empty text' : 'a text';
        }
        case 'array':
            return s.items ? `a list of ${plural(describeExpected(s.items))}` : 'a list';
        case 'object': {
            const keys = Object.keys(s.properties ?? {});
            return keys.length ? `a mapping with the keys ${joinWords(keys)}` : 'a mapping';
        }
        default:
            return 'a valid value';
    }
}
function range(s) {
    if (s.minimum !== undefined && s.maximum !== undefined) {
        return ` from ${s.minimum} to ${s.maximum}`;
    }
    if (s.minimum !== undefined)
        return ` of at least ${s.minimum}`;
    if (s.maximum !== undefined)
        return ` of at most ${s.maximum}`;
    return '';
}
/** A hint for the commonest type slips: quoted numbers, unquoted names that YAML read as numbers. */
function typeHint(value, expected) {
    if ((expected.type === 'integer' || expected.type === 'number') &&
        typeof value === 'string' &&
        value.trim() !== '' &&
        Number.isFinite(Number(value))) {
        return ' (write it without quotes)';
    }
    if (expected.type === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
        return ` (put it in quotes: '${String(value)}')`;
    }
    if (expected.type === 'boolean' && typeof value === 'string') {
        const word = value.trim().toLowerCase();
        if (word === 'true' || word === 'false')
            return ` (write ${word} without quotes)`;
        // YAML 1.1 read these as booleans; YAML 1.2, which this loader follows, reads text.
        if (['yes', 'y', 'on'].includes(word))
            return ` (write true instead of ${value})`;
        if (['no', 'n', 'off'].includes(word))
            return ` (write false instead of ${value})`;
    }
    return '';
}
/** An example line for a key, from the schema's `examples`: `residence: Berlin`. */
function exampleFor(key, s) {
    const example = s?.examples?.[0];
    if (example === undefined)
        return '';
    return `, e.g. ${key}: ${inlineYaml(example)}`;
}
function inlineYaml(value) {
    if (Array.isArray(value))
        return `[${value.map(inlineYaml).join(', ')}]`;
    if (value && typeof value === 'object') {
        const entries = Object.entries(value).map(([k, v]) => `${k}: ${inlineYaml(v)}`);
        return `{ ${entries.join(', ')} }`;
    }
    return String(value);
}
/** Optimal string alignment distance: an edit, insertion, deletion or swap costs 1. */
function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = new Array(rows * cols).fill(0);
    const at = (i, j) => d[i * cols + j] ?? 0;
    for (let i = 0; i < rows; i++)
        d[i * cols] = i;
    for (let j = 0; j < cols; j++)
        d[j] = j;
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                best = Math.min(best, at(i - 2, j - 2) + 1);
            }
            d[i * cols + j] = best;
        }
    }
    return at(a.length, b.length);
}
/** The known key nearest to an unknown one, if it is close enough to be a typo. */
function suggestKey(unknown, known) {
    let best;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const key of known) {
        const distance = editDistance(unknown.toLowerCase(), key.toLowerCase());
        if (distance < bestDistance) {
            best = key;
            bestDistance = distance;
        }
    }
    // A short unknown key is "close" to almost anything; demand that most of it survives.
    return bestDistance <= 2 && bestDistance < unknown.length ? best : undefined;
}
/** Ajv's path segments are all strings; list indexes become numbers, keys stay strings. */
function typedPath(segments) {
    const path = [];
    let s = validator/* audienceSchema */.K;
    for (const segment of segments) {
        const isIndex = s?.type === 'array';
        path.push(isIndex ? Number(segment) : segment);
        s = isIndex ? s?.items : s?.properties?.[segment];
    }
    return path;
}
/** The schema node at a path of the document value (through properties and items). */
function schemaAt(path) {
    let s = validator/* audienceSchema */.K;
    for (const segment of path) {
        if (!s)
            return undefined;
        s = s.type === 'array' ? s.items : s.properties?.[String(segment)];
    }
    return s;
}
function unknownKeyMessage(path, key, parent) {
    const known = Object.keys(parent.properties ?? {});
    const where = path.length ? ` in ${describePath(path)}` : '';
    const suggestion = suggestKey(key, known);
    if (suggestion)
        return `unknown key '${key}'${where}; did you mean '${suggestion}'?`;
    return `unknown key '${key}'${where}; the known keys are ${joinWords(known)}`;
}
function missingKeyMessage(path, key, parent) {
    if (path.length === 0) {
        if (key === 'name')
            return `missing key 'name'; every audience needs a name${exampleFor(key, parent.properties?.[key])}`;
        return `missing key '${key}'; an audience needs it unless its state is absent${exampleFor(key, parent.properties?.[key])}`;
    }
    const required = parent.required ?? [];
    return `${describePath(path)} lacks '${key}'; it needs all of ${joinWords(required)}`;
}
/**
 * Explains ajv's errors for one document. Several keywords failing on one value (an
 * empty name breaks both `minLength` and `pattern`) give one message, since the message
 * describes the value and what it should be, not the keyword.
 */
function explainSchemaErrors(errors) {
    const issues = [];
    const seen = new Set();
    const add = (issue) => {
        const key = `${issue.path.join('\u0000')}\u0001${issue.message}`;
        if (seen.has(key))
            return;
        seen.add(key);
        issues.push(issue);
    };
    // A misspelt key also leaves the right one missing; the typo is the one problem to
    // report, since fixing it fixes both.
    const typoFor = new Set();
    const missing = [];
    for (const error of errors) {
        const path = typedPath((0,locate/* parseInstancePath */.c)(error.instancePath));
        // `parentSchema` of a `required` error is the if/else branch, which has no
        // `properties`: look the node up by path instead.
        const parent = schemaAt(path) ?? error.parentSchema ?? {};
        switch (error.keyword) {
            case 'additionalProperties': {
                const key = String(error.params.additionalProperty);
                const suggestion = suggestKey(key, Object.keys(parent.properties ?? {}));
                if (suggestion)
                    typoFor.add(slotOf(path, suggestion));
                add({
                    path: [...path, key],
                    target: 'key',
                    rule: 'unknown-key',
                    message: unknownKeyMessage(path, key, parent),
                });
                break;
            }
            case 'required': {
                const key = String(error.params.missingProperty);
                missing.push({
                    slot: slotOf(path, key),
                    issue: {
                        path,
                        target: 'value',
                        rule: 'missing-key',
                        message: missingKeyMessage(path, key, parent),
                    },
                });
                break;
            }
            default: {
                // Every other keyword judges the value itself (type, range, length, enum...).
                const isItem = typeof path[path.length - 1] === 'number';
                // A text of the wrong length reads better with its length than with its content.
                const actual = (error.keyword === 'maxLength' || error.keyword === 'minLength') &&
                    typeof error.data === 'string' &&
                    error.data.trim() !== ''
                    ? `has ${error.data.length} characters`
                    : `is ${describeValue(error.data)}`;
                const message = `${describePath(path)} ${actual}; ` +
                    `${isItem ? 'each item' : 'it'} must be ${describeExpected(parent)}` +
                    typeHint(error.data, parent);
                add({ path, target: 'value', rule: 'invalid-value', message });
            }
        }
    }
    for (const { issue, slot } of missing)
        if (!typoFor.has(slot))
            add(issue);
    return issues;
}
function slotOf(path, key) {
    return [...path, key].join('\u0000');
}

;// CONCATENATED MODULE: ./src/config/rules.ts
/**
 * The rules that JSON Schema cannot express (SPEC §1): the gender sum, the age order,
 * trimmed names, and everything that compares one audience with another.
 */




/** The tolerance of the gender sum, and of every numeric comparison in the sync. */
const SUM_TOLERANCE = 1e-9;
const NAME_MIN = 3;
const NAME_MAX = 100;
/** A problem of `severity` at `path` in `doc` (the key itself with target `key`). */
function located(severity, doc, rule, message, path = [], target = 'value') {
    return { ...doc.locate(path, target), severity, rule, message };
}
const error = located.bind(null, 'error');
const warning = located.bind(null, 'warning');
/** Prints a sum without float noise: 0.9 rather than 0.8999999999999999. */
function formatNumber(n) {
    return String(Number(n.toPrecision(12)));
}
function isShare(v) {
    return typeof v === 'number' && v >= 0 && v <= 1;
}
function isAge(v) {
    return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 120;
}
/**
 * Checks one document on its own: its shape against the schema, then the rules beyond
 * it. A rule only judges values that passed the schema, so one slip gives one problem.
 */
function checkDocument(doc) {
    if (doc.broken)
        return [];
    const value = doc.value;
    if (!(0,guards/* isRecord */.u)(value)) {
        const what = Array.isArray(value)
            ? 'a list'
            : value === null
                ? 'empty'
                : `the value ${JSON.stringify(value)}`;
        return [
            error(doc, 'not-a-mapping', `this document is ${what}; an audience must be a mapping of keys such as name:, residence: and minAge:`),
        ];
    }
    const problems = explainSchemaErrors((0,validator/* validateAudienceSchema */.o)(value)).map((issue) => error(doc, issue.rule, issue.message, issue.path, issue.target));
    const gender = value.genderDistribution;
    if ((0,guards/* isRecord */.u)(gender) && model/* GENDER_KEYS */.bn.every((k) => isShare(gender[k]))) {
        const sum = model/* GENDER_KEYS */.bn.reduce((total, k) => total + gender[k], 0);
        if (Math.abs(sum - 1) > SUM_TOLERANCE) {
            problems.push(error(doc, 'gender-sum', `genderDistribution sums to ${formatNumber(sum)}; the four shares must sum to 1`, ['genderDistribution'], 'key'));
        }
    }
    const { minAge, maxAge } = value;
    if (isAge(minAge) && isAge(maxAge) && minAge > maxAge) {
        problems.push(error(doc, 'age-order', `minAge ${minAge} is greater than maxAge ${maxAge}; minAge must be at most maxAge`, ['minAge']));
    }
    const name = value.name;
    if (typeof name === 'string' && name.length >= NAME_MIN && name.length <= NAME_MAX) {
        const trimmed = name.trim();
        // The schema sees the raw text; the API and the matching see it trimmed.
        if (trimmed.length > 0 && trimmed.length < NAME_MIN) {
            problems.push(error(doc, 'name-length', `name '${trimmed}' has ${trimmed.length} characters without the surrounding spaces; it must have ${NAME_MIN} to ${NAME_MAX}`, ['name']));
        }
    }
    if (value.state === 'absent') {
        const ignored = model/* PROFILE_FIELDS */.sA.filter((f) => f !== 'name' && f in value);
        if (ignored.length > 0) {
            problems.push(warning(doc, 'absent-ignored', `state is absent, so ${joinWords(ignored)} ${ignored.length === 1 ? 'is' : 'are'} ignored; an absent audience needs only name, and is deleted if it exists`, ['state']));
        }
    }
    return problems;
}
/** The names of a document, if it has a usable one. */
function namesOf(doc) {
    const value = doc.value;
    if (!(0,guards/* isRecord */.u)(value) || typeof value.name !== 'string')
        return undefined;
    const name = value.name.trim();
    if (name === '')
        return undefined;
    const previousNames = [];
    if (Array.isArray(value.previousNames)) {
        value.previousNames.forEach((p, index) => {
            if (typeof p === 'string' && p.trim() !== '')
                previousNames.push({ name: p.trim(), index });
        });
    }
    return { doc, name, previousNames };
}
/** Names that the API would treat as two audiences but a reader as one. */
function looseKey(name) {
    return name.normalize('NFC').toLowerCase().replace(/\s+/g, '');
}
function where(entry) {
    const at = entry.doc.locate(['name']);
    return `${at.file}:${at.line}`;
}
/**
 * The rules across documents, in file order, so that "the later one" is well defined:
 * unique names, previous names that are nobody's current name and nobody else's previous
 * name, and a warning for names that differ only in case or whitespace.
 */
function checkNames(entries) {
    const out = [];
    const byName = new Map();
    const byLooseKey = new Map();
    for (const entry of entries) {
        const first = byName.get(entry.name);
        if (first) {
            out.push({
                doc: entry.doc,
                problem: error(entry.doc, 'duplicate-name', `the name '${entry.name}' is already used by the audience at ${where(first)}; names must be unique across all files`, ['name']),
            });
            continue;
        }
        byName.set(entry.name, entry);
        const key = looseKey(entry.name);
        const similar = byLooseKey.get(key);
        if (similar) {
            out.push({
                doc: entry.doc,
                problem: warning(entry.doc, 'similar-name', `the name '${entry.name}' differs from '${similar.name}' at ${where(similar)} only in case or whitespace; the API treats them as two audiences, so use one spelling if they are meant to be one`, ['name']),
            });
        }
        else {
            byLooseKey.set(key, entry);
        }
    }
    // Previous names are checked against every current name, including later ones.
    const claims = new Map();
    for (const entry of entries) {
        const own = new Set();
        for (const previous of entry.previousNames) {
            if (own.has(previous.name))
                continue;
            own.add(previous.name);
            const path = ['previousNames', previous.index];
            const holder = byName.get(previous.name);
            let message;
            let rule = '';
            if (previous.name === entry.name) {
                rule = 'previous-name-self';
                message = `previous name '${previous.name}' is this audience's own name; list only names it had before`;
            }
            else if (holder) {
                rule = 'previous-name-in-use';
                message = `previous name '${previous.name}' is the name of the audience at ${where(holder)}; a name cannot be both an audience's name and another's previous name, so remove it here or rename that audience`;
            }
            else {
                const claimant = claims.get(previous.name);
                if (claimant && claimant !== entry) {
                    rule = 'duplicate-previous-name';
                    message = `previous name '${previous.name}' is already claimed by the audience at ${where(claimant)}; only one audience can take over an old name`;
                }
                else {
                    claims.set(previous.name, entry);
                }
            }
            if (message)
                out.push({ doc: entry.doc, problem: error(entry.doc, rule, message, path) });
        }
    }
    return out;
}


/***/ }),

/***/ 8943:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ GitHubError)
/* harmony export */ });
/**
 * The seam between the Action and GitHub's REST API. `main.ts` receives an
 * implementation (Octokit in a run, `./octokit.ts`); the logic above it (the sticky
 * comment, the merged pull request's label and reviewed plan, the drift issue) sees only
 * these calls.
 */
/** A GitHub call that failed; carries the HTTP status when there was a response. */
class GitHubError extends Error {
    status;
    name = 'GitHubError';
    constructor(message, status, options) {
        super(message, options);
        this.status = status;
    }
}


/***/ }),

/***/ 9609:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ isRecord)
/* harmony export */ });
/** Type guards for values that arrive as `unknown`: parsed YAML, API responses. */
/** A plain object (not null, not an array): a YAML mapping or a JSON object. */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 182:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   bn: () => (/* binding */ GENDER_KEYS),
/* harmony export */   sA: () => (/* binding */ PROFILE_FIELDS)
/* harmony export */ });
/* unused harmony exports REQUIRED_FIELDS, MANAGEMENT_FIELDS */
/**
 * The data that flows through audience-sync, in the order it flows:
 * files → desired state → remote state → plan → apply results → report.
 *
 * Every layer speaks these types, so that each can be built and tested alone. Nothing
 * here does I/O.
 */
const GENDER_KEYS = ['female', 'male', 'nonBinary', 'preferNotToSay'];
/** Profile fields in the schema's (and the export's) canonical order. */
const PROFILE_FIELDS = [
    'name',
    'residence',
    'country',
    'nativeLanguage',
    'minAge',
    'maxAge',
    'genderDistribution',
    'interests',
    'needs',
    'painPoints',
    'shared',
    'additionalInformation',
];
/** The fields the API requires on a create or a PUT. */
const REQUIRED_FIELDS = (/* unused pure expression or super */ null && ([
    'name',
    'residence',
    'minAge',
    'maxAge',
    'genderDistribution',
    'interests',
    'needs',
    'painPoints',
]));
/** Keys of an audience file that steer the sync and are never sent to the API. */
const MANAGEMENT_FIELDS = (/* unused pure expression or super */ null && (['previousNames', 'state']));


/***/ }),

/***/ 4935:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   hD: () => (/* binding */ ApiError),
/* harmony export */   kP: () => (/* binding */ WorkspaceError),
/* harmony export */   lR: () => (/* binding */ AuthError)
/* harmony export */ });
/**
 * An API call that failed for good. The message reads like
 * `PUT /audience-service/v1/workspaces/w/target-audiences/123 → 403: not the owner`
 * and never contains a secret or a token.
 */
class ApiError extends Error {
    details;
    name = 'ApiError';
    constructor(message, details, options) {
        super(message, options);
        this.details = details;
    }
    get status() {
        return this.details.status;
    }
    get apiMessage() {
        return this.details.apiMessage;
    }
}
/** The token endpoint refused the credentials, or could not be reached. */
class AuthError extends ApiError {
    name = 'AuthError';
}
/** No workspace could be chosen: none given and several exist, or none matches. */
class WorkspaceError extends Error {
    workspaces;
    name = 'WorkspaceError';
    constructor(message, workspaces) {
        super(message);
        this.workspaces = workspaces;
    }
}


/***/ }),

/***/ 2011:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Al: () => (/* binding */ describeFieldChange),
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   Fl: () => (/* binding */ formatValue),
/* harmony export */   Fu: () => (/* binding */ shortSha),
/* harmony export */   Gb: () => (/* binding */ formatProblemText),
/* harmony export */   JN: () => (/* binding */ quoteList),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   NB: () => (/* binding */ summaryCounts),
/* harmony export */   No: () => (/* binding */ detailFieldChanges),
/* harmony export */   O0: () => (/* binding */ problemCounts),
/* harmony export */   Xv: () => (/* binding */ listDelta),
/* harmony export */   iB: () => (/* binding */ noChangesSentence),
/* harmony export */   ik: () => (/* binding */ hasChanges),
/* harmony export */   tx: () => (/* binding */ changedFieldNames)
/* harmony export */ });
/* unused harmony export NOT_SET */
/* harmony import */ var _guards_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9609);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(182);
/**
 * Plain-text wording shared by every sink: values, field changes, counts. Nothing here
 * escapes; each sink escapes for its own medium.
 */


const LIST_FIELDS = new Set(['interests', 'needs', 'painPoints']);
/** How a missing value reads: the remote lacks the field, or the file leaves it out. */
const NOT_SET = '(not set)';
/**
 * One value of a profile field as plain text: strings JSON-quoted (so edges, spaces and
 * line breaks stay visible), lists as `["a", "b"]`, the gender distribution as
 * `female 0.5 · male 0.4 · nonBinary 0.07 · preferNotToSay 0.03`, a missing value as
 * `(not set)`.
 */
function formatValue(field, value) {
    if (value === undefined || value === null)
        return NOT_SET;
    if (field === 'genderDistribution' && (0,_guards_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(value))
        return formatGender(value);
    if (typeof value === 'string')
        return JSON.stringify(value);
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    if (Array.isArray(value))
        return `[${value.map((item) => formatValue('', item)).join(', ')}]`;
    return JSON.stringify(value) ?? String(value);
}
function formatGender(value) {
    const known = _model_js__WEBPACK_IMPORTED_MODULE_1__/* .GENDER_KEYS */ .bn.map((key) => `${key} ${formatShare(value[key])}`);
    // A key the API added later is still shown, after the four known ones.
    const extra = Object.keys(value)
        .filter((key) => !_model_js__WEBPACK_IMPORTED_MODULE_1__/* .GENDER_KEYS */ .bn.includes(key))
        .map((key) => `${key} ${formatShare(value[key])}`);
    return [...known, ...extra].join(' · ');
}
function formatShare(share) {
    return typeof share === 'number' ? String(share) : formatValue('', share);
}
/**
 * The set difference of a list field's change, or undefined when the field is not a list
 * field or either side is not a list (then the whole values are shown).
 */
function listDelta(change) {
    if (!LIST_FIELDS.has(change.field))
        return undefined;
    const before = asStringList(change.before);
    const after = asStringList(change.after);
    if (before === undefined || after === undefined)
        return undefined;
    const beforeSet = new Set(before);
    const afterSet = new Set(after);
    return {
        added: unique(after.filter((item) => !beforeSet.has(item))),
        removed: unique(before.filter((item) => !afterSet.has(item))),
    };
}
function asStringList(value) {
    if (!Array.isArray(value) || !value.every((item) => typeof item === 'string'))
        return undefined;
    return value.map((item) => item.trim());
}
function unique(items) {
    return [...new Set(items)];
}
/**
 * One field change as plain text without the field name: `"Berlin" → "Munich"`, or for a
 * list field `added "SEO", "growth"; removed "AI"`.
 */
function describeFieldChange(change) {
    const delta = listDelta(change);
    if (delta && (delta.added.length > 0 || delta.removed.length > 0)) {
        const parts = [];
        if (delta.added.length > 0)
            parts.push(`added ${quoteList(delta.added)}`);
        if (delta.removed.length > 0)
            parts.push(`removed ${quoteList(delta.removed)}`);
        return parts.join('; ');
    }
    return `${formatValue(change.field, change.before)} → ${formatValue(change.field, change.after)}`;
}
/** `"a", "b"`: list items quoted so that commas inside an item stay unambiguous. */
function quoteList(items) {
    return items.map((item) => JSON.stringify(item)).join(', ');
}
/** `1,812`: thousands separated, independent of the machine's locale. */
function formatCount(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
/** `1 audience`, `2 audiences`, `1,812 changes`. */
function plural(n, singular, pluralForm = `${singular}s`) {
    return `${formatCount(n)} ${n === 1 ? singular : pluralForm}`;
}
/**
 * The plan's counts as one phrase:
 * `2 to create, 1 to update, 0 to rename, 3 to delete, 1 blocked, 1 conflict; 12 unchanged`.
 * The four kinds of write always show; blocked and conflicts only when there are some.
 */
function summaryCounts(plan) {
    const c = plan.counts;
    const parts = [
        `${formatCount(c.creates)} to create`,
        `${formatCount(c.updates)} to update`,
        `${formatCount(c.renames)} to rename`,
        `${formatCount(c.deletes)} to delete`,
    ];
    if (c.blocked > 0)
        parts.push(`${formatCount(c.blocked)} blocked`);
    if (c.conflicts > 0)
        parts.push(plural(c.conflicts, 'conflict'));
    return `${parts.join(', ')}; ${formatCount(c.noops)} unchanged`;
}
/**
 * Whether the workspace differs from the files: any create, update, rename, delete,
 * blocked change or conflict. Conflicts count because the workspace is not what the files
 * say even though no write can fix it; kept audiences do not, since prune was asked to
 * leave what the account does not own.
 */
function hasChanges(plan) {
    return plan.changes.length > 0 || plan.blocked.length > 0 || plan.conflicts.length > 0;
}
/** `No changes. 12 audiences are up to date.` */
function noChangesSentence(plan) {
    const n = plan.counts.noops;
    return `No changes. ${plural(n, 'audience')} ${n === 1 ? 'is' : 'are'} up to date.`;
}
/** `2 errors, 1 warning`, or `no problems`. */
function problemCounts(problems) {
    const errors = problems.filter((p) => p.severity === 'error').length;
    const warnings = problems.length - errors;
    const parts = [];
    if (errors > 0)
        parts.push(plural(errors, 'error'));
    if (warnings > 0)
        parts.push(plural(warnings, 'warning'));
    return parts.length > 0 ? parts.join(', ') : 'no problems';
}
/** `audiences/a.yml:3:5: error: message`, the format compilers and editors understand. */
function formatProblemText(problem) {
    return `${problem.file}:${problem.line}:${problem.column}: ${problem.severity}: ${problem.message}`;
}
/** The first 7 characters of a commit sha, the way GitHub abbreviates it. */
function shortSha(sha) {
    return /^[0-9a-f]{8,}$/i.test(sha) ? sha.slice(0, 7) : sha;
}
/** The field names a change touches, in the order the plan lists them. */
function changedFieldNames(fieldChanges, kind) {
    // A rename's new name is already the headline; listing `name` again adds nothing.
    return fieldChanges
        .map((fc) => fc.field)
        .filter((field) => !(kind === 'rename' && field === 'name'));
}
/** The field changes worth listing under a change (a rename's `name` is its headline). */
function detailFieldChanges(fieldChanges, kind) {
    return fieldChanges.filter((fc) => !(kind === 'rename' && fc.field === 'name'));
}


/***/ }),

/***/ 2177:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ parseInstancePath),
/* harmony export */   s: () => (/* binding */ locateOffset)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8815);
/**
 * Maps a path inside a document's value (as ajv and the rules name it) back to the YAML
 * node it came from, so that every problem can point at a line and a column.
 *
 * Positions are resolved only when a problem needs one: the valid path never walks the
 * node tree.
 */

/** Splits an ajv `instancePath` (a JSON Pointer) into its segments. */
function parseInstancePath(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}
function keyText(pair) {
    const key = pair.key;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key))
        return String(key.value);
    if (key === null || key === undefined)
        return undefined;
    return String(key);
}
/** The last pair with this key: the one whose value `toJS` kept. */
function findPair(map, key) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(map))
        return undefined;
    for (let i = map.items.length - 1; i >= 0; i--) {
        const pair = map.items[i];
        if (pair && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(pair) && keyText(pair) === key)
            return pair;
    }
    return undefined;
}
function startOf(node) {
    if (node && typeof node === 'object' && 'range' in node) {
        const range = node.range;
        if (range)
            return range[0];
    }
    return undefined;
}
/** A value node written as nothing (`key:` alone) has an empty range; point at its key instead. */
function isEmptyNode(node) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) || !node.range)
        return false;
    return node.value === null && node.range[0] === node.range[1];
}
/**
 * The source offset of the node at `path` in `doc`, or of the deepest node on the path
 * that exists (a path into a value that is not a collection stops at that value).
 */
function locateOffset(doc, path, target = 'value') {
    let node = doc.contents;
    let best = startOf(node) ?? 0;
    for (let i = 0; i < path.length; i++) {
        const segment = path[i];
        // An alias stands for its anchor's node; descend into that to find the child.
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node))
            node = node.resolve(doc);
        let pair;
        let child;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            pair = findPair(node, String(segment));
            child = pair?.value;
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            child = node.items[Number(segment)];
        }
        else {
            return best;
        }
        if (pair === undefined && child === undefined)
            return best;
        const last = i === path.length - 1;
        if (last && target === 'key' && pair)
            return startOf(pair.key) ?? best;
        if (pair && (child === null || child === undefined || isEmptyNode(child))) {
            // Nothing was written after the key: the key is the best place to point.
            return startOf(pair.key) ?? best;
        }
        best = startOf(child) ?? best;
        node = child;
    }
    return best;
}


/***/ }),

/***/ 7522:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  K: () => (/* binding */ audienceSchema),
  o: () => (/* binding */ validateAudienceSchema)
});

;// CONCATENATED MODULE: ./src/schema/audience.schema.json
const audience_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","title":"neuroflash target audience","description":"One target audience of a neuroflash workspace, as audience-sync keeps it in sync. Each YAML document of a file holds one audience. The profile fields are sent to the neuroflash API; previousNames and state steer the sync and are never sent.","type":"object","additionalProperties":false,"properties":{"name":{"description":"The audience\'s name, 3 to 100 characters. audience-sync finds the remote audience by this name (trimmed, case-sensitive), so it must be unique across all files.","type":"string","minLength":3,"maxLength":100,"pattern":"\\\\S","examples":["Marketing leaders"]},"residence":{"description":"Where the audience lives: a city or a region.","type":"string","examples":["Berlin"]},"country":{"description":"The audience\'s country, usually an ISO 3166 code. Optional. The API keeps its case as written.","type":"string","examples":["DE"]},"nativeLanguage":{"description":"The audience\'s native language, usually an ISO 639-1 code. Optional.","type":"string","examples":["de"]},"minAge":{"description":"The youngest age in the audience: a whole number from 0 to 120, at most maxAge.","type":"integer","minimum":0,"maximum":120,"examples":[25]},"maxAge":{"description":"The oldest age in the audience: a whole number from 0 to 120, at least minAge.","type":"integer","minimum":0,"maximum":120,"examples":[45]},"genderDistribution":{"description":"The share of each gender, each from 0 to 1. All four keys are required and they must sum to 1 (the API rejects any other sum).","type":"object","additionalProperties":false,"required":["female","male","nonBinary","preferNotToSay"],"properties":{"female":{"description":"The share of women, from 0 to 1.","type":"number","minimum":0,"maximum":1,"examples":[0.5]},"male":{"description":"The share of men, from 0 to 1.","type":"number","minimum":0,"maximum":1,"examples":[0.4]},"nonBinary":{"description":"The share of non-binary people, from 0 to 1.","type":"number","minimum":0,"maximum":1,"examples":[0.07]},"preferNotToSay":{"description":"The share of people who prefer not to say, from 0 to 1.","type":"number","minimum":0,"maximum":1,"examples":[0.03]}},"examples":[{"female":0.5,"male":0.4,"nonBinary":0.07,"preferNotToSay":0.03}]},"interests":{"description":"What the audience cares about. Compared as a set: the order does not matter.","type":"array","items":{"description":"One interest: a non-empty text.","type":"string","minLength":1,"pattern":"\\\\S"},"examples":[["AI","content marketing"]]},"needs":{"description":"What the audience needs. Compared as a set: the order does not matter.","type":"array","items":{"description":"One need: a non-empty text.","type":"string","minLength":1,"pattern":"\\\\S"},"examples":[["scale content production"]]},"painPoints":{"description":"What troubles the audience. Compared as a set: the order does not matter.","type":"array","items":{"description":"One pain point: a non-empty text.","type":"string","minLength":1,"pattern":"\\\\S"},"examples":[["manual workflows"]]},"shared":{"description":"Whether the audience is visible to the whole workspace. Optional.","type":"boolean","examples":[true]},"additionalInformation":{"description":"Free text that describes the audience further. Optional.","type":"string","examples":["Decision makers in mid-sized B2B companies."]},"previousNames":{"description":"Management key, never sent to the API: names this audience had before. A remote audience found under one of them is renamed to name instead of a new one being created.","type":"array","items":{"description":"A name the audience had before.","type":"string","minLength":1,"pattern":"\\\\S"},"examples":[["Marketing managers"]]},"state":{"description":"Management key, never sent to the API: present (the default) keeps the audience; absent deletes it if it exists. An absent audience needs only name.","type":"string","enum":["present","absent"],"default":"present","examples":["absent"]}},"if":{"required":["state"],"properties":{"state":{"const":"absent"}}},"then":{"required":["name"]},"else":{"required":["name","residence","minAge","maxAge","genderDistribution","interests","needs","painPoints"]},"examples":[{"name":"Marketing leaders","residence":"Berlin","country":"DE","nativeLanguage":"de","minAge":30,"maxAge":55,"genderDistribution":{"female":0.5,"male":0.4,"nonBinary":0.07,"preferNotToSay":0.03},"interests":["AI","content marketing"],"needs":["scale content production"],"painPoints":["manual workflows"],"shared":true,"previousNames":["Marketing managers"],"state":"present"},{"name":"Retired campaign audience","state":"absent"}]}');
;// CONCATENATED MODULE: ./src/schema/audience.validate.js
// Generated from audience.schema.json by scripts/generate-validator.ts: do not edit.
// Run `npm run generate` after changing the schema.
const validate = (/* unused pure expression or super */ null && (validate10));/* harmony default export */ const audience_validate = (validate10);const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"neuroflash target audience","description":"One target audience of a neuroflash workspace, as audience-sync keeps it in sync. Each YAML document of a file holds one audience. The profile fields are sent to the neuroflash API; previousNames and state steer the sync and are never sent.","type":"object","additionalProperties":false,"properties":{"name":{"description":"The audience's name, 3 to 100 characters. audience-sync finds the remote audience by this name (trimmed, case-sensitive), so it must be unique across all files.","type":"string","minLength":3,"maxLength":100,"pattern":"\\S","examples":["Marketing leaders"]},"residence":{"description":"Where the audience lives: a city or a region.","type":"string","examples":["Berlin"]},"country":{"description":"The audience's country, usually an ISO 3166 code. Optional. The API keeps its case as written.","type":"string","examples":["DE"]},"nativeLanguage":{"description":"The audience's native language, usually an ISO 639-1 code. Optional.","type":"string","examples":["de"]},"minAge":{"description":"The youngest age in the audience: a whole number from 0 to 120, at most maxAge.","type":"integer","minimum":0,"maximum":120,"examples":[25]},"maxAge":{"description":"The oldest age in the audience: a whole number from 0 to 120, at least minAge.","type":"integer","minimum":0,"maximum":120,"examples":[45]},"genderDistribution":{"description":"The share of each gender, each from 0 to 1. All four keys are required and they must sum to 1 (the API rejects any other sum).","type":"object","additionalProperties":false,"required":["female","male","nonBinary","preferNotToSay"],"properties":{"female":{"description":"The share of women, from 0 to 1.","type":"number","minimum":0,"maximum":1,"examples":[0.5]},"male":{"description":"The share of men, from 0 to 1.","type":"number","minimum":0,"maximum":1,"examples":[0.4]},"nonBinary":{"description":"The share of non-binary people, from 0 to 1.","type":"number","minimum":0,"maximum":1,"examples":[0.07]},"preferNotToSay":{"description":"The share of people who prefer not to say, from 0 to 1.","type":"number","minimum":0,"maximum":1,"examples":[0.03]}},"examples":[{"female":0.5,"male":0.4,"nonBinary":0.07,"preferNotToSay":0.03}]},"interests":{"description":"What the audience cares about. Compared as a set: the order does not matter.","type":"array","items":{"description":"One interest: a non-empty text.","type":"string","minLength":1,"pattern":"\\S"},"examples":[["AI","content marketing"]]},"needs":{"description":"What the audience needs. Compared as a set: the order does not matter.","type":"array","items":{"description":"One need: a non-empty text.","type":"string","minLength":1,"pattern":"\\S"},"examples":[["scale content production"]]},"painPoints":{"description":"What troubles the audience. Compared as a set: the order does not matter.","type":"array","items":{"description":"One pain point: a non-empty text.","type":"string","minLength":1,"pattern":"\\S"},"examples":[["manual workflows"]]},"shared":{"description":"Whether the audience is visible to the whole workspace. Optional.","type":"boolean","examples":[true]},"additionalInformation":{"description":"Free text that describes the audience further. Optional.","type":"string","examples":["Decision makers in mid-sized B2B companies."]},"previousNames":{"description":"Management key, never sent to the API: names this audience had before. A remote audience found under one of them is renamed to name instead of a new one being created.","type":"array","items":{"description":"A name the audience had before.","type":"string","minLength":1,"pattern":"\\S"},"examples":[["Marketing managers"]]},"state":{"description":"Management key, never sent to the API: present (the default) keeps the audience; absent deletes it if it exists. An absent audience needs only name.","type":"string","enum":["present","absent"],"default":"present","examples":["absent"]}},"if":{"required":["state"],"properties":{"state":{"const":"absent"}}},"then":{"required":["name"]},"else":{"required":["name","residence","minAge","maxAge","genderDistribution","interests","needs","painPoints"]},"examples":[{"name":"Marketing leaders","residence":"Berlin","country":"DE","nativeLanguage":"de","minAge":30,"maxAge":55,"genderDistribution":{"female":0.5,"male":0.4,"nonBinary":0.07,"preferNotToSay":0.03},"interests":["AI","content marketing"],"needs":["scale content production"],"painPoints":["manual workflows"],"shared":true,"previousNames":["Marketing managers"],"state":"present"},{"name":"Retired campaign audience","state":"absent"}]};const func2 = Object.prototype.hasOwnProperty;const func3 = ((s) => { let n = 0; for (const _ of s) n++; return n; });const pattern0 = new RegExp("\\S", "u");function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs1 = errors;let valid0 = true;const _errs2 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.state === undefined) && (missing0 = "state")){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}else {if(data.state !== undefined){if("absent" !== data.state){const err1 = {};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}}var _valid0 = _errs2 === errors;errors = _errs1;if(vErrors !== null){if(_errs1){vErrors.length = _errs1;}else {vErrors = null;}}let ifClause0;if(_valid0){const _errs4 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.name === undefined){const err2 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.then.required,parentSchema:schema11.then,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}var _valid0 = _errs4 === errors;valid0 = _valid0;ifClause0 = "then";}else {const _errs5 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.name === undefined){const err3 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.else.required,parentSchema:schema11.else,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.residence === undefined){const err4 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "residence"},message:"must have required property '"+"residence"+"'",schema:schema11.else.required,parentSchema:schema11.else,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.minAge === undefined){const err5 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "minAge"},message:"must have required property '"+"minAge"+"'",schema:schema11.else.required,parentSchema:schema11.else,data};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data.maxAge === undefined){const err6 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "maxAge"},message:"must have required property '"+"maxAge"+"'",schema:schema11.else.required,parentSchema:schema11.else,data};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data.genderDistribution === undefined){const err7 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "genderDistribution"},message:"must have required property '"+"genderDistribution"+"'",schema:schema11.else.required,parentSchema:schema11.else,data};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data.interests === undefined){const err8 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "interests"},message:"must have required property '"+"interests"+"'",schema:schema11.else.required,parentSchema:schema11.else,data};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data.needs === undefined){const err9 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "needs"},message:"must have required property '"+"needs"+"'",schema:schema11.else.required,parentSchema:schema11.else,data};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if(data.painPoints === undefined){const err10 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "painPoints"},message:"must have required property '"+"painPoints"+"'",schema:schema11.else.required,parentSchema:schema11.else,data};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}var _valid0 = _errs5 === errors;valid0 = _valid0;ifClause0 = "else";}if(!valid0){const err11 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema11.if,parentSchema:schema11,data};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(func2.call(schema11.properties, key0))){const err12 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.name !== undefined){let data1 = data.name;if(typeof data1 === "string"){if(func3(data1) > 100){const err13 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema11.properties.name,data:data1};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if(func3(data1) < 3){const err14 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schema11.properties.name,data:data1};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(!pattern0.test(data1)){const err15 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema11.properties.name,data:data1};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}else {const err16 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.name.type,parentSchema:schema11.properties.name,data:data1};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.residence !== undefined){let data2 = data.residence;if(typeof data2 !== "string"){const err17 = {instancePath:instancePath+"/residence",schemaPath:"#/properties/residence/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.residence.type,parentSchema:schema11.properties.residence,data:data2};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.country !== undefined){let data3 = data.country;if(typeof data3 !== "string"){const err18 = {instancePath:instancePath+"/country",schemaPath:"#/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.country.type,parentSchema:schema11.properties.country,data:data3};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.nativeLanguage !== undefined){let data4 = data.nativeLanguage;if(typeof data4 !== "string"){const err19 = {instancePath:instancePath+"/nativeLanguage",schemaPath:"#/properties/nativeLanguage/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.nativeLanguage.type,parentSchema:schema11.properties.nativeLanguage,data:data4};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data.minAge !== undefined){let data5 = data.minAge;if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){const err20 = {instancePath:instancePath+"/minAge",schemaPath:"#/properties/minAge/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.minAge.type,parentSchema:schema11.properties.minAge,data:data5};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if((typeof data5 == "number") && (isFinite(data5))){if(data5 > 120 || isNaN(data5)){const err21 = {instancePath:instancePath+"/minAge",schemaPath:"#/properties/minAge/maximum",keyword:"maximum",params:{comparison: "<=", limit: 120},message:"must be <= 120",schema:120,parentSchema:schema11.properties.minAge,data:data5};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if(data5 < 0 || isNaN(data5)){const err22 = {instancePath:instancePath+"/minAge",schemaPath:"#/properties/minAge/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.minAge,data:data5};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}if(data.maxAge !== undefined){let data6 = data.maxAge;if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){const err23 = {instancePath:instancePath+"/maxAge",schemaPath:"#/properties/maxAge/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.maxAge.type,parentSchema:schema11.properties.maxAge,data:data6};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}if((typeof data6 == "number") && (isFinite(data6))){if(data6 > 120 || isNaN(data6)){const err24 = {instancePath:instancePath+"/maxAge",schemaPath:"#/properties/maxAge/maximum",keyword:"maximum",params:{comparison: "<=", limit: 120},message:"must be <= 120",schema:120,parentSchema:schema11.properties.maxAge,data:data6};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}if(data6 < 0 || isNaN(data6)){const err25 = {instancePath:instancePath+"/maxAge",schemaPath:"#/properties/maxAge/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.maxAge,data:data6};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}}if(data.genderDistribution !== undefined){let data7 = data.genderDistribution;if(data7 && typeof data7 == "object" && !Array.isArray(data7)){if(data7.female === undefined){const err26 = {instancePath:instancePath+"/genderDistribution",schemaPath:"#/properties/genderDistribution/required",keyword:"required",params:{missingProperty: "female"},message:"must have required property '"+"female"+"'",schema:schema11.properties.genderDistribution.required,parentSchema:schema11.properties.genderDistribution,data:data7};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(data7.male === undefined){const err27 = {instancePath:instancePath+"/genderDistribution",schemaPath:"#/properties/genderDistribution/required",keyword:"required",params:{missingProperty: "male"},message:"must have required property '"+"male"+"'",schema:schema11.properties.genderDistribution.required,parentSchema:schema11.properties.genderDistribution,data:data7};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if(data7.nonBinary === undefined){const err28 = {instancePath:instancePath+"/genderDistribution",schemaPath:"#/properties/genderDistribution/required",keyword:"required",params:{missingProperty: "nonBinary"},message:"must have required property '"+"nonBinary"+"'",schema:schema11.properties.genderDistribution.required,parentSchema:schema11.properties.genderDistribution,data:data7};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}if(data7.preferNotToSay === undefined){const err29 = {instancePath:instancePath+"/genderDistribution",schemaPath:"#/properties/genderDistribution/required",keyword:"required",params:{missingProperty: "preferNotToSay"},message:"must have required property '"+"preferNotToSay"+"'",schema:schema11.properties.genderDistribution.required,parentSchema:schema11.properties.genderDistribution,data:data7};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}for(const key1 in data7){if(!((((key1 === "female") || (key1 === "male")) || (key1 === "nonBinary")) || (key1 === "preferNotToSay"))){const err30 = {instancePath:instancePath+"/genderDistribution",schemaPath:"#/properties/genderDistribution/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.genderDistribution,data:data7};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data7.female !== undefined){let data8 = data7.female;if((typeof data8 == "number") && (isFinite(data8))){if(data8 > 1 || isNaN(data8)){const err31 = {instancePath:instancePath+"/genderDistribution/female",schemaPath:"#/properties/genderDistribution/properties/female/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema11.properties.genderDistribution.properties.female,data:data8};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}if(data8 < 0 || isNaN(data8)){const err32 = {instancePath:instancePath+"/genderDistribution/female",schemaPath:"#/properties/genderDistribution/properties/female/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.genderDistribution.properties.female,data:data8};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}else {const err33 = {instancePath:instancePath+"/genderDistribution/female",schemaPath:"#/properties/genderDistribution/properties/female/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.genderDistribution.properties.female.type,parentSchema:schema11.properties.genderDistribution.properties.female,data:data8};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data7.male !== undefined){let data9 = data7.male;if((typeof data9 == "number") && (isFinite(data9))){if(data9 > 1 || isNaN(data9)){const err34 = {instancePath:instancePath+"/genderDistribution/male",schemaPath:"#/properties/genderDistribution/properties/male/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema11.properties.genderDistribution.properties.male,data:data9};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}if(data9 < 0 || isNaN(data9)){const err35 = {instancePath:instancePath+"/genderDistribution/male",schemaPath:"#/properties/genderDistribution/properties/male/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.genderDistribution.properties.male,data:data9};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}else {const err36 = {instancePath:instancePath+"/genderDistribution/male",schemaPath:"#/properties/genderDistribution/properties/male/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.genderDistribution.properties.male.type,parentSchema:schema11.properties.genderDistribution.properties.male,data:data9};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data7.nonBinary !== undefined){let data10 = data7.nonBinary;if((typeof data10 == "number") && (isFinite(data10))){if(data10 > 1 || isNaN(data10)){const err37 = {instancePath:instancePath+"/genderDistribution/nonBinary",schemaPath:"#/properties/genderDistribution/properties/nonBinary/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema11.properties.genderDistribution.properties.nonBinary,data:data10};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}if(data10 < 0 || isNaN(data10)){const err38 = {instancePath:instancePath+"/genderDistribution/nonBinary",schemaPath:"#/properties/genderDistribution/properties/nonBinary/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.genderDistribution.properties.nonBinary,data:data10};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}else {const err39 = {instancePath:instancePath+"/genderDistribution/nonBinary",schemaPath:"#/properties/genderDistribution/properties/nonBinary/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.genderDistribution.properties.nonBinary.type,parentSchema:schema11.properties.genderDistribution.properties.nonBinary,data:data10};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data7.preferNotToSay !== undefined){let data11 = data7.preferNotToSay;if((typeof data11 == "number") && (isFinite(data11))){if(data11 > 1 || isNaN(data11)){const err40 = {instancePath:instancePath+"/genderDistribution/preferNotToSay",schemaPath:"#/properties/genderDistribution/properties/preferNotToSay/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema11.properties.genderDistribution.properties.preferNotToSay,data:data11};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}if(data11 < 0 || isNaN(data11)){const err41 = {instancePath:instancePath+"/genderDistribution/preferNotToSay",schemaPath:"#/properties/genderDistribution/properties/preferNotToSay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.genderDistribution.properties.preferNotToSay,data:data11};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}else {const err42 = {instancePath:instancePath+"/genderDistribution/preferNotToSay",schemaPath:"#/properties/genderDistribution/properties/preferNotToSay/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.genderDistribution.properties.preferNotToSay.type,parentSchema:schema11.properties.genderDistribution.properties.preferNotToSay,data:data11};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}}else {const err43 = {instancePath:instancePath+"/genderDistribution",schemaPath:"#/properties/genderDistribution/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.genderDistribution.type,parentSchema:schema11.properties.genderDistribution,data:data7};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data.interests !== undefined){let data12 = data.interests;if(Array.isArray(data12)){const len0 = data12.length;for(let i0=0; i0<len0; i0++){let data13 = data12[i0];if(typeof data13 === "string"){if(func3(data13) < 1){const err44 = {instancePath:instancePath+"/interests/" + i0,schemaPath:"#/properties/interests/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.interests.items,data:data13};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}if(!pattern0.test(data13)){const err45 = {instancePath:instancePath+"/interests/" + i0,schemaPath:"#/properties/interests/items/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema11.properties.interests.items,data:data13};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}else {const err46 = {instancePath:instancePath+"/interests/" + i0,schemaPath:"#/properties/interests/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.interests.items.type,parentSchema:schema11.properties.interests.items,data:data13};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}}else {const err47 = {instancePath:instancePath+"/interests",schemaPath:"#/properties/interests/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.interests.type,parentSchema:schema11.properties.interests,data:data12};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data.needs !== undefined){let data14 = data.needs;if(Array.isArray(data14)){const len1 = data14.length;for(let i1=0; i1<len1; i1++){let data15 = data14[i1];if(typeof data15 === "string"){if(func3(data15) < 1){const err48 = {instancePath:instancePath+"/needs/" + i1,schemaPath:"#/properties/needs/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.needs.items,data:data15};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}if(!pattern0.test(data15)){const err49 = {instancePath:instancePath+"/needs/" + i1,schemaPath:"#/properties/needs/items/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema11.properties.needs.items,data:data15};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}else {const err50 = {instancePath:instancePath+"/needs/" + i1,schemaPath:"#/properties/needs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.needs.items.type,parentSchema:schema11.properties.needs.items,data:data15};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}}else {const err51 = {instancePath:instancePath+"/needs",schemaPath:"#/properties/needs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.needs.type,parentSchema:schema11.properties.needs,data:data14};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data.painPoints !== undefined){let data16 = data.painPoints;if(Array.isArray(data16)){const len2 = data16.length;for(let i2=0; i2<len2; i2++){let data17 = data16[i2];if(typeof data17 === "string"){if(func3(data17) < 1){const err52 = {instancePath:instancePath+"/painPoints/" + i2,schemaPath:"#/properties/painPoints/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.painPoints.items,data:data17};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}if(!pattern0.test(data17)){const err53 = {instancePath:instancePath+"/painPoints/" + i2,schemaPath:"#/properties/painPoints/items/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema11.properties.painPoints.items,data:data17};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}else {const err54 = {instancePath:instancePath+"/painPoints/" + i2,schemaPath:"#/properties/painPoints/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.painPoints.items.type,parentSchema:schema11.properties.painPoints.items,data:data17};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}}else {const err55 = {instancePath:instancePath+"/painPoints",schemaPath:"#/properties/painPoints/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.painPoints.type,parentSchema:schema11.properties.painPoints,data:data16};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}if(data.shared !== undefined){let data18 = data.shared;if(typeof data18 !== "boolean"){const err56 = {instancePath:instancePath+"/shared",schemaPath:"#/properties/shared/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.shared.type,parentSchema:schema11.properties.shared,data:data18};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}if(data.additionalInformation !== undefined){let data19 = data.additionalInformation;if(typeof data19 !== "string"){const err57 = {instancePath:instancePath+"/additionalInformation",schemaPath:"#/properties/additionalInformation/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.additionalInformation.type,parentSchema:schema11.properties.additionalInformation,data:data19};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(data.previousNames !== undefined){let data20 = data.previousNames;if(Array.isArray(data20)){const len3 = data20.length;for(let i3=0; i3<len3; i3++){let data21 = data20[i3];if(typeof data21 === "string"){if(func3(data21) < 1){const err58 = {instancePath:instancePath+"/previousNames/" + i3,schemaPath:"#/properties/previousNames/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.previousNames.items,data:data21};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}if(!pattern0.test(data21)){const err59 = {instancePath:instancePath+"/previousNames/" + i3,schemaPath:"#/properties/previousNames/items/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema11.properties.previousNames.items,data:data21};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}else {const err60 = {instancePath:instancePath+"/previousNames/" + i3,schemaPath:"#/properties/previousNames/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.previousNames.items.type,parentSchema:schema11.properties.previousNames.items,data:data21};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}}else {const err61 = {instancePath:instancePath+"/previousNames",schemaPath:"#/properties/previousNames/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.previousNames.type,parentSchema:schema11.properties.previousNames,data:data20};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}if(data.state !== undefined){let data22 = data.state;if(typeof data22 !== "string"){const err62 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.state.type,parentSchema:schema11.properties.state,data:data22};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}if(!((data22 === "present") || (data22 === "absent"))){const err63 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/enum",keyword:"enum",params:{allowedValues: schema11.properties.state.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.state.enum,parentSchema:schema11.properties.state,data:data22};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}}else {const err64 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}validate10.errors = vErrors;return errors === 0;}

;// CONCATENATED MODULE: ./src/schema/validator.ts


/** The schema as a plain object, for code that derives messages or docs from it. */
const audienceSchema = audience_schema_namespaceObject;
/**
 * Validates one document's value against the audience schema.
 * Returns every violation (empty when valid). The `if` keyword's own error is dropped:
 * it only says that a `then`/`else` branch failed, and that branch's errors are kept.
 */
function validateAudienceSchema(value) {
    if (audience_validate(value))
        return [];
    return (audience_validate.errors ?? []).filter((e) => e.keyword !== 'if');
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 99:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7997:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
exports.yo = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
exports.hR = publicApi.parseAllDocuments;
__webpack_unused_export__ = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
exports.YR = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: ./src/config/parallel.ts
var parallel = __nccwpck_require__(5375);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./src/github/runner.ts
/**
 * The GitHub Actions runner protocol, as much of it as the Action speaks: inputs from
 * `INPUT_*` variables, workflow commands on stdout (`::name key=value,…::message`), and
 * the files the runner names in `GITHUB_OUTPUT` and `GITHUB_STEP_SUMMARY`.
 *
 * Our own rather than `@actions/core`: loading that package loads its HTTP client and
 * undici (for OIDC tokens) and `@actions/exec` on every run, the validate-only run of a
 * fork's pull request included, and that load was most of the Action's cold start.
 */



/** An output that cannot be written so that the runner reads back exactly that name and value. */
class RunnerOutputError extends Error {
    output;
    name = 'RunnerOutputError';
    constructor(output, message) {
        super(message);
        this.output = output;
    }
}
/** A file the runner named could not be appended to. */
class RunnerFileError extends Error {
    variable;
    path;
    name = 'RunnerFileError';
    constructor(variable, path, options) {
        const reason = options.cause instanceof Error ? options.cause.message : String(options.cause);
        super(`could not append to $${variable} (${path}): ${reason}`, options);
        this.variable = variable;
        this.path = path;
    }
}
const OUTPUT = 'GITHUB_OUTPUT';
const SUMMARY = 'GITHUB_STEP_SUMMARY';
// The YAML 1.2 core schema's booleans: the spellings a workflow's `with:` may use.
const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);
/** `true` or `false` for a YAML 1.2 core schema boolean, `undefined` for anything else. */
function parseBoolean(value) {
    if (TRUE.has(value))
        return true;
    if (FALSE.has(value))
        return false;
    return undefined;
}
/**
 * Escapes a command's message. The runner reads a command up to the end of its line and
 * decodes these three, so a message can span lines without ending the command early.
 */
function escapeData(text) {
    return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}
/** Escapes a property value, where `:` would end the properties and `,` start another one. */
function escapeProperty(text) {
    return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
/**
 * Speaks the runner protocol over `io`.
 *
 * `GITHUB_OUTPUT` or `GITHUB_STEP_SUMMARY` naming a file that does not exist yet: it is
 * created, as the runner reads the file after the step whoever created it. Either
 * variable unset (a run outside GitHub Actions, or by hand): there is nowhere to write,
 * so the outputs or the summary are dropped and one log line per variable says so; the
 * run goes on, as nothing it decided depends on them. A named file that cannot be
 * written throws {@link RunnerFileError}: there the runner expects outputs and gets none.
 */
function createRunner(io) {
    const newDelimiter = io.delimiter ?? (() => `ghadelimiter_${(0,external_node_crypto_.randomBytes)(16).toString('hex')}`);
    const toldUnset = new Set();
    const line = (text) => io.write(`${text}${external_node_os_.EOL}`);
    const command = (name, message, properties = {}) => {
        const props = Object.entries(properties)
            .filter(([, value]) => value !== undefined)
            .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
            .join(',');
        line(`::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`);
    };
    const annotate = (kind) => (message, p = {}) => 
    // The runner's own names, in the order GitHub's documentation lists them.
    command(kind, message, {
        title: p.title,
        file: p.file,
        line: p.startLine,
        endLine: p.endLine,
        col: p.startColumn,
        endColumn: p.endColumn,
    });
    /** Appends to the file `variable` names, or says once that there is none. */
    const append = (variable, text) => {
        const path = io.env[variable];
        if (!path) {
            if (!toldUnset.has(variable)) {
                toldUnset.add(variable);
                line(`$${variable} is not set (not a GitHub Actions runner?): not written.`);
            }
            return;
        }
        try {
            (0,external_node_fs_.appendFileSync)(path, text, 'utf8');
        }
        catch (cause) {
            throw new RunnerFileError(variable, path, { cause });
        }
    };
    const getInput = (name) => (io.env[`INPUT_${name.replaceAll(' ', '_').toUpperCase()}`] ?? '').trim();
    const error = annotate('error');
    return {
        getInput,
        info: line,
        debug: (message) => command('debug', message),
        notice: annotate('notice'),
        warning: annotate('warning'),
        error,
        group: async (name, fn) => {
            command('group', name);
            try {
                return await fn();
            }
            finally {
                command('endgroup', '');
            }
        },
        setSecret: (value) => command('add-mask', value),
        setOutput: (name, value) => {
            const delimiter = newDelimiter();
            // The runner takes `name<<delimiter` for a heredoc up to the first line equal to the
            // delimiter, and `name=value` when `=` comes first: a name or value that could
            // match either would set some other output, or a cut-off value.
            if (name === '' || /[\r\n=]|<</.test(name) || name.includes(delimiter)) {
                throw new RunnerOutputError(name, `output name \`${name}\` cannot be written`);
            }
            if (value.includes(delimiter)) {
                throw new RunnerOutputError(name, `the value of output \`${name}\` contains the heredoc delimiter; refused`);
            }
            append(OUTPUT, `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`);
        },
        setFailed: (message) => {
            io.setExitCode(1);
            error(message);
        },
        appendSummary: (markdown) => append(SUMMARY, markdown),
    };
}
/** The runner of this process. */
const runner = createRunner({
    env: process.env,
    write: (text) => {
        process.stdout.write(text);
    },
    setExitCode: (code) => {
        process.exitCode = code;
    },
});

// EXTERNAL MODULE: ./src/neuroflash/api.ts
var api = __nccwpck_require__(4935);
// EXTERNAL MODULE: ./src/model.ts
var model = __nccwpck_require__(182);
;// CONCATENATED MODULE: ./src/plan/compare.ts
/**
 * How two values of a profile field are compared, cleaned and put in a canonical form.
 *
 * One module owns these rules so that the plan's diff, its fingerprint, its lines and the
 * applier's verify-before-write all agree on what "the same value" means.
 */

/** Numbers closer than this are equal: the same tolerance as the gender-sum rule. */
const NUMBER_TOLERANCE = 1e-9;
/** The list fields whose order carries no meaning: the API may reorder them. */
const SET_FIELDS = new Set(['interests', 'needs', 'painPoints']);
/** Whether a list field compares as a set. */
function isSetField(field) {
    return SET_FIELDS.has(field);
}
/**
 * Field equality as SPEC §2 defines it: `interests`, `needs` and `painPoints` as sets of
 * trimmed strings, numbers within 1e-9, strings after trimming, `genderDistribution` per
 * share within 1e-9, booleans exactly. A value that is missing (`undefined`, or `null` as
 * an API may send for an empty optional field) equals only another missing value.
 */
function sameValue(field, a, b) {
    if (isMissing(a) || isMissing(b))
        return isMissing(a) && isMissing(b);
    if (isSetField(field))
        return sameStringSet(a, b);
    if (field === 'genderDistribution')
        return sameGender(a, b);
    return sameScalar(a, b);
}
function isMissing(value) {
    return value === undefined || value === null;
}
function sameScalar(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return sameNumber(a, b);
    if (typeof a === 'string' && typeof b === 'string')
        return a.trim() === b.trim();
    if (typeof a === 'boolean' || typeof b === 'boolean')
        return a === b;
    // An unexpected shape (say, an object where a string belongs) compares structurally, so
    // a value of the wrong type is always drift and never silently equal.
    return canonicalJson(canonicalValue(a)) === canonicalJson(canonicalValue(b));
}
function sameNumber(a, b) {
    return a === b || Math.abs(a - b) <= NUMBER_TOLERANCE;
}
function sameStringSet(a, b) {
    if (!Array.isArray(a) || !Array.isArray(b))
        return sameScalar(a, b);
    const left = canonicalSet(a);
    const right = canonicalSet(b);
    return left.length === right.length && left.every((item, i) => item === right[i]);
}
/**
 * Only the four shares the schema defines are compared: a file can never declare another
 * key, so counting an extra remote key as drift would make that audience differ forever.
 */
function sameGender(a, b) {
    if (!isPlainObject(a) || !isPlainObject(b))
        return sameScalar(a, b);
    return model/* GENDER_KEYS */.bn.every((key) => {
        const x = a[key];
        const y = b[key];
        if (typeof x === 'number' && typeof y === 'number')
            return sameNumber(x, y);
        return x === y;
    });
}
/** The items of a set field, trimmed, deduplicated and sorted. */
function canonicalSet(items) {
    const keys = items.map((item) => typeof item === 'string' ? item.trim() : canonicalJson(canonicalValue(item)));
    return [...new Set(keys)].sort(compareText);
}
/**
 * A value as it is sent to the API: strings trimmed, at any depth. Returns a fresh copy,
 * so a plan never shares arrays or objects with its inputs.
 */
function cleanValue(value) {
    if (typeof value === 'string')
        return value.trim();
    if (Array.isArray(value))
        return value.map(cleanValue);
    if (isPlainObject(value)) {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanValue(v)]));
    }
    return value;
}
/**
 * The value's meaning, with everything that does not change it removed: strings trimmed,
 * set fields sorted and deduplicated, numbers rounded to 1e-9, object keys sorted, a
 * missing value as `undefined`. Equal values under {@link sameValue} mostly map to equal
 * canonical forms (numbers either side of a rounding boundary are the rare exception).
 */
function canonicalFieldValue(field, value) {
    if (isMissing(value))
        return undefined;
    if (isSetField(field) && Array.isArray(value))
        return canonicalSet(value);
    return canonicalValue(value);
}
function canonicalValue(value) {
    if (isMissing(value))
        return undefined;
    if (typeof value === 'string')
        return value.trim();
    if (typeof value === 'number')
        return roundNumber(value);
    if (Array.isArray(value))
        return value.map(canonicalValue);
    if (isPlainObject(value)) {
        const keys = Object.keys(value).sort(compareText);
        return Object.fromEntries(keys.map((k) => [k, canonicalValue(value[k])]));
    }
    return value;
}
function roundNumber(n) {
    if (!Number.isFinite(n))
        return n;
    // Nine decimals is the 1e-9 tolerance: 0.30000000000000004 and 0.3 print alike, and
    // `+ 0` turns -0 into 0.
    return Number(n.toFixed(9)) + 0;
}
/**
 * JSON with object keys sorted at every depth; `undefined` members are left out, as
 * `JSON.stringify` does. The same value always gives the same text.
 */
function canonicalJson(value) {
    return JSON.stringify(sortKeys(value)) ?? 'null';
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map((item) => (item === undefined ? null : sortKeys(item)));
    if (isPlainObject(value)) {
        const keys = Object.keys(value).sort(compareText);
        return Object.fromEntries(keys.map((k) => [k, sortKeys(value[k])]));
    }
    return value;
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * A total, locale-independent order on strings (by UTF-16 code units), so that a plan
 * sorts the same on every machine whatever its locale.
 */
function compareText(a, b) {
    if (a === b)
        return 0;
    return a < b ? -1 : 1;
}

;// CONCATENATED MODULE: ./src/apply/errors.ts
/** Errors the applier throws before it writes anything. */
/**
 * The plan deletes more audiences than the delete guard allows. The caller should have
 * stopped before applying; the applier refuses again so that no path can skip the guard.
 */
class GuardTrippedError extends Error {
    deletes;
    maxDeletes;
    name = 'GuardTrippedError';
    constructor(deletes, maxDeletes) {
        super(`refusing to apply: the plan deletes ${deletes} audiences, more than max-deletes (${maxDeletes}); nothing was written`);
        this.deletes = deletes;
        this.maxDeletes = maxDeletes;
    }
}
/** A change of the plan lacks what its kind needs (an id, a body): the plan was not built by the planner. */
class InvalidChangeError extends Error {
    name = 'InvalidChangeError';
}

;// CONCATENATED MODULE: ./src/apply/pool.ts
/**
 * Runs `task` on every item with at most `limit` tasks in flight. Items start in their
 * order, each as soon as a worker is free, so n items take about ceil(n / limit) rounds.
 * Results come back in item order. `task` must not reject: a rejection would end the
 * pool's promise while other tasks still run, so callers turn failures into values.
 */
async function runPool(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            // Taking the index before the await is what keeps two workers off one item.
            const index = next;
            next += 1;
            results[index] = await task(items[index], index);
        }
    };
    const workers = Math.max(1, Math.min(limit, items.length));
    await Promise.all(Array.from({ length: workers }, worker));
    return results;
}

;// CONCATENATED MODULE: ./src/apply/apply.ts




/** The error of a change skipped because its audience changed after the plan. */
const CHANGED_SINCE_PLAN = 'changed in neuroflash since the plan; re-run to re-plan';
/** The error of an update skipped because its audience was deleted after the plan. */
const DELETED_SINCE_PLAN = 'deleted in neuroflash since the plan';
/** The note on a delete that found the audience already gone: it counts as done. */
const ALREADY_DELETED = 'already deleted in neuroflash (404); nothing to do';
/**
 * Applies the plan's changes and returns one result per change, in plan order.
 *
 * - Throws {@link GuardTrippedError} before any call if the plan's delete guard is tripped,
 *   or if its deletes exceed `maxDeletes` with nothing lifting the guard (a plan edited
 *   after planning cannot slip past it).
 * - Changes start in plan order through one pool of `concurrency`; creates start only
 *   after every rename has settled, so no name is ever held twice during the run.
 * - Every change is tried, whatever happens to the others. A failure keeps the API's own
 *   message and the HTTP status. `ok` is true only if every change is `done`.
 * - A delete that finds the audience already gone (404) is `done`, with a note in `error`.
 * - With `verifyBeforeWrite`, each PUT or DELETE is preceded by a re-read, and skipped as
 *   a `conflict` if the audience changed since the plan.
 */
async function applyPlan(plan, api, options) {
    assertGuard(plan);
    if (!Number.isInteger(options.concurrency) || options.concurrency < 1) {
        throw new RangeError(`concurrency must be an integer of at least 1, got ${options.concurrency}`);
    }
    const total = plan.changes.length;
    let finished = 0;
    const run = async (change) => {
        const result = await applyChange(change, api, options.verifyBeforeWrite === true);
        finished += 1;
        try {
            options.onProgress?.(finished, total, result);
        }
        catch {
            // Deliberately ignored: see ApplyOptions.onProgress.
        }
        return result;
    };
    // One pool, renames queued first and the rest in plan order, so n changes take about
    // ceil(n / concurrency) round trips. Only creates wait for every rename to settle: a
    // create is the one write that could take a name a rename is still giving up. (Renames
    // are queued first even in a hand-made plan, so a waiting create can never hold the
    // last free worker while a rename waits behind it.)
    const order = plan.changes
        .map((change, index) => ({ change, index }))
        .sort((a, b) => Number(b.change.kind === 'rename') - Number(a.change.kind === 'rename'));
    const renames = order.filter((c) => c.change.kind === 'rename').length;
    let renamesSettled = 0;
    let releaseCreates = () => { };
    const renamesDone = renames === 0 ? Promise.resolve() : new Promise((resolve) => (releaseCreates = resolve));
    const results = new Array(order.length);
    await runPool(order, options.concurrency, async ({ change, index }) => {
        if (change.kind === 'create')
            await renamesDone;
        results[index] = await run(change);
        if (change.kind === 'rename' && ++renamesSettled === renames)
            releaseCreates();
    });
    return { results, ok: results.every((r) => r.status === 'done') };
}
function assertGuard(plan) {
    const deletes = plan.changes.filter((c) => c.kind === 'delete').length;
    const lifted = plan.guard.liftedBy !== undefined && plan.guard.liftedBy !== '';
    if (plan.guard.tripped || (deletes > plan.guard.maxDeletes && !lifted)) {
        throw new GuardTrippedError(deletes, plan.guard.maxDeletes);
    }
}
/** Carries out one change; never throws, so one failure cannot stop the others. */
async function applyChange(change, api, verifyBeforeWrite) {
    try {
        if (change.kind === 'create') {
            const created = await api.createAudience(bodyOf(change));
            return { change, status: 'done', id: created.id };
        }
        const id = idOf(change);
        if (verifyBeforeWrite) {
            const stale = await verify(change, id, api);
            if (stale)
                return stale;
        }
        if (change.kind === 'delete')
            return await deleteOne(change, id, api);
        await api.updateAudience(id, bodyOf(change));
        return { change, status: 'done', id };
    }
    catch (error) {
        return failed(change, error);
    }
}
async function deleteOne(change, id, api) {
    try {
        await api.deleteAudience(id);
        return { change, status: 'done', id };
    }
    catch (error) {
        if (isNotFound(error))
            return alreadyDeleted(change, id);
        throw error;
    }
}
/**
 * Re-reads the audience and returns a conflict result if it is no longer what the plan
 * saw: another `updatedAt`, or a field whose value is no longer the plan's `before`.
 * Returns undefined when the write may go ahead.
 */
async function verify(change, id, api) {
    let fresh;
    try {
        fresh = await api.getAudience(id);
    }
    catch (error) {
        if (!isNotFound(error))
            throw error;
        // The goal of a delete is already reached; anything else has nothing left to write to.
        if (change.kind === 'delete')
            return alreadyDeleted(change, id);
        return { change, status: 'conflict', error: DELETED_SINCE_PLAN, httpStatus: 404, id };
    }
    const touched = change.remoteUpdatedAt !== undefined && fresh.updatedAt !== change.remoteUpdatedAt;
    const drifted = change.fieldChanges.some((fc) => !sameValue(fc.field, fc.before, fc.field === 'name' ? fresh.name : fresh.raw[fc.field]));
    if (touched || drifted)
        return { change, status: 'conflict', error: CHANGED_SINCE_PLAN, id };
    return undefined;
}
function alreadyDeleted(change, id) {
    return { change, status: 'done', error: ALREADY_DELETED, httpStatus: 404, id };
}
function failed(change, error) {
    const id = change.id === undefined ? {} : { id: change.id };
    if (error instanceof api/* ApiError */.hD) {
        const status = error.status === undefined ? {} : { httpStatus: error.status };
        return { change, status: 'failed', error: error.apiMessage ?? error.message, ...status, ...id };
    }
    return {
        change,
        status: 'failed',
        error: error instanceof Error ? error.message : String(error),
        ...id,
    };
}
function isNotFound(error) {
    return error instanceof api/* ApiError */.hD && error.status === 404;
}
function idOf(change) {
    if (change.id === undefined || change.id === '') {
        throw new InvalidChangeError(`invalid plan: the ${change.kind} of '${change.name}' has no id`);
    }
    return change.id;
}
function bodyOf(change) {
    if (change.body === undefined) {
        throw new InvalidChangeError(`invalid plan: the ${change.kind} of '${change.name}' has no body`);
    }
    return change.body;
}

;// CONCATENATED MODULE: ./src/apply/index.ts
/** The applier: runs a given plan through the API seam with bounded concurrency. */




// EXTERNAL MODULE: ./src/config/discover.ts + 5 modules
var discover = __nccwpck_require__(289);
// EXTERNAL MODULE: ./src/config/format.ts
var format = __nccwpck_require__(4604);
// EXTERNAL MODULE: ./src/config/load.ts
var config_load = __nccwpck_require__(1036);
// EXTERNAL MODULE: ./src/config/rules.ts + 1 modules
var rules = __nccwpck_require__(6493);
;// CONCATENATED MODULE: ./src/config/index.ts
/** The audience files: discovery, parsing with positions, validation and printing. */





;// CONCATENATED MODULE: ./src/constants.ts
/**
 * The Action's names in one place: its inputs and outputs (fixed by SPEC §4 and
 * `action.yml`), the events it reacts to, and the hidden marker of its PR comment.
 */
/** Input names, exactly as `action.yml` declares them. */
const Inputs = {
    Command: 'command',
    ClientId: 'client-id',
    ClientSecret: 'client-secret',
    Workspace: 'workspace',
    Path: 'path',
    DryRun: 'dry-run',
    Prune: 'prune',
    Ignore: 'ignore',
    MaxDeletes: 'max-deletes',
    Concurrency: 'concurrency',
    Comment: 'comment',
    CommentOn: 'comment-on',
    FailOnDrift: 'fail-on-drift',
    DriftIssue: 'drift-issue',
    AllowApplyOnPr: 'allow-apply-on-pr',
    OnPlanChange: 'on-plan-change',
    VerifyBeforeWrite: 'verify-before-write',
    AllowDeletesLabel: 'allow-deletes-label',
    GitHubToken: 'github-token',
    ApiUrl: 'api-url',
    TokenUrl: 'token-url',
};
/**
 * The defaults of `action.yml`. The runner fills them in before the Action starts; they
 * are repeated here so that a run without them (a local `node dist/index.js`, a test)
 * behaves the same. A test keeps the two lists equal.
 */
const InputDefaults = {
    command: 'sync',
    'client-id': '',
    'client-secret': '',
    workspace: '',
    path: 'audiences',
    'dry-run': 'true',
    prune: 'false',
    ignore: '',
    'max-deletes': '10',
    concurrency: '4',
    comment: 'true',
    'comment-on': 'always',
    'fail-on-drift': 'false',
    'drift-issue': 'false',
    'allow-apply-on-pr': 'false',
    'on-plan-change': 'fail',
    'verify-before-write': 'false',
    'allow-deletes-label': 'audience-sync/allow-deletes',
    // The runner substitutes `${{ github.token }}`; outside a runner there is no token.
    'github-token': '',
    'api-url': 'https://app.neuroflash.com/api',
    'token-url': 'https://id.neuroflash.com/oauth/v2/token',
};
/** Output names, exactly as `action.yml` declares them. */
const Outputs = {
    HasChanges: 'has-changes',
    Creates: 'creates',
    Updates: 'updates',
    Deletes: 'deletes',
    Renames: 'renames',
    Blocked: 'blocked',
    Plan: 'plan',
    PlanFingerprint: 'plan-fingerprint',
    FailureReason: 'failure-reason',
    CommentUrl: 'comment-url',
};
/** The events whose runs plan a pull request (and may comment on it). */
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
/**
 * Every event that is about a pull request that is not merged yet, so that an apply on it
 * would write unmerged changes: the plan events, and the review events. An
 * `issue_comment` belongs here too when its issue is a pull request, which only the
 * payload tells (see `src/github/context.ts`). None of them comment: SPEC §4 puts the plan
 * comment on `pull_request` runs.
 */
const UNMERGED_EVENTS = [
    ...PULL_REQUEST_EVENTS,
    'pull_request_review',
    'pull_request_review_comment',
];
/** The events of drift checks: the only ones on which `drift-issue` acts. */
const DRIFT_EVENTS = ['schedule', 'workflow_dispatch'];
/** The label every drift issue carries; with the issue's hidden marker, it finds the issue again. */
const DRIFT_LABEL = 'audience-sync/drift';
/**
 * The start of the hidden marker that opens every plan comment. The full marker is
 * `<!-- audience-sync:plan key=<key> fingerprint=<fp> sha=<sha> -->`; see
 * `src/github/marker.ts`.
 */
const MARKER_PREFIX = '<!-- audience-sync:plan';
/**
 * The start of the second hidden line of a plan comment, which carries the plan's lines
 * (`planLines`), so that the apply after the merge can show what differs from them:
 * `<!-- audience-sync:lines data=<base64 of gzip of JSON> -->`, or, for a plan too large
 * to carry, `<!-- audience-sync:lines omitted=too-large count=<n> -->`.
 */
const LINES_MARKER_PREFIX = '<!-- audience-sync:lines';
/**
 * The most characters the encoded plan lines may take in a comment. A larger plan's lines
 * are left out (the marker says so): they would crowd the comment's 65,536 characters.
 */
const MAX_ENCODED_LINES = 16_000;
/**
 * The start of the hidden marker that opens the drift issue's body:
 * `<!-- audience-sync:drift key=<key> fingerprint=<fp> -->`.
 */
const DRIFT_MARKER_PREFIX = '<!-- audience-sync:drift';

;// CONCATENATED MODULE: ./src/plan/fingerprint.ts
/**
 * The plan's meaning in canonical form, and its hash.
 *
 * Only what a reviewer approves goes in: each write's kind, target, names and field values,
 * plus what is blocked and what conflicts. Source locations, no-op counts, timestamps, the
 * PUT body, reasons' wording and the guard (a label may lift it between the PR and the
 * merge) stay out, so the same plan hashes alike on the PR and after the merge.
 */


/**
 * The plan's meaning with every incidental difference removed: names and strings trimmed,
 * string sets sorted, numbers rounded to 1e-9, field changes by field, and each list in
 * a fixed order that does not depend on the order of the inputs.
 */
function canonicalPlan(plan) {
    return {
        changes: sortByJson(plan.changes.map(canonicalChange)),
        blocked: sortByJson(plan.blocked.map(canonicalBlocked)),
        conflicts: sortByJson(plan.conflicts.map(canonicalConflict)),
    };
}
/**
 * The plan's fingerprint: the first 16 hex digits of the SHA-256 of its canonical JSON.
 * The same changes and values give the same fingerprint whatever the order of the files,
 * of the remote list, or of the items of a list field.
 */
function fingerprintPlan(plan) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update(canonicalJson(canonicalPlan(plan)))
        .digest('hex')
        .slice(0, 16);
}
/** A change in canonical form. */
function canonicalChange(change) {
    return {
        kind: change.kind,
        ...optional('id', change.id),
        name: change.name.trim(),
        ...optional('fromName', change.fromName?.trim()),
        ...optional('deleteReason', change.deleteReason),
        fieldChanges: canonicalFieldChanges(change.fieldChanges),
    };
}
/** A blocked change in canonical form: its kind says what it would have been. */
function canonicalBlocked(blocked) {
    return {
        kind: `blocked-${blocked.action}`,
        id: blocked.id,
        name: blocked.name.trim(),
        ...optional('fromName', blocked.fromName?.trim()),
        fieldChanges: canonicalFieldChanges(blocked.fieldChanges),
    };
}
function canonicalConflict(conflict) {
    return { name: conflict.name.trim(), ids: [...conflict.ids].sort(compareText) };
}
function canonicalFieldChanges(changes) {
    return changes
        .map((fc) => ({
        field: fc.field,
        ...optional('before', canonicalFieldValue(fc.field, fc.before)),
        ...optional('after', canonicalFieldValue(fc.field, fc.after)),
    }))
        .sort((a, b) => compareText(a.field, b.field));
}
function optional(key, value) {
    return (value === undefined ? {} : { [key]: value });
}
function sortByJson(items) {
    return items
        .map((item) => ({ item, key: canonicalJson(item) }))
        .sort((a, b) => compareText(a.key, b.key))
        .map(({ item }) => item);
}

;// CONCATENATED MODULE: ./src/plan/glob.ts
/**
 * Name globs for the `ignore` input. An audience name is not a path, so these are not
 * path globs:
 *
 * - `*` matches any run of characters, `/` included; `?` matches exactly one character;
 * - `[abc]`, `[a-z]` and `[!abc]` (or `[^abc]`) match one character of a class;
 * - `\` makes the next character literal;
 * - every other character is literal, `(`, `)`, `{`, `}`, `!`, `+`, `@` and `|` included;
 * - a glob matches the whole name, case-sensitively, like names are matched.
 *
 * picomatch was the first choice, but it is a path matcher and misreads names in ways that
 * matter here, where an ignore that silently fails to match lets prune delete: even in bash
 * mode `* (old)` does not match `Foo (old)` (parentheses become a regex group), `[!x]*` does
 * not match `ab`, and `*` refuses `.`/`..` segments such as `a/../b`.
 */
/** A predicate that says whether a name matches any of the globs (trimmed; blank ones dropped). */
function nameMatcher(globs) {
    const patterns = globs
        .map((glob) => glob.trim())
        .filter((glob) => glob !== '')
        .map(globToRegExp);
    return (name) => patterns.some((pattern) => pattern.test(name));
}
/** The anchored regular expression of one name glob. */
function globToRegExp(glob) {
    const chars = Array.from(glob);
    let source = '';
    let i = 0;
    while (i < chars.length) {
        const ch = chars[i];
        if (ch === '*') {
            source += '[\\s\\S]*';
            // Consecutive stars mean the same as one; collapsing them keeps the regex linear.
            while (chars[i + 1] === '*')
                i += 1;
        }
        else if (ch === '?') {
            source += '[\\s\\S]';
        }
        else if (ch === '\\' && i + 1 < chars.length) {
            i += 1;
            source += literal(chars[i]);
        }
        else if (ch === '[') {
            const parsed = parseClass(chars, i);
            if (parsed) {
                source += parsed.source;
                i = parsed.end;
            }
            else {
                // An unclosed bracket is an ordinary character, as in the shell.
                source += literal(ch);
            }
        }
        else {
            source += literal(ch);
        }
        i += 1;
    }
    return new RegExp(`^${source}$`, 'u');
}
/** Parses `[...]` starting at `start`; returns the regex class and the index of `]`. */
function parseClass(chars, start) {
    let i = start + 1;
    let negate = false;
    if (chars[i] === '!' || chars[i] === '^') {
        negate = true;
        i += 1;
    }
    const members = [];
    let first = true;
    while (i < chars.length) {
        const ch = chars[i];
        // A `]` right after the opening bracket is a member, as in the shell.
        if (ch === ']' && !first) {
            if (members.length === 0) {
                // Only reversed ranges: the class is empty, so it matches no character.
                return { source: negate ? '[\\s\\S]' : '(?!)', end: i };
            }
            return { source: `[${negate ? '^' : ''}${members.join('')}]`, end: i };
        }
        first = false;
        const from = ch === '\\' && i + 1 < chars.length ? chars[++i] : ch;
        if (chars[i + 1] === '-' && i + 2 < chars.length && chars[i + 2] !== ']') {
            const raw = chars[i + 2];
            const to = raw === '\\' && i + 3 < chars.length ? chars[i + 3] : raw;
            i += raw === '\\' ? 4 : 3;
            // A reversed range would make the RegExp constructor throw; it matches nothing instead.
            if ((from.codePointAt(0) ?? 0) <= (to.codePointAt(0) ?? 0)) {
                members.push(`${codePoint(from)}-${codePoint(to)}`);
            }
            continue;
        }
        members.push(codePoint(from));
        i += 1;
    }
    return undefined;
}
function literal(ch) {
    return /[A-Za-z0-9 ]/.test(ch) ? ch : codePoint(ch);
}
/** A character as a `\u{…}` escape: valid anywhere in a `u` regex, in or out of a class. */
function codePoint(ch) {
    return `\\u{${(ch.codePointAt(0) ?? 0).toString(16)}}`;
}

;// CONCATENATED MODULE: ./src/plan/build.ts
/**
 * The planner: a pure function from (desired, remote, options) to a {@link Plan}.
 *
 * Each desired audience is planned on its own into outcomes (a change, a blocked change,
 * conflicts, or a no-op); prune then looks at the remote audiences no file declares. The
 * outcomes are sorted, counted and guarded here, and nothing is ever hidden: a tripped
 * guard only marks the plan.
 */




/** The reason of a prune candidate that prune may not delete. */
const KEPT_REASON = 'owned by someone else';
const KIND_ORDER = { rename: 0, update: 1, create: 2, delete: 3 };
/**
 * Plans the writes that make the remote audiences equal to the desired ones (SPEC §2).
 *
 * - Names match after trimming, case-sensitively; a name held by several remote audiences
 *   is a conflict and left alone.
 * - Only declared fields are compared; an update's body is the remote profile overlaid
 *   with them, so an omitted optional field keeps its remote value.
 * - A remote audience found under one of `previousNames` is renamed (never deleted and
 *   recreated), unless the new name exists too or the old names are ambiguous.
 * - Writes the remote `permissions` forbid are `blocked`; prune candidates the account
 *   may not delete are `kept`.
 * - The delete guard trips when deletes exceed `maxDeletes` and nothing lifted it; the
 *   plan is complete either way.
 *
 * No-ops count the desired audiences that need nothing (in sync, or absent and already
 * gone). Remote audiences no file declares are not counted: without prune, or when an
 * `ignore` glob matches, they are simply not managed.
 */
function buildPlan(desired, remote, options, context = {}) {
    const index = indexByName(remote);
    const scope = { index, names: new Set(desired.map((d) => d.name.trim())) };
    const claims = renameClaims(desired, scope);
    const outcomes = desired.flatMap((d) => d.state === 'absent' ? planAbsent(d, index) : planPresent(d, scope, claims));
    const pruned = options.prune
        ? planPrune(desired, remote, options.ignore)
        : { outcomes: [], kept: [] };
    const all = [...outcomes, ...pruned.outcomes];
    const changes = all
        .flatMap((o) => (o.type === 'change' ? [o.change] : []))
        .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        compareText(a.name, b.name) ||
        compareText(a.id ?? '', b.id ?? ''));
    const blocked = all
        .flatMap((o) => (o.type === 'blocked' ? [o.blocked] : []))
        .sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id));
    const conflicts = all
        .flatMap((o) => (o.type === 'conflict' ? [o.conflict] : []))
        .sort((a, b) => compareText(a.name, b.name) || compareText(a.ids.join(), b.ids.join()));
    const kept = [...pruned.kept].sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id));
    const count = (kind) => changes.filter((c) => c.kind === kind).length;
    const deletes = count('delete');
    const unsigned = {
        schemaVersion: 1,
        changes,
        blocked,
        conflicts,
        kept,
        counts: {
            creates: count('create'),
            updates: count('update'),
            renames: count('rename'),
            deletes,
            blocked: blocked.length,
            conflicts: conflicts.length,
            noops: all.filter((o) => o.type === 'noop').length,
        },
        guard: deleteGuard(deletes, options.maxDeletes, context.guardLiftedBy),
    };
    return { ...unsigned, fingerprint: fingerprintPlan(unsigned) };
}
/**
 * The guard's verdict. `liftedBy` is recorded only when it mattered (deletes above the
 * maximum), so a report never claims a guard was lifted that was never in the way.
 */
function deleteGuard(deletes, maxDeletes, liftedBy) {
    const over = deletes > maxDeletes;
    const lifted = over && liftedBy !== undefined && liftedBy !== '';
    return {
        maxDeletes,
        deletes,
        tripped: over && !lifted,
        ...(lifted ? { liftedBy } : {}),
    };
}
function indexByName(remote) {
    const index = new Map();
    for (const audience of remote) {
        const key = audience.name.trim();
        index.set(key, [...(index.get(key) ?? []), audience]);
    }
    return index;
}
/** The remote audiences under `name`, which the caller has trimmed. */
function lookup(index, name) {
    return index.get(name) ?? [];
}
/**
 * The previous names of `d` that exist remotely, each with its audiences. A previous name
 * that some file declares as its `name` is skipped: that audience belongs to that file, so
 * renaming it too would write one audience twice (or rename one the file deletes). The
 * loader rejects such files; this keeps the planner safe on its own.
 */
function previousMatches(d, scope) {
    const names = [...new Set(d.previousNames.map((n) => n.trim()))].filter((n) => n !== '' && !scope.names.has(n));
    return names
        .map((name) => ({ name, audiences: lookup(scope.index, name) }))
        .filter((m) => m.audiences.length > 0);
}
/** The remote audience a desired one would be renamed from, if exactly one qualifies. */
function renameSource(d, scope) {
    if (d.state !== 'present' || lookup(scope.index, d.name.trim()).length > 0)
        return undefined;
    const candidates = previousMatches(d, scope).flatMap((m) => m.audiences);
    return candidates.length === 1 ? candidates[0] : undefined;
}
function renameClaims(desired, scope) {
    const claims = new Map();
    for (const d of desired) {
        const source = renameSource(d, scope);
        if (source)
            claims.set(source.id, [...(claims.get(source.id) ?? []), d.name.trim()]);
    }
    return claims;
}
function planPresent(d, scope, claims) {
    const name = d.name.trim();
    const own = lookup(scope.index, name);
    const previous = previousMatches(d, scope);
    if (own.length > 0) {
        // The new name exists, so the old ones cannot be renamed onto it; each is reported
        // and left for the user to resolve, never pruned and never merged.
        const stale = previous.map((m) => ({
            type: 'conflict',
            conflict: conflict(m.name, m.audiences, `both '${name}' and its previous name '${m.name}' exist; delete '${m.name}' with state: absent, or drop it from previousNames`, d),
        }));
        const [only, ...extra] = own;
        if (only === undefined || extra.length > 0)
            return [duplicateConflict(name, own, d), ...stale];
        return [updateOrNoop(d, only, undefined), ...stale];
    }
    const candidates = previous.flatMap((m) => m.audiences);
    const [source, ...others] = candidates;
    if (source === undefined)
        return [create(d)];
    if (others.length > 0) {
        const found = candidates.map((r) => `'${r.name}' (${r.id})`).join(', ');
        return [
            {
                type: 'conflict',
                conflict: conflict(name, candidates, `the previous names of '${name}' match ${candidates.length} audiences in neuroflash: ${found}; the sync never picks one: delete or rename the extra ones in neuroflash, or shorten previousNames`, d),
            },
        ];
    }
    const claimants = claims.get(source.id) ?? [];
    if (claimants.length > 1) {
        return [
            {
                type: 'conflict',
                conflict: conflict(name, [source], `'${source.name}' is a previous name of several audiences (${claimants.map((c) => `'${c}'`).join(', ')}); keep it in the previousNames of one only`, d),
            },
        ];
    }
    return [updateOrNoop(d, source, source.name)];
}
function planAbsent(d, index) {
    const name = d.name.trim();
    const own = lookup(index, name);
    const [only, ...extra] = own;
    if (only === undefined)
        return [{ type: 'noop' }];
    if (extra.length > 0)
        return [duplicateConflict(name, own, d)];
    if (!only.permissions.canDelete) {
        return [
            {
                type: 'blocked',
                blocked: {
                    kind: 'blocked',
                    action: 'delete',
                    name: only.name,
                    id: only.id,
                    fieldChanges: [],
                    reason: 'owned by another user; only the creator may delete it',
                    source: d.source,
                },
            },
        ];
    }
    return [
        {
            type: 'change',
            change: {
                kind: 'delete',
                name: only.name,
                id: only.id,
                fieldChanges: [],
                deleteReason: 'absent',
                ...updatedAt(only),
                source: d.source,
            },
        },
    ];
}
/** Deletes (or keeps) every remote audience that no file declares and no glob ignores. */
function planPrune(desired, remote, ignore) {
    // Previous names count as declared: an old name is never pruned, even when its rename
    // could not happen (a conflict), because it is evidently still wanted.
    const declared = new Set(desired.flatMap((d) => [d.name.trim(), ...d.previousNames.map((n) => n.trim())]));
    const ignored = nameMatcher(ignore);
    const candidates = remote.filter((r) => {
        const name = r.name.trim();
        return !declared.has(name) && !ignored(name);
    });
    return {
        outcomes: candidates
            .filter((r) => r.permissions.canDelete)
            .map((r) => ({
            type: 'change',
            change: {
                kind: 'delete',
                name: r.name,
                id: r.id,
                fieldChanges: [],
                deleteReason: 'prune',
                ...updatedAt(r),
            },
        })),
        kept: candidates
            .filter((r) => !r.permissions.canDelete)
            .map((r) => ({ name: r.name, id: r.id, reason: KEPT_REASON })),
    };
}
/** An update (or, with `fromName`, a rename) of `r` to what `d` declares, if anything differs. */
function updateOrNoop(d, r, fromName) {
    const name = d.name.trim();
    const renamed = fromName === undefined ? [] : [{ field: 'name', before: r.name, after: name }];
    const fieldChanges = [...renamed, ...managedDiffs(d, r)];
    if (fieldChanges.length === 0)
        return { type: 'noop' };
    const kind = fromName === undefined ? 'update' : 'rename';
    if (!r.permissions.canUpdate) {
        return {
            type: 'blocked',
            blocked: {
                kind: 'blocked',
                action: kind,
                name,
                id: r.id,
                ...(fromName === undefined ? {} : { fromName }),
                fieldChanges,
                reason: 'owned by another user; only the creator may update it',
                source: d.source,
            },
        };
    }
    return {
        type: 'change',
        change: {
            kind,
            name,
            id: r.id,
            ...(fromName === undefined ? {} : { fromName }),
            fieldChanges,
            body: updateBody(d, r, fromName === undefined ? r.name : name),
            ...updatedAt(r),
            source: d.source,
        },
    };
}
function create(d) {
    const body = createBody(d);
    const fieldChanges = model/* PROFILE_FIELDS */.sA.filter((f) => body[f] !== undefined).map((field) => ({ field, before: undefined, after: cleanValue(body[field]) }));
    return {
        type: 'change',
        change: { kind: 'create', name: body.name, fieldChanges, body, source: d.source },
    };
}
/** The declared fields (except `name`, which matching already settled) that differ. */
function managedDiffs(d, r) {
    return model/* PROFILE_FIELDS */.sA.filter((field) => field !== 'name' && d.fields[field] !== undefined)
        .filter((field) => !sameValue(field, r.raw[field], d.fields[field]))
        .map((field) => ({
        field,
        before: structuredClone(r.raw[field]),
        after: cleanValue(d.fields[field]),
    }));
}
/** The declared fields, trimmed: the complete profile of a create. */
function createBody(d) {
    const body = {};
    for (const field of model/* PROFILE_FIELDS */.sA) {
        const value = d.fields[field];
        if (value !== undefined)
            body[field] = cleanValue(value);
    }
    body.name = d.name.trim();
    // The loader guarantees the required fields of a present audience.
    return body;
}
/**
 * The resource fields that the API documents as read-only: a PUT body leaves them out.
 * (It would do no harm to send them, the API ignores them, but they are not ours to send.)
 */
const READ_ONLY_FIELDS = new Set([
    'id',
    'workspaceId',
    'createdAt',
    'updatedAt',
    'viewedAt',
    'createdByUserId',
    'ownerCustomerId',
    'permissions',
    'newPermissions',
]);
/**
 * The remote resource as the API returned it, read-only fields left out, overlaid with
 * the declared fields. PUT replaces the whole profile, so carrying the remote's values
 * is what keeps an undeclared field from being wiped, and that includes fields this
 * version does not know: the API adds fields without notice (`additionalInformation`
 * came that way), and the API's own example PUTs back the whole object it read.
 * `name` is the one to write: the remote's own spelling, unless the change renames (names
 * match trimmed, and a file cannot spell `Foo `, so a PUT must not quietly trim it).
 */
function updateBody(d, r, name) {
    const body = {};
    for (const [field, value] of Object.entries(r.raw)) {
        // `__proto__` from JSON is an own key; assigning it would set the body's prototype.
        if (READ_ONLY_FIELDS.has(field) || field === '__proto__')
            continue;
        if (value !== undefined && value !== null) {
            body[field] = structuredClone(value);
        }
    }
    for (const field of model/* PROFILE_FIELDS */.sA) {
        const declared = d.fields[field];
        if (declared !== undefined)
            body[field] = cleanValue(declared);
    }
    body.name = name;
    return body;
}
function duplicateConflict(name, audiences, d) {
    return {
        type: 'conflict',
        conflict: conflict(name, audiences, `${audiences.length} audiences in neuroflash are named '${name}'; the sync never picks one: delete or rename the extra ones in neuroflash`, d),
    };
}
function conflict(name, audiences, reason, d) {
    const ids = audiences.map((a) => a.id).sort(compareText);
    return { name, ids, reason, source: d.source };
}
function updatedAt(r) {
    return r.updatedAt === undefined ? {} : { remoteUpdatedAt: r.updatedAt };
}

;// CONCATENATED MODULE: ./src/plan/lines.ts
/**
 * The plan as stable one-line statements, so that a later run can say exactly what differs
 * between the plan a reviewer approved and a fresh one, not just that the fingerprints do.
 *
 * A line carries what the fingerprint hashes, in the same canonical values, so two plans
 * with one fingerprint have the same lines and any difference in fingerprint shows up as
 * a differing line. Prefixes: `>` rename, `~` update, `+` create, `-` delete, `!` blocked,
 * `?` conflict. Remote ids are shown in brackets, so two audiences of one name stay apart.
 */



/**
 * The plan's meaning as stable, human-readable lines, one per change, blocked change and
 * conflict, in plan order; e.g. `~ Marketing leaders [3f2a…]: maxAge 45 → 50`.
 */
function planLines(plan) {
    return [
        ...plan.changes.map((change) => changeLine(canonicalChange(change))),
        ...plan.blocked.map((blocked) => changeLine(canonicalBlocked(blocked))),
        ...plan.conflicts.map((c) => `? ${c.name.trim()}: conflict between ${[...c.ids].sort(compareText).join(', ')}`),
    ];
}
/**
 * What differs between two sets of plan lines, as multisets: the lines only in the
 * reviewed set (`removed`) and those only in the fresh one (`added`), each in its own order.
 */
function diffPlanLines(reviewed, fresh) {
    return { removed: without(reviewed, fresh), added: without(fresh, reviewed) };
}
/** The items of `from` left after taking away one occurrence per item of `other`. */
function without(from, other) {
    const available = new Map();
    for (const line of other)
        available.set(line, (available.get(line) ?? 0) + 1);
    return from.filter((line) => {
        const left = available.get(line) ?? 0;
        if (left === 0)
            return true;
        available.set(line, left - 1);
        return false;
    });
}
function changeLine(c) {
    const target = c.id === undefined ? '' : ` [${c.id}]`;
    const subject = c.fromName === undefined ? c.name : `${c.fromName} → ${c.name}`;
    // A rename's head already shows the name change.
    const fields = inProfileOrder(c.fieldChanges).filter((fc) => !(c.fromName !== undefined && fc.field === 'name'));
    switch (c.kind) {
        case 'create':
            return withFields(`+ ${subject}`, fields.filter((fc) => fc.field !== 'name').map(assignment));
        case 'update':
            return withFields(`~ ${subject}${target}`, fields.map(transition));
        case 'rename':
            return withFields(`> ${subject}${target}`, fields.map(transition));
        case 'delete':
            return `- ${subject}${target} (${c.deleteReason === 'prune' ? 'prune' : 'state: absent'})`;
        default:
            return withFields(`! ${subject}${target} ${c.kind.replace('-', ' ')}`, fields.map(transition));
    }
}
function withFields(head, parts) {
    return parts.length === 0 ? head : `${head}: ${parts.join('; ')}`;
}
function assignment(fc) {
    return `${fc.field} ${show(fc.after)}`;
}
function transition(fc) {
    return `${fc.field} ${show(fc.before)} → ${show(fc.after)}`;
}
function show(value) {
    return value === undefined ? '(unset)' : canonicalJson(value);
}
function inProfileOrder(changes) {
    const rank = (field) => {
        const i = model/* PROFILE_FIELDS */.sA.indexOf(field);
        return i === -1 ? model/* PROFILE_FIELDS */.sA.length : i;
    };
    return [...changes].sort((a, b) => rank(a.field) - rank(b.field));
}

;// CONCATENATED MODULE: ./src/plan/index.ts
/**
 * The planner: pure functions from desired and remote audiences to a {@link Plan}, its
 * fingerprint and its lines. Nothing here does I/O.
 */






;// CONCATENATED MODULE: ./src/engine.ts

/**
 * Opens the client and resolves the workspace. The HTTP client is imported here, on the
 * paths that need it, so that a validate-only run never loads it.
 */
async function connect(settings) {
    const { createNeuroflashClient } = await Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(320)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9320));
    const api = createNeuroflashClient({
        apiUrl: settings.apiUrl,
        tokenUrl: settings.tokenUrl,
        clientId: settings.clientId,
        clientSecret: settings.clientSecret,
        onSecret: settings.onSecret,
        log: settings.log,
        retry: settings.retry,
    });
    try {
        const workspace = await api.resolveWorkspace(settings.workspace || undefined);
        return { api, workspace, audiences: api.audiences(workspace.id) };
    }
    catch (error) {
        await api.close();
        throw error;
    }
}
/** True when any problem is an error: then nothing may be written. */
function hasErrors(load) {
    return load.problems.some((p) => p.severity === 'error');
}
/** Reads the remote list and plans against the desired audiences. */
async function planAgainst(desired, audiences, options, context) {
    const remote = await audiences.listAudiences();
    return { plan: buildPlan(desired, remote, options, context), remote };
}

;// CONCATENATED MODULE: ./src/github/annotations.ts

/**
 * Emits one annotation per problem: an error annotation for errors, a warning for
 * warnings. GitHub shows only the first 10 of each per step, which is why the comment
 * and the summary list them all too. The runner module escapes the message and the
 * properties, so a problem's text or file name cannot break out of its annotation.
 */
function annotateProblems(problems, sinks = runner) {
    for (const p of problems) {
        const properties = {
            title: `audience-sync ${p.rule}`,
            file: p.file,
            startLine: p.line,
            startColumn: p.column,
        };
        if (p.severity === 'error')
            sinks.error(p.message, properties);
        else
            sinks.warning(p.message, properties);
    }
}

// EXTERNAL MODULE: ./src/github/api.ts
var github_api = __nccwpck_require__(8943);
;// CONCATENATED MODULE: ./src/github/context.ts
/**
 * What the runner tells the Action about this run: the event, the repository, the pull
 * request, the commit and the run's URL. Read from the environment and the event payload
 * directly, without `@actions/github`, so that a validate-only run never loads Octokit.
 */


/** Reads the run's context from a runner-like environment. Never throws. */
function readRunContext(env, cwd = process.cwd()) {
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const { payload, problem } = readPayload(env.GITHUB_EVENT_PATH);
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const server = env.GITHUB_SERVER_URL?.replace(/\/+$/, '');
    return {
        eventName,
        repo: owner && repo ? { owner, repo } : undefined,
        pullRequest: PULL_REQUEST_EVENTS.includes(eventName) ? pullRequestOf(payload) : undefined,
        onPullRequest: UNMERGED_EVENTS.includes(eventName) ||
            (eventName === 'issue_comment' && field(field(payload, 'issue'), 'pull_request') != null),
        sha: env.GITHUB_SHA || undefined,
        runUrl: server && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
            ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
            : undefined,
        workspaceDir: env.GITHUB_WORKSPACE || cwd,
        payloadProblem: problem,
    };
}
/** The commit a plan is made at: a PR's head (not the merge commit `GITHUB_SHA` names), else `GITHUB_SHA`. */
function plannedSha(context) {
    return context.pullRequest?.headSha ?? context.sha;
}
function readPayload(path) {
    if (!path)
        return { payload: {} };
    try {
        return { payload: JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8')) };
    }
    catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        return { payload: {}, problem: `could not read the event payload ${path}: ${why}` };
    }
}
function pullRequestOf(payload) {
    const pr = field(payload, 'pull_request');
    const number = field(pr, 'number');
    if (typeof number !== 'number')
        return undefined;
    const headSha = field(field(pr, 'head'), 'sha');
    const labels = field(pr, 'labels');
    return {
        number,
        headSha: typeof headSha === 'string' ? headSha : undefined,
        labels: Array.isArray(labels)
            ? labels.map((l) => field(l, 'name')).filter((n) => typeof n === 'string')
            : [],
    };
}
function field(value, key) {
    return typeof value === 'object' && value !== null
        ? value[key]
        : undefined;
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
;// CONCATENATED MODULE: ./src/github/marker.ts
/**
 * The hidden markers of audience-sync's GitHub texts. A plan comment opens with two lines:
 *
 *     <!-- audience-sync:plan key=<key> fingerprint=<fp> sha=<sha> -->
 *     <!-- audience-sync:lines data=<base64 of gzip of JSON> -->
 *
 * A run that failed before it could plan writes `fingerprint=none` and adds
 * `failed=<reason>`, so the apply after the merge can tell it from a validate-only run.
 *
 * The key tells one (workspace, path) apart from another, so a matrix over several
 * workspaces keeps one comment each. The fingerprint and the sha record what was
 * reviewed and where, and the lines what it said, for a later "apply what was reviewed".
 * The drift issue opens with `<!-- audience-sync:drift key=<key> fingerprint=<fp> -->`.
 * Writers and parsers live together so the formats cannot drift apart.
 */



/** Stands for an absent value, so that every field is always present and positional parsing is never needed. */
const NONE = 'none';
const VALUE = /^[A-Za-z0-9._-]+$/;
/**
 * The key of a (workspace, path) pair. Derived from the inputs as written, not from a
 * resolved workspace id, so that a run without credentials (which resolves nothing)
 * edits the same comment as one with them. Hashed, so no input can break the HTML
 * comment (`-->`) or the `key=value` syntax.
 */
function markerKey(workspace, paths) {
    const canonical = JSON.stringify([workspace.trim(), paths.map((p) => p.trim())]);
    return (0,external_node_crypto_.createHash)('sha256').update(canonical).digest('hex').slice(0, 16);
}
/** Writes the marker line. Values outside `[A-Za-z0-9._-]` are refused, as they could not be parsed back. */
function formatMarker(marker) {
    const pairs = [
        ['key', marker.key],
        ['fingerprint', marker.fingerprint],
        ['sha', marker.sha],
    ];
    // Written only when set, so the marker of every other run reads as before.
    if (marker.failed !== undefined)
        pairs.push(['failed', marker.failed]);
    return formatPairs(MARKER_PREFIX, pairs);
}
/**
 * Reads the marker at the very start of a comment body; `undefined` when the body does
 * not start with one. Only the start counts, so a comment that quotes ours is not ours.
 * Unknown `name=value` pairs are skipped, so a later writer may add fields.
 */
function parseMarker(body) {
    const pairs = parsePairs(MARKER_PREFIX, body);
    const key = pairs && value(pairs, 'key');
    if (!pairs || !key)
        return undefined;
    const marker = {
        key,
        fingerprint: value(pairs, 'fingerprint'),
        sha: value(pairs, 'sha'),
    };
    const failed = value(pairs, 'failed');
    return failed ? { ...marker, failed } : marker;
}
// A real plan's lines decode to far less; the cap stops a crafted comment from
// inflating into gigabytes (a gzip bomb).
const MAX_DECODED_BYTES = 8 * 1024 * 1024;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
/**
 * The second hidden line of a plan comment: the plan's lines as base64 of gzip of JSON,
 * or, when that takes more than {@link MAX_ENCODED_LINES} characters, a note that they
 * were left out and how many there were. Base64 cannot contain `-->`, so no line can end
 * the HTML comment early.
 */
function formatLinesMarker(lines) {
    const data = (0,external_node_zlib_.gzipSync)(Buffer.from(JSON.stringify(lines), 'utf8'), { level: 9 }).toString('base64');
    if (data.length <= MAX_ENCODED_LINES)
        return `${LINES_MARKER_PREFIX} data=${data} -->`;
    return `${LINES_MARKER_PREFIX} omitted=too-large count=${lines.length} -->`;
}
/**
 * The two hidden lines that open a plan comment: the marker and, when a plan was made,
 * its lines. `renderMarkdown` takes them as its `marker` and counts them in the limit.
 */
function formatCommentHead(marker, lines) {
    const head = formatMarker(marker);
    return lines === undefined ? head : `${head}\n${formatLinesMarker(lines)}`;
}
/**
 * The plan lines a comment recorded, read from the line right after its opening marker
 * (nowhere else, so quoted text cannot pose as them).
 */
function parseLinesMarker(body) {
    const first = body.startsWith(`${MARKER_PREFIX} `) ? body.indexOf('-->') : -1;
    const start = first + '-->'.length + 1;
    if (first < 0 || body[start - 1] !== '\n')
        return { kind: 'not-recorded' };
    const pairs = parsePairs(LINES_MARKER_PREFIX, body.slice(start));
    if (!pairs)
        return { kind: 'not-recorded' };
    if (pairs.get('omitted') === 'too-large') {
        const count = Number(pairs.get('count'));
        return Number.isSafeInteger(count) && count >= 0
            ? { kind: 'too-large', count }
            : { kind: 'too-large' };
    }
    const data = pairs.get('data');
    if (!data || data.length > MAX_ENCODED_LINES || !BASE64.test(data)) {
        return { kind: 'not-recorded' };
    }
    try {
        const json = (0,external_node_zlib_.gunzipSync)(Buffer.from(data, 'base64'), { maxOutputLength: MAX_DECODED_BYTES });
        const lines = JSON.parse(json.toString('utf8'));
        if (Array.isArray(lines) && lines.every((l) => typeof l === 'string')) {
            return { kind: 'lines', lines };
        }
    }
    catch {
        // Not gzip, over the cap, or not JSON: treated like a comment without lines.
    }
    return { kind: 'not-recorded' };
}
/** Writes the drift issue's marker line. */
function formatDriftMarker(marker) {
    return formatPairs(DRIFT_MARKER_PREFIX, [
        ['key', marker.key],
        ['fingerprint', marker.fingerprint],
    ]);
}
/** Reads the marker at the very start of an issue body, as {@link parseMarker} does. */
function parseDriftMarker(body) {
    const pairs = parsePairs(DRIFT_MARKER_PREFIX, body);
    const key = pairs && value(pairs, 'key');
    if (!pairs || !key)
        return undefined;
    return { key, fingerprint: value(pairs, 'fingerprint') };
}
/** `<prefix> a=1 b=none -->`; an absent value is written as `none`. */
function formatPairs(prefix, pairs) {
    const words = pairs.map(([name, v]) => {
        if (v === undefined || v === '')
            return `${name}=${NONE}`;
        if (!VALUE.test(v) || v === NONE)
            throw new Error(`marker ${name} has an unusable value: ${v}`);
        return `${name}=${v}`;
    });
    return `${prefix} ${words.join(' ')} -->`;
}
/** The `name=value` pairs of the HTML comment that `text` starts with, if it starts with `prefix`. */
function parsePairs(prefix, text) {
    if (!text.startsWith(`${prefix} `))
        return undefined;
    const end = text.indexOf('-->');
    if (end < 0)
        return undefined;
    const pairs = new Map();
    for (const word of text.slice(prefix.length, end).trim().split(/\s+/)) {
        const eq = word.indexOf('=');
        if (eq > 0)
            pairs.set(word.slice(0, eq), word.slice(eq + 1));
    }
    return pairs;
}
/** A plain marker value, or undefined when absent, `none` or malformed. */
function value(pairs, name) {
    const v = pairs.get(name);
    return v && v !== NONE && VALUE.test(v) ? v : undefined;
}

;// CONCATENATED MODULE: ./src/github/run-link.ts
/**
 * Telling whether a text that audience-sync keeps on GitHub (the plan comment, the drift
 * issue) would really change. Every run renders a link to itself, so two runs that found
 * the same plan render bodies that differ only in that link; editing for it would make
 * an edit on every run, the comment's "edited" history noise, and the apply rate limit
 * pay for nothing. The kept body goes on linking the older run, which showed the same.
 */
/** A markdown link target that is a workflow run: `](https://…/actions/runs/123…)`. */
const RUN_LINK = /\]\(https?:\/\/[^\s()]+\/actions\/runs\/\d+[^\s()]*\)/g;
/**
 * True when `a` and `b` are equal once every markdown link to a workflow run is set
 * aside. The hidden markers (key, fingerprint, commit, plan lines) hold no links, so any
 * change of plan or commit still makes the bodies differ.
 */
function sameButRunLinks(a, b) {
    return a === b || withoutRunLinks(a) === withoutRunLinks(b);
}
function withoutRunLinks(text) {
    return text.replace(RUN_LINK, '](run)');
}

;// CONCATENATED MODULE: ./src/github/drift-issue.ts


/**
 * Brings the drift issue of `request.key` in line with the check's result.
 *
 * - Drift and an open issue: the description is edited when it differs (edits notify
 *   nobody), and a short comment is added only when the drift itself changed (its
 *   fingerprint), so watchers hear about news, not about every check.
 * - Drift and no open issue: the most recent closed one is reopened, so one workspace's
 *   drift history stays in one thread; only a key never seen before opens a new issue.
 * - No drift: the open issue gets a comment with the run's link and is closed.
 */
async function syncDriftIssue(api, request) {
    const { key, label, drift } = request;
    const mine = (issues) => issues.filter((i) => parseDriftMarker(i.body)?.key === key);
    const [open, ...copies] = mine(await api.listIssues({ label, state: 'open' })).sort((a, b) => a.number - b.number);
    const when = asOf(request.runUrl);
    if (!drift) {
        if (!open)
            return { closedDuplicates: 0 };
        for (const issue of [open, ...copies]) {
            await api.createComment(issue.number, `The workspace matches the files again as of ${when}.`);
            await api.updateIssue(issue.number, { state: 'closed' });
        }
        return { action: 'closed', issue: open, closedDuplicates: copies.length };
    }
    if (open) {
        for (const copy of copies) {
            await api.createComment(copy.number, `Closed as a duplicate of #${open.number}, which tracks this drift (two drift checks ran at once).`);
            await api.updateIssue(copy.number, { state: 'closed' });
        }
        if (sameButRunLinks(open.body, drift.body) && open.title === drift.title) {
            return { action: 'unchanged', issue: open, closedDuplicates: copies.length };
        }
        const issue = await api.updateIssue(open.number, { title: drift.title, body: drift.body });
        if (parseDriftMarker(open.body)?.fingerprint !== drift.fingerprint) {
            await api.createComment(open.number, `The drift changed as of ${when}; the description shows it now.`);
        }
        return { action: 'updated', issue, closedDuplicates: copies.length };
    }
    const [latest] = mine(await api.listIssues({ label, state: 'closed' })).sort((a, b) => b.number - a.number);
    if (latest) {
        const issue = await api.updateIssue(latest.number, {
            state: 'open',
            title: drift.title,
            body: drift.body,
        });
        await api.createComment(latest.number, `The drift is back as of ${when}; the description shows it now.`);
        return { action: 'reopened', issue, closedDuplicates: 0 };
    }
    const issue = await api.createIssue({ title: drift.title, body: drift.body, labels: [label] });
    return { action: 'created', issue, closedDuplicates: 0 };
}
/** The run's link as GitHub autolinks it, or words when the run has no URL. */
function asOf(runUrl) {
    return runUrl && /^https?:\/\/[^\s<>()[\]]+$/.test(runUrl) ? runUrl : 'the latest drift check';
}

;// CONCATENATED MODULE: ./src/github/log.ts
/**
 * Writing text that comes from users or from neuroflash (audience names, values) to the
 * Action's log. The runner reads every stdout line that starts with `::` (or `##[`) as
 * a workflow command, so a name with a newline and `::add-mask::…` or
 * `::set-output …` in it could steer the run. Such text is written between
 * `::stop-commands::` and its end token, GitHub's documented way to print untrusted text.
 */


const COMMAND_LINE = /^\s*(::|##\[)/m;
/** True when some line of `text` would be read as a workflow command. */
function looksLikeCommand(text) {
    return COMMAND_LINE.test(text.replace(/\r\n?/g, '\n'));
}
/**
 * Logs `text` so that no line of it can act as a workflow command. Text without such a
 * line is logged as is, to keep the log plain.
 */
function infoUntrusted(text, write = runner.info) {
    if (!looksLikeCommand(text)) {
        write(text);
        return;
    }
    // Unguessable, so the text cannot contain the end token and resume commands itself.
    const token = (0,external_node_crypto_.randomBytes)(16).toString('hex');
    write(`::stop-commands::${token}`);
    write(text);
    write(`::${token}::`);
}

;// CONCATENATED MODULE: ./src/github/trust.ts

/** The comments on `issueNumber` whose marker carries `key`, split into ours and imitations. */
async function markerComments(api, issueNumber, key) {
    const marked = (await api.listComments(issueNumber))
        .filter((c) => parseMarker(c.body)?.key === key)
        .sort((a, b) => a.id - b.id);
    // Asked only when a user's comment carries the marker: with a personal token, that
    // user is us; with an Actions token, nobody but the bot is.
    const viewer = marked.some((c) => !c.author.bot) ? await api.viewerLogin() : undefined;
    const trusted = (c) => c.author.bot || c.author.login === viewer;
    return { ours: marked.filter(trusted), imitations: marked.filter((c) => !trusted(c)) };
}

;// CONCATENATED MODULE: ./src/github/review.ts



/**
 * The pull request merged as `sha`: merged, with `sha` as its merge commit. A pull
 * request whose head is `sha` but that was not merged as it (or not merged at all) does
 * not count: its review and labels are about another commit.
 */
function mergedPullOf(pulls, sha) {
    return pulls.find((p) => p.merged && p.mergeCommitSha === sha);
}
/**
 * Reads the plan comment of `key` on pull request `number`. When racing runs left
 * several, the oldest counts, as it is the one the sticky comment keeps.
 */
async function readReviewedPlan(api, number, key) {
    // Only our own comments: an imitation must not decide what "reviewed" means.
    const [comment] = (await markerComments(api, number, key)).ours;
    if (!comment)
        return { kind: 'no-comment' };
    const marker = parseMarker(comment.body);
    if (!marker?.fingerprint && marker?.failed) {
        return { kind: 'failed', comment, reason: marker.failed, sha: marker.sha };
    }
    if (!marker?.fingerprint)
        return { kind: 'no-fingerprint', comment };
    return {
        kind: 'reviewed',
        comment,
        fingerprint: marker.fingerprint,
        sha: marker.sha,
        lines: parseLinesMarker(comment.body),
    };
}
/**
 * The fresh plan against a pull request whose last run failed before it could plan: no
 * plan was reviewed, so every line of the fresh plan is new to the reviewers.
 */
function unreviewedPlan(failure, fresh, action) {
    return {
        reviewedFingerprint: 'none',
        freshFingerprint: fresh.fingerprint,
        action,
        reviewedFailure: failure,
        ...diffPlanLines([], planLines(fresh)),
    };
}
/**
 * How the fresh plan differs from the reviewed one, or `undefined` when the fingerprints
 * agree. The fingerprint covers the plan's meaning, so it decides; the lines only show
 * the difference, and are left empty when the comment did not keep the reviewed ones.
 */
function comparePlans(reviewed, fresh, action) {
    if (reviewed.fingerprint === fresh.fingerprint)
        return undefined;
    const change = {
        reviewedFingerprint: reviewed.fingerprint,
        freshFingerprint: fresh.fingerprint,
        action,
    };
    if (reviewed.lines.kind !== 'lines') {
        return { ...change, removed: [], added: [], reviewedLines: reviewed.lines.kind };
    }
    return { ...change, ...diffPlanLines(reviewed.lines.lines, planLines(fresh)) };
}

;// CONCATENATED MODULE: ./src/github/sticky.ts
/**
 * The one plan comment per (workspace, path) on a pull request: found by its marker
 * key, edited in place on later runs, never left twice.
 */




/**
 * Creates or edits the comment whose marker carries `key`. `body` must start with that
 * marker. Searches every page of comments.
 *
 * Two runs may race: both find no comment and both create one. So after a create the
 * comments are read again, the oldest copy is kept and the others deleted, and if the
 * kept one is another run's, this run's body goes into it. Whichever run creates last
 * sees every copy on that second read, so the race always ends with one comment.
 */
async function upsertStickyComment(api, issueNumber, key, body, options = {}) {
    if (parseMarker(body)?.key !== key) {
        throw new Error(`the comment body must start with the marker of key ${key}`);
    }
    const { ours, imitations } = await markerComments(api, issueNumber, key);
    const [existing, ...duplicates] = ours;
    if (!existing) {
        if (options.createIfMissing === false)
            return undefined;
        const created = await api.createComment(issueNumber, body);
        const [oldest, ...copies] = (await markerComments(api, issueNumber, key)).ours;
        const removed = await removeAll(api, copies);
        if (!oldest || oldest.id === created.id) {
            return { comment: created, action: 'created', removedDuplicates: removed, imitations };
        }
        // Another run's copy is older: it stays, and carries this run's plan from now on.
        return { ...(await settle(api, oldest, body, options, removed)), imitations };
    }
    return {
        ...(await settle(api, existing, body, options, await removeAll(api, duplicates))),
        imitations,
    };
}
/** Brings the kept comment to `body`, unless it is already there or newer. */
async function settle(api, keep, body, options, removedDuplicates) {
    if (options.keepSha !== undefined && parseMarker(keep.body)?.sha === options.keepSha) {
        return { comment: keep, action: 'kept', removedDuplicates };
    }
    if (sameButRunLinks(keep.body, body)) {
        return { comment: keep, action: 'unchanged', removedDuplicates };
    }
    const comment = await api.updateComment(keep.id, body);
    return { comment, action: 'updated', removedDuplicates };
}
/**
 * Deletes the copies; one that is already gone (the other racing run deleted it first)
 * counts as removed.
 */
async function removeAll(api, copies) {
    for (const copy of copies) {
        try {
            await api.deleteComment(copy.id);
        }
        catch (error) {
            if (!(error instanceof github_api/* GitHubError */.y && error.status === 404))
                throw error;
        }
    }
    return copies.length;
}

;// CONCATENATED MODULE: ./src/inputs.ts
/**
 * The one place that reads the Action's inputs. Every input is validated and its default
 * resolved here, into one typed object; a wrong value fails with a message that names
 * the input and the value, before anything touches the network.
 */


/** An input has a value the Action cannot use. */
class InputError extends Error {
    input;
    name = 'InputError';
    constructor(input, message) {
        super(message);
        this.input = input;
    }
}
const MAX_CONCURRENCY = 32;
/**
 * Reads, validates and resolves every input. `client-secret` and `github-token` are
 * handed to `setSecret` before anything else is read, so no later message can print
 * them. Throws an {@link InputError} naming the input and the value at the first wrong
 * value.
 */
function getInputs(source = runner) {
    const read = (name) => {
        const value = source.getInput(name).trim();
        return value === '' ? InputDefaults[name] : value;
    };
    // Masked first: a later validation error must not be able to echo them.
    const clientSecret = read(Inputs.ClientSecret);
    if (clientSecret)
        source.setSecret(clientSecret);
    const githubToken = read(Inputs.GitHubToken);
    if (githubToken)
        source.setSecret(githubToken);
    const clientId = read(Inputs.ClientId);
    if (Boolean(clientId) !== Boolean(clientSecret)) {
        const [set, missing] = clientId
            ? [Inputs.ClientId, Inputs.ClientSecret]
            : [Inputs.ClientSecret, Inputs.ClientId];
        throw new InputError(missing, `inputs \`${Inputs.ClientId}\` and \`${Inputs.ClientSecret}\` go together: \`${set}\` is set but \`${missing}\` is empty. Set both, or neither to validate the files only`);
    }
    const paths = lines(read(Inputs.Path));
    if (paths.length === 0) {
        throw new InputError(Inputs.Path, `input \`${Inputs.Path}\` must name at least one folder, file or glob`);
    }
    return {
        command: oneOf(Inputs.Command, read(Inputs.Command), ['sync', 'export']),
        credentials: clientId ? { clientId, clientSecret } : undefined,
        workspace: read(Inputs.Workspace),
        paths,
        dryRun: bool(Inputs.DryRun, read(Inputs.DryRun)),
        prune: bool(Inputs.Prune, read(Inputs.Prune)),
        ignore: lines(read(Inputs.Ignore)),
        maxDeletes: wholeNumber(Inputs.MaxDeletes, read(Inputs.MaxDeletes), 0),
        concurrency: wholeNumber(Inputs.Concurrency, read(Inputs.Concurrency), 1, MAX_CONCURRENCY),
        comment: bool(Inputs.Comment, read(Inputs.Comment)),
        commentOn: oneOf(Inputs.CommentOn, read(Inputs.CommentOn), ['always', 'changes']),
        failOnDrift: bool(Inputs.FailOnDrift, read(Inputs.FailOnDrift)),
        driftIssue: bool(Inputs.DriftIssue, read(Inputs.DriftIssue)),
        allowApplyOnPr: bool(Inputs.AllowApplyOnPr, read(Inputs.AllowApplyOnPr)),
        onPlanChange: oneOf(Inputs.OnPlanChange, read(Inputs.OnPlanChange), ['fail', 'warn']),
        verifyBeforeWrite: bool(Inputs.VerifyBeforeWrite, read(Inputs.VerifyBeforeWrite)),
        allowDeletesLabel: read(Inputs.AllowDeletesLabel),
        githubToken,
        apiUrl: httpUrl(Inputs.ApiUrl, read(Inputs.ApiUrl)),
        tokenUrl: httpUrl(Inputs.TokenUrl, read(Inputs.TokenUrl)),
    };
}
/**
 * Refuses input combinations that depend on the event. Applying on a pull request (its
 * own events, its reviews, or a comment on it) would write unmerged, unreviewed changes,
 * which is almost never meant: it takes `allow-apply-on-pr` to do it.
 *
 * @param onPullRequest whether the run is about an unmerged pull request; by default
 *   judged from the event name alone, which cannot tell an `issue_comment` on a pull
 *   request from one on an issue (`RunContext.onPullRequest` can).
 */
function checkInputsForEvent(inputs, eventName, onPullRequest = UNMERGED_EVENTS.includes(eventName)) {
    if (inputs.command === 'sync' && !inputs.dryRun && onPullRequest && !inputs.allowApplyOnPr) {
        const where = eventName === 'issue_comment'
            ? 'an `issue_comment` event on a pull request'
            : `a \`${eventName}\` event`;
        throw new InputError(Inputs.DryRun, `input \`${Inputs.DryRun}: false\` on ${where} would apply unmerged changes; refused. Apply after the merge (on push), or set \`${Inputs.AllowApplyOnPr}: true\` if this is really meant`);
    }
}
/**
 * Inputs that this event ignores, as warnings: the run goes on, but the workflow's author
 * should know the input had no effect. `drift-issue` acts only on the dry runs of drift
 * checks (`schedule`, `workflow_dispatch`); elsewhere an issue could be opened from a
 * pull request's unmerged files, or closed by an apply that only repaired the drift.
 */
function inputWarningsForEvent(inputs, eventName) {
    if (inputs.command !== 'sync' || !inputs.driftIssue)
        return [];
    if (!DRIFT_EVENTS.includes(eventName)) {
        return [
            `input \`${Inputs.DriftIssue}: true\` is ignored on a \`${eventName || 'local'}\` event: the drift issue is only kept by drift checks on \`schedule\` or \`workflow_dispatch\``,
        ];
    }
    if (!inputs.dryRun) {
        return [
            `input \`${Inputs.DriftIssue}: true\` is ignored with \`${Inputs.DryRun}: false\`: the drift issue is only kept by drift checks, which are dry runs`,
        ];
    }
    return [];
}
/** One entry per line; blank lines and `#` comments are skipped. */
function lines(value) {
    return value
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
}
function bool(name, value) {
    const parsed = parseBoolean(value);
    if (parsed !== undefined)
        return parsed;
    throw new InputError(name, `input \`${name}\` must be \`true\` or \`false\`, got \`${value}\``);
}
function wholeNumber(name, value, min, max) {
    const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
    if (Number.isSafeInteger(n) && n >= min && (max === undefined || n <= max))
        return n;
    const range = max === undefined ? `≥ ${min}` : `from ${min} to ${max}`;
    throw new InputError(name, `input \`${name}\` must be a whole number ${range}, got \`${value}\``);
}
function oneOf(name, value, allowed) {
    if (allowed.includes(value))
        return value;
    const choices = allowed.map((a) => `\`${a}\``).join(' or ');
    throw new InputError(name, `input \`${name}\` must be ${choices}, got \`${value}\``);
}
function httpUrl(name, value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        url = undefined;
    }
    if (url && (url.protocol === 'https:' || url.protocol === 'http:'))
        return value;
    throw new InputError(name, `input \`${name}\` must be an http(s) URL, got \`${value}\``);
}

;// CONCATENATED MODULE: ./src/report/escape.ts
/**
 * Escaping for every place a report puts text that it did not write itself: audience
 * names and values come from users (the files) and from the remote (the API), so they
 * must not break a table, inject markup, @-mention anyone or reach a terminal as
 * control sequences.
 */
/** U+200B: breaks GitHub's mention, issue-reference and autolink recognisers without showing. */
const ZWSP = '\u200B';
/** Shown in place of a line break, so a value stays on one line and the break stays visible. */
const LINE_BREAK = '↵';
/**
 * Control characters, line and paragraph separators, and the bidi overrides that can make
 * text read differently from what it is ("Trojan source"). Tab is handled on its own.
 */
const UNSAFE_CHARS = 
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
/\r\n|[\n\r\u2028\u2029]|[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
/**
 * Makes text single-line and free of control characters: line breaks become `↵`, a tab
 * a space, and any other control or bidi-override character U+FFFD, so nothing hides.
 */
function singleLine(text) {
    return text
        .replace(UNSAFE_CHARS, (ch) => {
        if (ch === '\r\n' || ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029') {
            return LINE_BREAK;
        }
        return '\uFFFD';
    })
        .replace(/\t/g, ' ');
}
/**
 * The characters that start GitHub's automatic links and notifications: `@user`,
 * `@org/team`, `#12`, `owner/repo#12`, `GH-12`, `https://…`, `www.…`. A zero-width space
 * after the trigger keeps the text readable while nothing pings or links.
 */
const AUTOLINK_TRIGGERS = '@|#(?=\\d)|\\bGH-(?=\\d)|:\\/\\/|\\bwww\\.';
const MARKDOWN_SPECIAL = new RegExp(`[\\\\\`*_~[\\]|$&<>]|${AUTOLINK_TRIGGERS}`, 'gi');
/**
 * Escapes text for inline markdown and GFM table cells: the text renders literally, cannot
 * end a table cell or row, open a code span, emphasis, link, image, math or HTML tag,
 * decode an entity, or notify anyone.
 */
function escapeMarkdown(text) {
    return singleLine(text).replace(MARKDOWN_SPECIAL, (m) => {
        switch (m) {
            case '&':
                return '&amp;';
            case '<':
                return '&lt;';
            case '>':
                return '&gt;';
            default:
                return m.length === 1 && m !== '@' && m !== '#' ? `\\${m}` : breakTrigger(m);
        }
    });
}
const HTML_SPECIAL = new RegExp(`[&<>"'\\\\\`*_~[\\]|$]|${AUTOLINK_TRIGGERS}`, 'gi');
/**
 * Escapes text for the inside of an HTML element such as `<summary>`. GitHub does not
 * parse markdown there, but it still turns `@user` and `#12` in text nodes into links.
 * Markdown punctuation becomes numeric entities too: they read the same as HTML and,
 * should a renderer parse the line as markdown after all, still form no syntax.
 */
function escapeHtml(text) {
    return singleLine(text).replace(HTML_SPECIAL, (m) => {
        switch (m) {
            case '&':
                return '&amp;';
            case '<':
                return '&lt;';
            case '>':
                return '&gt;';
            case '"':
                return '&quot;';
            default:
                return m.length === 1 && m !== '@' && m !== '#' ? `&#${m.charCodeAt(0)};` : breakTrigger(m);
        }
    });
}
function breakTrigger(trigger) {
    if (trigger === '://')
        return `:${ZWSP}//`;
    if (trigger.toLowerCase() === 'www.')
        return `${trigger.slice(0, 3)}${ZWSP}.`;
    return `${trigger}${ZWSP}`;
}
/**
 * A markdown code span holding `text` literally. The fence is one backtick longer than
 * any run inside, and padded when the text starts or ends with a backtick or a space,
 * which CommonMark would otherwise eat. Not for table cells (a `|` would split the cell).
 */
function codeSpan(text) {
    const content = singleLine(text);
    const fence = '`'.repeat(longestBacktickRun(content) + 1);
    const pad = /^[` ]|[` ]$/.test(content) ? ' ' : '';
    return `${fence}${pad}${content}${pad}${fence}`;
}
/**
 * A fenced code block of the given lines, each made single-line. The fence is longer
 * than any backtick run inside, so no line can close it early.
 */
function codeBlock(lines, info = '') {
    const body = lines.map(singleLine);
    const run = Math.max(0, ...body.map(longestBacktickRun));
    const fence = '`'.repeat(Math.max(3, run + 1));
    return [`${fence}${info}`, ...body, fence];
}
function longestBacktickRun(text) {
    let longest = 0;
    for (const run of text.match(/`+/g) ?? [])
        longest = Math.max(longest, run.length);
    return longest;
}
/**
 * Text that mixes prose and `code`, written by our own code but possibly carrying a
 * user's value (a label name, an API message): the prose is escaped, each backtick pair
 * becomes a safe code span, and an unpaired backtick is shown as one.
 */
function escapeMarkdownWithCode(text) {
    const parts = singleLine(text).split('`');
    // An even number of parts means an unpaired backtick: its tail is prose.
    const pairedEnd = parts.length % 2 === 0 ? parts.length - 1 : parts.length;
    let out = '';
    for (let i = 0; i < parts.length; i++) {
        const part = parts[i] ?? '';
        if (i % 2 === 1 && i < pairedEnd)
            out += part === '' ? '' : codeSpan(part);
        else
            out += (i % 2 === 1 ? '\\`' : '') + escapeMarkdown(part);
    }
    return out;
}
/**
 * Escapes text for a terminal: control characters (an ANSI escape included) are shown as
 * `\n`, `\x1b`, `\u202e`, so a name cannot recolour, move the cursor or rewrite lines.
 */
function escapeTerminal(text) {
    return text.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
    /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g, (ch) => {
        if (ch === '\n')
            return '\\n';
        if (ch === '\r')
            return '\\r';
        if (ch === '\t')
            return '\\t';
        const code = ch.charCodeAt(0);
        return code <= 0xff
            ? `\\x${code.toString(16).padStart(2, '0')}`
            : `\\u${code.toString(16).padStart(4, '0')}`;
    });
}
/** GitHub's limit for an issue title. */
const MAX_TITLE = 256;
/**
 * Makes text safe for an issue title: one line, no control characters, runs of spaces
 * collapsed, and at most 256 characters (cut with `…`, never inside a surrogate pair).
 */
function escapeTitle(text) {
    const flat = singleLine(text).replace(/\s+/g, ' ').trim();
    return truncateText(flat, MAX_TITLE);
}
/**
 * Cuts text to at most `max` UTF-16 code units, ending with `…` when cut, and never
 * between the two halves of a surrogate pair.
 */
function truncateText(text, max) {
    if (text.length <= max)
        return text;
    let end = Math.max(0, max - 1);
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end -= 1;
    return `${text.slice(0, end)}…`;
}
/**
 * The URL, made safe to use as a markdown link target, or undefined when it is not a
 * plain http(s) URL. Characters that could end the link or the line are percent-encoded.
 */
function safeUrl(url) {
    if (url === undefined || !/^https?:\/\/[^\s/]/i.test(url))
        return undefined;
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are encoded away
    return url.replace(/[\u0000-\u0020\u007F-\u009F()<>"'`|\\[\]{}^]/g, (ch) => Array.from(new TextEncoder().encode(ch), (b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''));
}

// EXTERNAL MODULE: ./src/report/format.ts
var report_format = __nccwpck_require__(2011);
;// CONCATENATED MODULE: ./src/report/blocks.ts


/** Caps on caller-given free text, so the parts that are never dropped stay small. */
const MAX_TEXT = 2_000;
const MAX_NOTICES = 10;
const MAX_DIFF_LINES = 50;
const MAX_PATHS = 5;
/** A GitHub alert (`> [!WARNING]`): `lines` are markdown, already escaped. */
function blocks_alert(kind, lines) {
    return `${[`> [!${kind}]`, ...lines.map((line) => (line === '' ? '>' : `> ${line}`))].join('\n')}\n\n`;
}
/** Caller-composed text with `code` parts, escaped and capped. */
function prose(text) {
    return escapeMarkdownWithCode(truncateText(text, MAX_TEXT));
}
/** A user's or the remote's text, escaped and capped. */
function plain(text) {
    return escapeMarkdown(truncateText(text, MAX_TEXT));
}
/** `[text](url)`, or the escaped text alone when the URL is not a plain http(s) URL. */
function blocks_link(text, url) {
    const safe = safeUrl(url);
    return safe === undefined ? text : `[${text}](${safe})`;
}
const FAILURE_TITLES = {
    invalid: 'The audience files are invalid',
    'guard-tripped': 'The delete guard tripped',
    'apply-failed': 'Some changes failed',
    blocked: 'Some changes are blocked',
    drift: 'The workspace has drifted from the files',
    'plan-changed': 'The plan changed since it was reviewed',
    auth: 'neuroflash refused the credentials',
    api: 'The neuroflash API failed',
};
/**
 * The banners, most severe first: failure, delete guard, plan change, stale, the
 * allow-deletes label, notices. A failure already told by its own banner (the guard, a
 * plan change) is not told twice.
 */
function banners(report) {
    const out = [];
    const { plan, failure } = report;
    const guardShown = plan?.guard.tripped === true;
    if (failure &&
        !(failure.reason === 'guard-tripped' && guardShown) &&
        !(failure.reason === 'plan-changed' && report.planChange)) {
        const title = (failure.reason && FAILURE_TITLES[failure.reason]) ?? 'The run failed';
        // An unforeseen error has no reason to name (the output `failure-reason` is empty).
        const reason = failure.reason ? ` (failure-reason ${codeSpan(failure.reason)})` : '';
        out.push(blocks_alert('CAUTION', [`**${title}**${reason}: ${prose(failure.message)}`]));
    }
    if (plan && guardShown)
        out.push(guardBanner(report, plan));
    if (report.planChange)
        out.push(planChangeBanner(report));
    if (report.stale) {
        const made = report.commitSha
            ? ` (this plan was made at ${codeSpan((0,report_format/* shortSha */.Fu)(report.commitSha))})`
            : '';
        out.push(blocks_alert('WARNING', [
            `**Stale plan:** commit ${codeSpan((0,report_format/* shortSha */.Fu)(truncateText(report.stale.latestSha, 100)))} was pushed while this plan ran${made}. The run for the newer commit will replace this report.`,
        ]));
    }
    const label = report.allowDeletesLabel;
    if (label?.present) {
        out.push(blocks_alert('NOTE', [
            `The label ${codeSpan(truncateText(label.name, 200))} is on this pull request: the delete guard is lifted for the apply of its merge commit.`,
        ]));
    }
    else if (plan?.guard.liftedBy && plan.guard.deletes > plan.guard.maxDeletes) {
        out.push(blocks_alert('NOTE', [
            `The delete guard is lifted by ${prose(plan.guard.liftedBy)}: this plan deletes ${(0,report_format/* plural */.LS)(plan.guard.deletes, 'audience')}, more than ${codeSpan('max-deletes')} (${(0,report_format/* formatCount */.B4)(plan.guard.maxDeletes)}).`,
        ]));
    }
    const notices = report.notices ?? [];
    if (notices.length > 0) {
        const shown = notices.slice(0, MAX_NOTICES).map(prose);
        if (notices.length > MAX_NOTICES)
            shown.push(`… and ${(0,report_format/* formatCount */.B4)(notices.length - MAX_NOTICES)} more notices.`);
        out.push(blocks_alert('NOTE', shown.length === 1 ? shown : shown.map((n) => `- ${n}`)));
    }
    return out;
}
function guardBanner(report, plan) {
    const { deletes, maxDeletes } = plan.guard;
    const stop = report.dryRun
        ? 'Nothing was written (dry run), and an apply of this plan would stop before its first write.'
        : 'The run stopped before its first write: nothing was written.';
    const lines = [
        `**Delete guard:** this plan deletes ${(0,report_format/* plural */.LS)(deletes, 'audience')}, more than ${codeSpan('max-deletes')} (${(0,report_format/* formatCount */.B4)(maxDeletes)}) allows. ${stop}`,
    ];
    const allow = (report.guardAllow ?? []).slice(0, MAX_NOTICES);
    if (allow.length > 0)
        lines.push('', 'To allow it:', ...allow.map((way) => `- ${prose(way)}`));
    return blocks_alert('CAUTION', lines);
}
function planChangeBanner(report) {
    const change = report.planChange;
    if (!change)
        return '';
    const then = change.action === 'fail'
        ? `The run stopped before its first write (${codeSpan('on-plan-change: fail')}).`
        : `The run goes on with the new plan (${codeSpan('on-plan-change: warn')}).`;
    const diff = [...capLines(change.removed, '- '), ...capLines(change.added, '+ ')];
    const fresh = codeSpan(truncateText(change.freshFingerprint, 100));
    const rerun = change.action === 'fail'
        ? ` Re-run the pull request's check to review the plan, or use ${codeSpan('on-plan-change: warn')} to apply it anyway.`
        : '';
    const lines = [
        change.reviewedFailure
            ? `**No plan was reviewed.** The last run on the pull request failed before it could plan (failure-reason ${codeSpan(truncateText(change.reviewedFailure, 100))}), so the plan made now (fingerprint ${fresh}) was never shown for review. ${then}${rerun}`
            : `**The plan changed since it was reviewed.** The pull request's plan has fingerprint ${codeSpan(truncateText(change.reviewedFingerprint, 100))}; the plan made now has ${fresh}. ${then}`,
    ];
    if (diff.length > 0)
        lines.push('', ...codeBlock(diff, 'diff'));
    if (change.reviewedLines) {
        lines.push('', change.reviewedLines === 'too-large'
            ? 'The reviewed plan was too large to show line by line (its comment keeps only the fingerprint), so only the fingerprints are compared.'
            : 'The reviewed plan is not recorded line by line in its comment, so only the fingerprints are compared.');
    }
    return blocks_alert(change.action === 'fail' ? 'CAUTION' : 'WARNING', lines);
}
function capLines(lines, prefix) {
    const shown = lines.slice(0, MAX_DIFF_LINES).map((line) => `${prefix}${truncateText(line, 300)}`);
    if (lines.length > MAX_DIFF_LINES) {
        shown.push(`${prefix}… and ${(0,report_format/* formatCount */.B4)(lines.length - MAX_DIFF_LINES)} more lines`);
    }
    return shown;
}
/** The validation problems, one list entry each, errors and warnings in the given order. */
function problemsSection(problems, priority) {
    return {
        kind: 'section',
        priority,
        head: `**Validation problems** (${(0,report_format/* plural */.LS)(problems.length, 'problem')}):\n\n`,
        items: problems.map((p) => `- ${p.severity === 'error' ? '❌ error' : '⚠️ warning'} ${escapeMarkdown(`${p.file}:${p.line}:${p.column}`)}: ${plain(p.message)}\n`),
        tail: '\n',
        hiddenNote: (hidden, shown) => note(hidden, shown, 'problem'),
        describeCut: (hidden, total) => `${(0,report_format/* formatCount */.B4)(hidden)} of ${(0,report_format/* plural */.LS)(total, 'problem')}`,
    };
}
/** `_… and 12 more problems not shown._` or `_12 problems not shown._` */
function note(hidden, shown, noun, after = '') {
    const words = shown > 0 ? `… and ${(0,report_format/* plural */.LS)(hidden, `more ${noun}`)}` : (0,report_format/* plural */.LS)(hidden, noun);
    return `_${words} not shown._${after}\n\n`;
}
/** The overall note of what a shortened report leaves out, and where the rest is. */
function shortenedNote(hint) {
    return {
        kind: 'note',
        render: (cuts) => blocks_alert('NOTE', [
            `**Shortened to fit GitHub's size limit.** Not shown: ${cuts.join('; ')}. ${hint}`,
        ]),
    };
}
/** Where the complete report is, for a comment or an issue: the run's job summary. */
function jobSummaryHint(report) {
    const what = report.plan ? 'plan' : 'report';
    const url = safeUrl(report.runUrl);
    return url
        ? `The complete ${what} is in the [job summary of this run](${url}).`
        : `The complete ${what} is in the job summary of this run.`;
}
/**
 * The run failed, and not for invalid files: it stopped before it could plan (or, with no
 * credentials, while validating) for a reason the failure banner gives.
 */
function failedBeforePlan(report) {
    return (report.plan === undefined &&
        report.failure !== undefined &&
        !report.problems.some((p) => p.severity === 'error'));
}
/**
 * The footer: what was read, whether anything was written, the plan's fingerprint, the
 * commit and the run.
 */
function footer(report) {
    const paragraphs = [];
    const read = [];
    if (report.mode !== 'validate') {
        const paths = report.paths.slice(0, MAX_PATHS).map((p) => codeSpan(truncateText(p, 200)));
        if (report.paths.length > MAX_PATHS)
            paths.push(`${(0,report_format/* formatCount */.B4)(report.paths.length - MAX_PATHS)} more`);
        const from = paths.length > 0 ? ` from ${paths.join(', ')}` : '';
        read.push(`Read ${(0,report_format/* plural */.LS)(report.files.length, 'file')} (${(0,report_format/* plural */.LS)(report.audienceCount, 'audience')})${from}.`);
    }
    if (report.dryRun && report.mode !== 'validate')
        read.push('Dry run: nothing was written.');
    if (read.length > 0)
        paragraphs.push(read.join(' '));
    const facts = [];
    if (report.plan)
        facts.push(`Plan fingerprint: ${codeSpan(truncateText(report.plan.fingerprint, 100))}`);
    if (report.commitSha) {
        const verb = report.plan
            ? 'planned'
            : failedBeforePlan(report)
                ? 'failed'
                : report.mode === 'validate'
                    ? 'validated'
                    : 'planned';
        facts.push(`${verb} at commit ${codeSpan((0,report_format/* shortSha */.Fu)(truncateText(report.commitSha, 100)))}`);
    }
    if (safeUrl(report.runUrl))
        facts.push(blocks_link('workflow run', report.runUrl));
    facts.push('audience-sync');
    paragraphs.push(facts.join(' · '));
    return `---\n\n${paragraphs.join('\n\n')}\n`;
}

;// CONCATENATED MODULE: ./src/report/fit.ts
/**
 * Fitting a document into a size limit by dropping whole items, never characters: a
 * document is a list of fixed blocks and sections of atomic items (a table row, a
 * `<details>` block, a list entry). When the whole does not fit, the sections with the
 * least important items give theirs up first, each says in place how many it hides,
 * and one note says what was cut overall. Because only whole items go, no table row,
 * HTML tag or `<details>` block can be left open.
 */
/** Thrown when even the fixed parts of a document exceed the limit. */
class ReportTooLargeError extends Error {
    name = 'ReportTooLargeError';
}
/**
 * Joins the parts, dropping the fewest items needed to stay below `limit`. Fixed
 * strings are always kept.
 */
function fitToLimit(parts, options) {
    const sections = parts.filter((p) => typeof p !== 'string' && p.kind === 'section');
    const full = sections.map((s) => s.items.length);
    const whole = join(parts, sections, full);
    if (options.measure(whole) < options.limit)
        return whole;
    const shown = allot(parts, sections, options);
    let out = join(parts, sections, shown);
    // The allotment measures exactly, so this loop is only a safety net should a measure
    // not add up: it gives up one more item at a time, least important first.
    while (options.measure(out) >= options.limit) {
        const victim = byPriority(sections)
            .reverse()
            .find((i) => (shown[i] ?? 0) > 0);
        if (victim === undefined) {
            throw new ReportTooLargeError(`The report's fixed parts alone take ${options.measure(out)} of a limit of ${options.limit}.`);
        }
        shown[victim] = (shown[victim] ?? 0) - 1;
        out = join(parts, sections, shown);
    }
    return out;
}
/**
 * How many items each section keeps: a prefix, filled in priority order, each item
 * taken only if the whole document, notes included, still fits. Sizes add up, so the
 * size of a candidate is computed from parts without joining the document.
 */
function allot(parts, sections, options) {
    const { measure, limit } = options;
    let fixed = 0;
    const notes = [];
    for (const part of parts) {
        if (typeof part === 'string')
            fixed += measure(part);
        else if (part.kind === 'note')
            notes.push(part);
    }
    const frames = sections.map((s) => measure(s.head) + measure(s.tail));
    const itemSizes = sections.map((s) => s.items.map(measure));
    const shown = sections.map(() => 0);
    const itemsSize = sections.map(() => 0);
    const sizeOf = () => {
        let size = fixed;
        const cuts = [];
        sections.forEach((s, i) => {
            const count = shown[i] ?? 0;
            const hidden = s.items.length - count;
            if (count > 0)
                size += (frames[i] ?? 0) + (itemsSize[i] ?? 0);
            if (hidden > 0) {
                size += measure(s.hiddenNote(hidden, count));
                cuts.push(s.describeCut(hidden, s.items.length));
            }
        });
        if (cuts.length > 0)
            for (const slot of notes)
                size += measure(slot.render(cuts));
        return size;
    };
    if (sizeOf() >= limit) {
        throw new ReportTooLargeError(`The report's fixed parts and notes alone take ${sizeOf()} of a limit of ${limit}.`);
    }
    for (const i of byPriority(sections)) {
        const sizes = itemSizes[i] ?? [];
        while ((shown[i] ?? 0) < sizes.length) {
            const k = shown[i] ?? 0;
            shown[i] = k + 1;
            itemsSize[i] = (itemsSize[i] ?? 0) + (sizes[k] ?? 0);
            if (sizeOf() < limit)
                continue;
            shown[i] = k;
            itemsSize[i] = (itemsSize[i] ?? 0) - (sizes[k] ?? 0);
            break;
        }
    }
    return shown;
}
/** Section indexes, most important first. */
function byPriority(sections) {
    return sections
        .map((s, i) => ({ priority: s.priority, i }))
        .sort((a, b) => a.priority - b.priority || a.i - b.i)
        .map(({ i }) => i);
}
function join(parts, sections, shown) {
    const cuts = [];
    sections.forEach((s, i) => {
        const hidden = s.items.length - (shown[i] ?? 0);
        if (hidden > 0)
            cuts.push(s.describeCut(hidden, s.items.length));
    });
    let out = '';
    for (const part of parts) {
        if (typeof part === 'string') {
            out += part;
        }
        else if (part.kind === 'note') {
            if (cuts.length > 0)
                out += part.render(cuts);
        }
        else {
            const count = shown[sections.indexOf(part)] ?? 0;
            const hidden = part.items.length - count;
            if (count > 0)
                out += part.head + part.items.slice(0, count).join('') + part.tail;
            if (hidden > 0)
                out += part.hiddenNote(hidden, count);
        }
    }
    return out;
}
/** Size as UTF-16 code units: never less than the characters GitHub counts. */
function codeUnits(text) {
    return text.length;
}
/** Size as UTF-8 bytes, the unit of the job summary's limit. */
function utf8Bytes(text) {
    return Buffer.byteLength(text, 'utf8');
}

;// CONCATENATED MODULE: ./src/report/markdown.ts




/** GitHub's limit for a comment body, in characters; the comment stays strictly under it. */
const COMMENT_LIMIT = 65_536;
/** The job summary's budget in UTF-8 bytes, below GitHub's 1 MiB per step. */
const SUMMARY_LIMIT = 1_000_000;
/** A long value in a field diff is shown up to this many characters. */
const MAX_DETAIL = 2_000;
/**
 * The PR comment: marker, summary line, banners, the table of changes, a collapsible
 * field diff per update or rename, blocked changes, conflicts, kept audiences, apply
 * results, validation problems and the footer. Shortened, whole items at a time, to
 * stay under `maxLength`; if even the banners do not fit, only the marker, the summary
 * line, a pointer to the rest and the footer remain.
 *
 * @throws ReportTooLargeError when not even those fit (a `maxLength` of a few hundred).
 */
function renderMarkdown(report, options = {}) {
    return renderDocument(report, {
        marker: options.marker,
        limit: options.maxLength ?? COMMENT_LIMIT,
        measure: codeUnits,
        hint: options.summaryHint ?? jobSummaryHint(report),
    });
}
/**
 * The job summary: the comment's content without the marker, within 1,000,000 UTF-8
 * bytes (GitHub allows 1 MiB per step).
 */
function renderSummary(report, options = {}) {
    return renderDocument(report, {
        limit: options.maxBytes ?? SUMMARY_LIMIT,
        measure: utf8Bytes,
        hint: options.summaryHint ??
            `This step's ${codeSpan('plan')} output, or ${codeSpan('audience-sync plan')} run locally, gives the complete plan.`,
    });
}
function renderDocument(report, options) {
    const head = options.marker ? `${options.marker}\n` : '';
    const summary = `${summaryLine(report)}\n\n`;
    const end = footer(report);
    const parts = [
        head,
        summary,
        ...banners(report),
        shortenedNote(options.hint),
        ...planSections(report, options.hint),
        problemsSection(report.problems, 0),
        end,
    ];
    const fitOptions = { limit: options.limit, measure: options.measure };
    try {
        return fitToLimit(parts, fitOptions);
    }
    catch (error) {
        if (!(error instanceof ReportTooLargeError))
            throw error;
        // Even the banners do not fit (a tiny limit): keep what identifies the report.
        const cut = blocks_alert('NOTE', [`**This report is too long to show here.** ${options.hint}`]);
        return fitToLimit([head, summary, cut, end], fitOptions);
    }
}
/** The bold first line: the plan's counts, the apply's outcome, or validation's verdict. */
function summaryLine(report) {
    const { plan, apply, workspace } = report;
    const where = workspace ? ` ${plain(workspace.name)}` : '';
    if (plan && report.mode === 'apply' && apply) {
        const outcome = apply.results.length === 0 ? (0,report_format/* noChangesSentence */.iB)(plan) : `${applyCounts(apply)}.`;
        return `**Applied${where ? ` to${where}` : ''}:** ${outcome} Plan: ${(0,report_format/* summaryCounts */.NB)(plan)}.`;
    }
    if (plan) {
        const counts = (0,report_format/* hasChanges */.ik)(plan) ? `${(0,report_format/* summaryCounts */.NB)(plan)}` : (0,report_format/* noChangesSentence */.iB)(plan);
        return `**Plan${where ? ` for${where}` : ''}:** ${counts}`;
    }
    const errors = report.problems.some((p) => p.severity === 'error');
    const read = `${(0,report_format/* plural */.LS)(report.files.length, 'file')} (${(0,report_format/* plural */.LS)(report.audienceCount, 'audience')})`;
    if (errors) {
        return `**Validation failed:** ${(0,report_format/* problemCounts */.O0)(report.problems)} in ${read}. Nothing was written.`;
    }
    if (failedBeforePlan(report)) {
        return `**No plan${where ? ` for${where}` : ''}:** the run failed before it could plan.`;
    }
    return `**Validated ${read}:** ${(0,report_format/* problemCounts */.O0)(report.problems)}`;
}
const STATUS_ORDER = {
    failed: 0,
    conflict: 1,
    skipped: 2,
    'not-run': 3,
    done: 4,
};
/** `5 done, 1 failed, 1 skipped, 1 conflict`: failures always named, zeros left out. */
function applyCounts(apply) {
    const count = (status) => apply.results.filter((r) => r.status === status).length;
    const parts = [`${(0,report_format/* formatCount */.B4)(count('done'))} done`];
    if (count('failed') > 0)
        parts.push(`${(0,report_format/* formatCount */.B4)(count('failed'))} failed`);
    if (count('skipped') > 0)
        parts.push(`${(0,report_format/* formatCount */.B4)(count('skipped'))} skipped`);
    if (count('conflict') > 0)
        parts.push((0,report_format/* plural */.LS)(count('conflict'), 'conflict'));
    return parts.join(', ');
}
/** The emoji of each kind of change in markdown. */
const KIND_SYMBOL = {
    create: '➕',
    update: '✏️',
    rename: '🔀',
    delete: '➖',
};
const STATUS_CELL = {
    done: '✅ done',
    failed: '❌ failed',
    skipped: '⏭️ skipped',
    conflict: '⚠️ conflict',
};
/** `Old → New` for a rename, else the name, escaped for a table cell. */
function audienceCell(change) {
    if (change.kind === 'rename' && change.fromName !== undefined) {
        return `${escapeMarkdown(change.fromName)} → ${escapeMarkdown(change.name)}`;
    }
    return escapeMarkdown(change.name);
}
/** What the change does, in a few words. */
function changeWords(change) {
    const fields = (0,report_format/* changedFieldNames */.tx)(change.fieldChanges, change.kind);
    switch (change.kind) {
        case 'create':
            return 'create';
        case 'update':
            return `update: ${fields.join(', ')}`;
        case 'rename':
            return fields.length > 0 ? `rename; also ${fields.join(', ')}` : 'rename';
        case 'delete':
            return change.deleteReason === 'absent'
                ? 'delete (state: absent)'
                : 'delete (pruned: no file declares it)';
    }
}
function resultWords(result) {
    if (!result)
        return '— not attempted';
    const why = result.error ? `: ${escapeMarkdown(truncateText(result.error, 500))}` : '';
    const status = result.httpStatus !== undefined ? ` (HTTP ${result.httpStatus})` : '';
    return `${STATUS_CELL[result.status]}${why}${status}`;
}
/** The key that ties a result to its change even when the applier copied the change. */
function changeKey(change) {
    return `${change.kind}\u0000${change.id ?? ''}\u0000${change.name}`;
}
/** Each change with its result, failures first after an apply, else in plan order. */
function rows(report) {
    const changes = report.plan?.changes ?? report.apply?.results.map((r) => r.change) ?? [];
    if (!report.apply)
        return changes.map((change) => ({ change }));
    const byKey = new Map(report.apply.results.map((r) => [changeKey(r.change), r]));
    const paired = changes.map((change) => ({ change, result: byKey.get(changeKey(change)) }));
    const rank = (r) => STATUS_ORDER[r?.status ?? 'not-run'];
    return paired
        .map((row, i) => ({ row, i }))
        .sort((a, b) => rank(a.row.result) - rank(b.row.result) || a.i - b.i)
        .map(({ row }) => row.result ? { change: row.change, result: row.result } : { change: row.change });
}
/** The sections that come from the plan and the apply, in document order. */
function planSections(report, hint) {
    const plan = report.plan;
    const applied = report.apply !== undefined;
    const table = rows(report);
    const noun = applied ? 'result' : 'change';
    const changeTable = {
        kind: 'section',
        priority: 2,
        head: applied
            ? '| | Audience | Change | Result |\n|---|---|---|---|\n'
            : '| | Audience | Change |\n|---|---|---|\n',
        items: table.map(({ change, result }) => {
            const cells = [
                KIND_SYMBOL[change.kind],
                audienceCell(change),
                escapeMarkdown(changeWords(change)),
            ];
            if (applied)
                cells.push(resultWords(result));
            return `| ${cells.join(' | ')} |\n`;
        }),
        tail: '\n',
        hiddenNote: (hidden, shown) => note(hidden, shown, noun, ` ${hint}`),
        describeCut: (hidden, total) => `${(0,report_format/* formatCount */.B4)(hidden)} of ${(0,report_format/* plural */.LS)(total, noun)}`,
    };
    const detailed = table.map((r) => r.change).filter(hasDetails);
    const details = {
        kind: 'section',
        priority: 5,
        head: '',
        items: detailed.map(detailsBlock),
        tail: '',
        hiddenNote: (hidden, shown) => note(hidden, shown, 'field diff'),
        describeCut: (hidden) => `the field diffs of ${(0,report_format/* plural */.LS)(hidden, 'change')}`,
    };
    const blocked = {
        kind: 'section',
        priority: 1,
        head: '**Blocked:** the remote permissions forbid these changes, so they are never attempted.\n\n',
        items: (plan?.blocked ?? []).map((b) => `- ⛔ ${blockedWords(b)}: ${plain(b.reason)}\n`),
        tail: '\n',
        hiddenNote: (hidden, shown) => note(hidden, shown, 'blocked change'),
        describeCut: (hidden, total) => `${(0,report_format/* formatCount */.B4)(hidden)} of ${(0,report_format/* plural */.LS)(total, 'blocked change')}`,
    };
    const conflicts = {
        kind: 'section',
        priority: 1,
        head: '**Conflicts:** several audiences in neuroflash have one of these names, so the name is left alone.\n\n',
        items: (plan?.conflicts ?? []).map((c) => {
            const ids = c.ids.map((id) => codeSpan(truncateText(id, 100))).join(', ');
            return `- ⚠️ ${escapeMarkdown(c.name)}: ${plain(c.reason)} (ids ${ids})\n`;
        }),
        tail: '\n',
        hiddenNote: (hidden, shown) => note(hidden, shown, 'conflict'),
        describeCut: (hidden, total) => `${(0,report_format/* formatCount */.B4)(hidden)} of ${(0,report_format/* plural */.LS)(total, 'conflict')}`,
    };
    const kept = {
        kind: 'section',
        priority: 3,
        head: '**Kept:** no file declares these audiences, but prune may not delete them.\n\n',
        items: (plan?.kept ?? []).map((k) => `- 🔒 ${escapeMarkdown(k.name)}: ${plain(k.reason)}\n`),
        tail: '\n',
        hiddenNote: (hidden, shown) => note(hidden, shown, 'kept audience'),
        describeCut: (hidden, total) => `${(0,report_format/* formatCount */.B4)(hidden)} of ${(0,report_format/* plural */.LS)(total, 'kept audience')}`,
    };
    return [changeTable, details, blocked, conflicts, kept];
}
function blockedWords(b) {
    const who = audienceCell({ kind: b.action, name: b.name, fromName: b.fromName });
    const fields = (0,report_format/* changedFieldNames */.tx)(b.fieldChanges, b.action);
    const what = fields.length > 0 && b.action !== 'delete' ? ` (${escapeMarkdown(fields.join(', '))})` : '';
    return `${b.action} ${who}${what}`;
}
function hasDetails(change) {
    return ((change.kind === 'update' || change.kind === 'rename') &&
        (0,report_format/* detailFieldChanges */.No)(change.fieldChanges, change.kind).length > 0);
}
/** A collapsed per-field diff: `<details>` and `</details>` always travel together. */
function detailsBlock(change) {
    const who = change.kind === 'rename' && change.fromName !== undefined
        ? `${change.fromName} → ${change.name}`
        : change.name;
    const fields = (0,report_format/* changedFieldNames */.tx)(change.fieldChanges, change.kind);
    const summary = `${KIND_SYMBOL[change.kind]} ${change.kind} ${escapeHtml(who)}: ${escapeHtml(fields.join(', '))}`;
    const lines = (0,report_format/* detailFieldChanges */.No)(change.fieldChanges, change.kind).map((fc) => {
        const text = (0,report_format/* describeFieldChange */.Al)(fc);
        const shown = text.length > MAX_DETAIL
            ? `${truncateText(text, MAX_DETAIL)} (${(0,report_format/* formatCount */.B4)(text.length)} characters in all)`
            : text;
        return `- **${escapeMarkdown(fc.field)}:** ${escapeMarkdown(shown)}`;
    });
    return `<details><summary>${summary}</summary>\n\n${lines.join('\n')}\n\n</details>\n\n`;
}

;// CONCATENATED MODULE: ./src/report/console.ts



const GREEN = '32';
const YELLOW = '33';
const RED = '31';
const CYAN = '36';
const MAGENTA = '35';
const DIM = '2';
const BOLD = '1';
const KIND_STYLE = {
    create: { mark: '+', colour: GREEN },
    update: { mark: '~', colour: YELLOW },
    rename: { mark: '>', colour: CYAN },
    delete: { mark: '-', colour: RED },
};
/**
 * The report as terminal text, ending with a newline. Every name and value is escaped
 * so that no control sequence from a file or the remote reaches the terminal.
 */
function renderConsole(report, options) {
    const paint = options.color
        ? (code, text) => `\x1b[${code}m${text}\x1b[0m`
        : (_code, text) => text;
    const blocks = [];
    blocks.push(header(report, paint));
    const format = options.formatProblem ?? report_format/* formatProblemText */.Gb;
    if (report.problems.length > 0) {
        blocks.push(report.problems.map((p) => paint(p.severity === 'error' ? RED : YELLOW, escapeTerminal(format(p)))));
    }
    const plan = report.plan;
    if (plan) {
        const lines = console_planLines(plan, paint);
        if (lines.length > 0)
            blocks.push(lines);
        blocks.push([(0,report_format/* hasChanges */.ik)(plan) ? `Plan: ${(0,report_format/* summaryCounts */.NB)(plan)}.` : (0,report_format/* noChangesSentence */.iB)(plan)]);
        const guard = guardLines(report, plan, paint);
        if (guard.length > 0)
            blocks.push(guard);
    }
    else if (report.mode === 'validate' || report.problems.length > 0) {
        blocks.push([
            `Validated ${(0,report_format/* plural */.LS)(report.files.length, 'file')} (${(0,report_format/* plural */.LS)(report.audienceCount, 'audience')}): ${(0,report_format/* problemCounts */.O0)(report.problems)}.`,
        ]);
    }
    const context = contextLines(report, paint);
    if (context.length > 0)
        blocks.push(context);
    if (report.apply) {
        const lines = resultLines(report, paint);
        if (lines.length > 0)
            blocks.push(lines);
        blocks.push([`Applied: ${applyCounts(report.apply)}.`]);
    }
    if (report.failure) {
        blocks.push([
            paint(RED, `Error${report.failure.reason ? ` (${report.failure.reason})` : ''}: ${escapeTerminal(report.failure.message)}`),
        ]);
    }
    return `${blocks
        .filter((lines) => lines.length > 0)
        .map((lines) => lines.join('\n'))
        .join('\n\n')}\n`;
}
function header(report, paint) {
    const lines = [];
    if (report.workspace) {
        lines.push(`Workspace: ${escapeTerminal(report.workspace.name)} (${escapeTerminal(report.workspace.id)})`);
    }
    if (report.mode !== 'validate') {
        const from = report.paths.length > 0 ? ` from ${escapeTerminal(report.paths.join(', '))}` : '';
        lines.push(`Read ${(0,report_format/* plural */.LS)(report.files.length, 'file')} (${(0,report_format/* plural */.LS)(report.audienceCount, 'audience')})${from}.`);
    }
    for (const notice of report.notices ?? [])
        lines.push(paint(BOLD, `Note: ${escapeTerminal(notice)}`));
    return lines;
}
function console_name(text) {
    return escapeTerminal(text);
}
function who(change) {
    return change.kind === 'rename' && change.fromName !== undefined
        ? `${console_name(change.fromName)} → ${console_name(change.name)}`
        : console_name(change.name);
}
function console_planLines(plan, paint) {
    const lines = [];
    for (const change of plan.changes) {
        const style = KIND_STYLE[change.kind];
        const reason = change.kind === 'delete'
            ? change.deleteReason === 'absent'
                ? '  (state: absent)'
                : '  (pruned)'
            : '';
        lines.push(`${paint(style.colour, `${style.mark} ${change.kind}`)}  ${who(change)}${reason}`);
        if (change.kind === 'update' || change.kind === 'rename') {
            for (const fc of (0,report_format/* detailFieldChanges */.No)(change.fieldChanges, change.kind)) {
                lines.push(`    ${fc.field}: ${escapeTerminal((0,report_format/* describeFieldChange */.Al)(fc))}`);
            }
        }
    }
    for (const b of plan.blocked)
        lines.push(blockedLine(b, paint));
    for (const c of plan.conflicts) {
        lines.push(`${paint(MAGENTA, '! conflict')}  ${console_name(c.name)}: ${escapeTerminal(c.reason)} (ids ${escapeTerminal(c.ids.join(', '))})`);
    }
    for (const k of plan.kept) {
        lines.push(`${paint(DIM, '· kept')}  ${console_name(k.name)}: ${escapeTerminal(k.reason)}`);
    }
    return lines;
}
function blockedLine(b, paint) {
    const target = who({ kind: b.action, name: b.name, fromName: b.fromName });
    return `${paint(MAGENTA, `! blocked ${b.action}`)}  ${target}: ${escapeTerminal(b.reason)}`;
}
function guardLines(report, plan, paint) {
    const { deletes, maxDeletes, tripped, liftedBy } = plan.guard;
    if (tripped) {
        const stop = report.dryRun
            ? 'Nothing was written (dry run), and an apply of this plan would stop before its first write.'
            : 'The run stopped before its first write: nothing was written.';
        const lines = [
            paint(RED, `Delete guard: this plan deletes ${(0,report_format/* plural */.LS)(deletes, 'audience')}, more than max-deletes (${maxDeletes}). ${stop}`),
        ];
        const allow = report.guardAllow ?? [];
        if (allow.length > 0)
            lines.push(`To allow it: ${allow.map(escapeTerminal).join(', or ')}.`);
        return lines;
    }
    if (liftedBy && deletes > maxDeletes) {
        return [
            `Delete guard lifted by ${escapeTerminal(liftedBy)}: ${(0,report_format/* plural */.LS)(deletes, 'delete')}, more than max-deletes (${maxDeletes}).`,
        ];
    }
    return [];
}
/** Stale, plan change, the allow-deletes label: the Action's context, told plainly. */
function contextLines(report, paint) {
    const lines = [];
    if (report.stale) {
        lines.push(paint(YELLOW, `Stale: commit ${escapeTerminal((0,report_format/* shortSha */.Fu)(report.stale.latestSha))} was pushed while this plan ran.`));
    }
    const change = report.planChange;
    if (change) {
        const then = change.action === 'fail' ? 'nothing was written' : 'going on with the new plan';
        const what = change.reviewedFailure
            ? `No plan was reviewed: the pull request's last run failed before it could plan (${escapeTerminal(change.reviewedFailure)}); the plan made now is ${escapeTerminal(change.freshFingerprint)}`
            : `The plan changed since it was reviewed (${escapeTerminal(change.reviewedFingerprint)} → ${escapeTerminal(change.freshFingerprint)})`;
        lines.push(paint(change.action === 'fail' ? RED : YELLOW, `${what}: ${then}.`));
        for (const line of change.removed)
            lines.push(paint(RED, `  - ${escapeTerminal(line)}`));
        for (const line of change.added)
            lines.push(paint(GREEN, `  + ${escapeTerminal(line)}`));
    }
    const label = report.allowDeletesLabel;
    if (label?.present) {
        lines.push(`The label ${escapeTerminal(label.name)} is on this pull request: the delete guard is lifted for its merge.`);
    }
    return lines;
}
const STATUS_MARK = {
    done: { mark: '✓', colour: GREEN },
    failed: { mark: '✗', colour: RED },
    skipped: { mark: '↷ skipped', colour: YELLOW },
    conflict: { mark: '⚠ conflict', colour: YELLOW },
};
function resultLines(report, paint) {
    const results = report.apply?.results ?? [];
    const lines = results.map((r) => {
        const style = STATUS_MARK[r.status];
        const why = r.error ? `: ${escapeTerminal(r.error)}` : '';
        const status = r.httpStatus !== undefined ? ` (HTTP ${r.httpStatus})` : '';
        return `${paint(style.colour, `${style.mark} ${r.change.kind}`)}  ${who(r.change)}${why}${status}`;
    });
    // A change the applier never reached is named too, so no planned write goes unmentioned.
    const seen = new Set(results.map((r) => changeKey(r.change)));
    for (const change of report.plan?.changes ?? []) {
        if (!seen.has(changeKey(change))) {
            lines.push(`${paint(DIM, `· not attempted ${change.kind}`)}  ${who(change)}`);
        }
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/report/drift.ts





const MAX_VALUE = 1_000;
/**
 * The title and body of the drift issue of the report's workspace. The body lists each
 * drifted audience with each drifted field, then blocked changes and conflicts, and is
 * shortened, whole audiences at a time, to stay under `maxLength`.
 */
function renderDriftIssue(report, options = {}) {
    const name = report.workspace?.name;
    const title = escapeTitle(name === undefined
        ? 'Audience drift'
        : `Audience drift in workspace "${truncateText(name, 200)}"`);
    const hint = options.summaryHint ?? jobSummaryHint(report);
    const parts = [
        options.marker ? `${options.marker}\n` : '',
        `${driftLine(report)}\n\n`,
        ...banners(report),
        shortenedNote(hint),
        ...driftSections(report, hint),
        repairAdvice(report),
        footer(report),
    ];
    const body = fitToLimit(parts, { limit: options.maxLength ?? COMMENT_LIMIT, measure: codeUnits });
    return { title, body };
}
function driftLine(report) {
    const plan = report.plan;
    const where = report.workspace
        ? ` in ${plain(report.workspace.name)} (${codeSpan(truncateText(report.workspace.id, 100))})`
        : '';
    if (!plan)
        return `**No drift check${where}:** the run could not make a plan.`;
    if (!(0,report_format/* hasChanges */.ik)(plan))
        return `**No drift${where}:** ${(0,report_format/* noChangesSentence */.iB)(plan)}`;
    const drifted = plan.changes.length + plan.blocked.length + plan.conflicts.length;
    return `**Drift${where}:** ${(0,report_format/* plural */.LS)(drifted, 'audience')} in neuroflash ${drifted === 1 ? 'differs' : 'differ'} from the files (${(0,report_format/* summaryCounts */.NB)(plan)}).`;
}
function driftSections(report, hint) {
    const plan = report.plan;
    if (!plan)
        return [];
    return [
        {
            kind: 'section',
            priority: 1,
            head: '',
            items: plan.changes.map(changeEntry),
            tail: '\n',
            hiddenNote: (hidden, shown) => note(hidden, shown, 'drifted audience', ` ${hint}`),
            describeCut: (hidden, total) => `${(0,report_format/* formatCount */.B4)(hidden)} of ${(0,report_format/* plural */.LS)(total, 'drifted audience')}`,
        },
        {
            kind: 'section',
            priority: 0,
            head: '**Blocked:** the remote permissions forbid repairing these, so a sync never attempts them.\n\n',
            items: plan.blocked.map(blockedEntry),
            tail: '\n',
            hiddenNote: (hidden, shown) => note(hidden, shown, 'blocked audience'),
            describeCut: (hidden, total) => `${(0,report_format/* formatCount */.B4)(hidden)} of ${(0,report_format/* plural */.LS)(total, 'blocked audience')}`,
        },
        {
            kind: 'section',
            priority: 0,
            head: '**Conflicts:** several audiences in neuroflash have one of these names, so a sync leaves the name alone.\n\n',
            items: plan.conflicts.map((c) => `- ⚠️ ${escapeMarkdown(c.name)}: ${plain(c.reason)} (ids ${c.ids.map((id) => codeSpan(truncateText(id, 100))).join(', ')})\n`),
            tail: '\n',
            hiddenNote: (hidden, shown) => note(hidden, shown, 'conflict'),
            describeCut: (hidden, total) => `${(0,report_format/* formatCount */.B4)(hidden)} of ${(0,report_format/* plural */.LS)(total, 'conflict')}`,
        },
    ];
}
/** One drifted audience: a headline and, indented below it, one line per field. */
function changeEntry(change) {
    const name = `**${escapeMarkdown(change.name)}**`;
    const from = where(change.source);
    let headline;
    switch (change.kind) {
        case 'create':
            headline = `${name}: the files declare it${from}, neuroflash does not have it`;
            break;
        case 'update':
            headline = `${name}${from}`;
            break;
        case 'rename':
            headline = `${name}${from}: neuroflash has it under its previous name ${plain(JSON.stringify(change.fromName ?? ''))}`;
            break;
        case 'delete':
            headline =
                change.deleteReason === 'absent'
                    ? `${name}: the file says ${codeSpan('state: absent')}${from}, neuroflash still has it`
                    : `${name}: neuroflash has it, no file declares it (prune is on)`;
            break;
    }
    const fields = change.kind === 'update' || change.kind === 'rename'
        ? fieldLines(change.fieldChanges, change.kind)
        : [];
    return `- ${KIND_SYMBOL[change.kind]} ${headline}\n${fields}`;
}
function blockedEntry(b) {
    const who = b.action === 'rename' && b.fromName !== undefined
        ? `${escapeMarkdown(b.fromName)} → ${escapeMarkdown(b.name)}`
        : escapeMarkdown(b.name);
    const fields = b.action === 'delete' ? '' : fieldLines(b.fieldChanges, b.action);
    return `- ⛔ ${b.action} **${who}**${where(b.source)}: ${plain(b.reason)}\n${fields}`;
}
function where(source) {
    return source ? ` (${escapeMarkdown(`${source.file}:${source.line}`)})` : '';
}
/** `  - **residence:** the file wants "Munich", neuroflash has "Berlin"` per field. */
function fieldLines(changes, kind) {
    return (0,report_format/* detailFieldChanges */.No)(changes, kind)
        .map((fc) => `  - **${escapeMarkdown(fc.field)}:** ${escapeMarkdown(wantsHas(fc))}\n`)
        .join('');
}
/** In a drift plan `after` is the file's value and `before` the remote's. */
function wantsHas(fc) {
    const wants = truncateText((0,report_format/* formatValue */.Fl)(fc.field, fc.after), MAX_VALUE);
    const has = truncateText((0,report_format/* formatValue */.Fl)(fc.field, fc.before), MAX_VALUE);
    let text = `the file wants ${wants}, neuroflash has ${has}`;
    const delta = (0,report_format/* listDelta */.Xv)(fc);
    if (delta && (delta.added.length > 0 || delta.removed.length > 0)) {
        const parts = [];
        if (delta.added.length > 0)
            parts.push(`lacks ${(0,report_format/* quoteList */.JN)(delta.added)}`);
        if (delta.removed.length > 0)
            parts.push(`has extra ${(0,report_format/* quoteList */.JN)(delta.removed)}`);
        text += ` (neuroflash ${truncateText(parts.join('; '), MAX_VALUE)})`;
    }
    return text;
}
function repairAdvice(report) {
    if (!report.plan || !(0,report_format/* hasChanges */.ik)(report.plan))
        return '';
    return `To repair the drift, run audience-sync with ${codeSpan('dry-run: false')}; to keep it, change the files to match neuroflash. This issue is updated on each drift check, and closed once neuroflash matches the files again.\n\n`;
}

;// CONCATENATED MODULE: ./src/report/json.ts

/**
 * The run as plain JSON, version 1:
 * `{ schemaVersion, mode, dryRun, workspace, hasChanges, fingerprint, counts, guard,
 *   changes, blocked, conflicts, kept, results?, problems, failure? }`.
 *
 * Each change carries its kind, name, id, `fromName`, `deleteReason`, `fieldChanges`
 * (`before`/`after`, `null` where a side has no value) and `source`, but not the PUT
 * body: the body repeats the remote's unmanaged fields, which would make the output
 * large without telling a reader what changes. `fingerprint`, `counts` and `guard` are
 * `null` when no plan was made. `results` is present only after an apply.
 */
function planJson(report) {
    const plan = report.plan;
    const out = {
        schemaVersion: 1,
        mode: report.mode,
        dryRun: report.dryRun,
        workspace: report.workspace ? { id: report.workspace.id, name: report.workspace.name } : null,
        hasChanges: plan ? (0,report_format/* hasChanges */.ik)(plan) : false,
        fingerprint: plan?.fingerprint ?? null,
        counts: plan ? toJson(plan.counts) : null,
        guard: plan ? toJson(plan.guard) : null,
        changes: (plan?.changes ?? []).map(changeJson),
        blocked: (plan?.blocked ?? []).map((b) => toJson({
            action: b.action,
            name: b.name,
            id: b.id,
            fromName: b.fromName,
            reason: b.reason,
            fieldChanges: b.fieldChanges.map(fieldChangeJson),
            source: sourceJson(b.source),
        })),
        conflicts: (plan?.conflicts ?? []).map((c) => toJson(c)),
        kept: (plan?.kept ?? []).map((k) => toJson(k)),
    };
    if (report.apply)
        out.results = report.apply.results.map(resultJson);
    out.problems = report.problems.map((p) => toJson(p));
    if (report.failure)
        out.failure = toJson(report.failure);
    return out;
}
function changeJson(change) {
    return toJson({
        kind: change.kind,
        name: change.name,
        id: change.id,
        fromName: change.fromName,
        deleteReason: change.deleteReason,
        fieldChanges: change.fieldChanges.map(fieldChangeJson),
        source: sourceJson(change.source),
    });
}
function fieldChangeJson(fc) {
    return { field: fc.field, before: toJson(fc.before ?? null), after: toJson(fc.after ?? null) };
}
function sourceJson(source) {
    return source ? { file: source.file, line: source.line, column: source.column } : undefined;
}
function resultJson(result) {
    return toJson({
        kind: result.change.kind,
        name: result.change.name,
        id: result.id ?? result.change.id,
        status: result.status,
        error: result.error,
        httpStatus: result.httpStatus,
    });
}
/**
 * A deep copy as plain JSON: undefined properties dropped, undefined array items and
 * non-finite numbers as `null`, so the value survives a JSON round trip unchanged.
 */
function toJson(value) {
    if (value === null || value === undefined)
        return null;
    if (typeof value === 'number')
        return Number.isFinite(value) ? value : null;
    if (typeof value === 'string' || typeof value === 'boolean')
        return value;
    if (Array.isArray(value))
        return value.map(toJson);
    if (typeof value === 'object') {
        const out = {};
        for (const [key, item] of Object.entries(value)) {
            if (item !== undefined && typeof item !== 'function')
                out[key] = toJson(item);
        }
        return out;
    }
    return null;
}

;// CONCATENATED MODULE: ./src/report/index.ts
/**
 * The report layer: one view model (`RunReport`), several sinks. Pure: no I/O, no
 * `@actions/*`, no network.
 */








;// CONCATENATED MODULE: ./src/main.ts
/**
 * The Action's wiring: inputs → load and validate → read the remote → plan → guard →
 * compare with the reviewed plan → apply → report → outputs. Each phase is a log group.
 * Every failure, thrown or decided, reaches the one catch in {@link run}; the report (PR
 * comment, drift issue, job summary) and the outputs are written in its `finally`, so a
 * failed run still says why.
 */

















/** A decided failure: the run did its work, and the result must fail the step. */
class RunFailure extends Error {
    reason;
    summary;
    details;
    name = 'RunFailure';
    constructor(reason, 
    /** One or two sentences, for the report's banner. */
    summary, 
    /** More lines for the log (e.g. each drifted field), after the summary. */
    details = []) {
        super(details.length > 0 ? `${summary}\n${details.join('\n')}` : summary);
        this.reason = reason;
        this.summary = summary;
        this.details = details;
    }
}
const defaultDependencies = {
    env: process.env,
    connect: connect,
    openGitHub: async (options) => {
        const { createGitHubApi } = await Promise.all(/* import() */[__nccwpck_require__.e(413), __nccwpck_require__.e(823)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2823));
        return createGitHubApi({
            ...options,
            retry: { log: (message) => runner.info(message) },
        });
    },
};
/**
 * Runs the Action. Never throws: a failure sets the step's status through
 * `runner.setFailed`, and `failure-reason` says which kind it was.
 */
async function run(overrides = {}) {
    const deps = { ...defaultDependencies, ...overrides };
    const state = { mode: 'validate', notices: [] };
    try {
        await sync(state, deps);
    }
    catch (error) {
        state.failure = describeFailure(error);
        if (error instanceof InputError)
            state.inputError = error;
        runner.setFailed(error instanceof Error ? error.message : String(error));
    }
    finally {
        await publish(state, deps);
    }
}
async function sync(state, deps) {
    const inputs = await runner.group('Inputs', async () => {
        const inputs = getInputs();
        logInputs(inputs);
        return inputs;
    });
    state.inputs = inputs;
    const context = readRunContext(deps.env);
    state.context = context;
    if (context.payloadProblem)
        runner.warning(context.payloadProblem);
    checkInputsForEvent(inputs, context.eventName, context.onPullRequest);
    for (const warning of inputWarningsForEvent(inputs, context.eventName))
        runner.warning(warning);
    if (inputs.command === 'export') {
        await exportFiles(state, inputs, context, deps);
        return;
    }
    const load = await runner.group('Load and validate', async () => {
        const load = await (0,config_load/* loadAudiences */.K0)(inputs.paths, { cwd: context.workspaceDir });
        const problems = (0,format/* sortProblems */.dS)(load.problems);
        if (problems.length > 0)
            infoUntrusted(problems.map(format/* formatProblem */.Vw).join('\n'));
        infoUntrusted((0,format/* formatSummary */.kq)(load));
        annotateProblems(problems);
        return { ...load, problems };
    });
    state.load = load;
    if (hasErrors(load)) {
        const errors = load.problems.filter((p) => p.severity === 'error').length;
        throw new RunFailure('invalid', `${(0,report_format/* plural */.LS)(errors, 'error')} in the audience files: nothing was sent to neuroflash. Each is annotated on its file and listed in the job summary.`);
    }
    if (!inputs.credentials) {
        const notice = 'No neuroflash credentials (`client-id` and `client-secret` are empty, as on a pull request from a fork, which gets no secrets): the files were validated, nothing was planned or written.';
        runner.notice(notice);
        state.notices.push(notice);
        return;
    }
    const credentials = inputs.credentials;
    // From here the run plans: a failure now is one of planning, not of validation, and the
    // report says so (and what was read) instead of "validated, no problems".
    state.mode = 'plan';
    const connection = await runner.group('Read the remote', async () => {
        const connection = await deps.connect(connectionSettings(inputs, credentials));
        infoUntrusted(`Workspace: ${connection.workspace.name} (${connection.workspace.id})`);
        return connection;
    });
    state.workspace = connection.workspace;
    try {
        await planAndApply(state, inputs, context, load, connection, deps);
    }
    finally {
        await connection.api.close();
    }
}
async function planAndApply(state, inputs, context, load, connection, deps) {
    const options = { prune: inputs.prune, ignore: inputs.ignore, maxDeletes: inputs.maxDeletes };
    // The label acknowledges the deletes of the merge commit's apply. A dry run on the pull
    // request previews that apply, so the label counts there; an apply on the pull request
    // itself writes unmerged changes, which the label never acknowledged.
    const prLabel = inputs.dryRun && context.pullRequest?.labels.includes(inputs.allowDeletesLabel)
        ? `the label \`${inputs.allowDeletesLabel}\` on #${context.pullRequest.number}`
        : undefined;
    const plan = await runner.group('Plan', async () => {
        const { plan, remote } = await planAgainst(load.audiences, connection.audiences, options, prLabel ? { guardLiftedBy: prLabel } : {});
        state.plan = await checkGuard(state, inputs, context, load, remote, plan, deps);
        infoUntrusted(renderConsole(report(state), { color: false }).trimEnd());
        return state.plan;
    });
    if (!inputs.dryRun && context.eventName === 'push') {
        await runner.group('Compare with the reviewed plan', () => compareWithReviewed(state, inputs, context, plan, deps));
    }
    const change = state.planChange;
    if (change?.action === 'fail') {
        const summary = change.reviewedFailure
            ? `No plan was reviewed: the last run on the pull request failed before it could plan (failure-reason \`${change.reviewedFailure}\`), so the plan made now (fingerprint ${change.freshFingerprint}) was never shown for review. Nothing was written. Re-run the pull request's check to review the plan before merging, or re-run this apply with \`${Inputs.OnPlanChange}: warn\` to apply it anyway.`
            : `The plan changed since it was reviewed (fingerprint ${change.reviewedFingerprint} then, ${change.freshFingerprint} now): nothing was written. To apply the new plan anyway, re-run with \`${Inputs.OnPlanChange}: warn\`.`;
        throw new RunFailure('plan-changed', summary, planChangeLines(change));
    }
    if (plan.guard.tripped) {
        throw new RunFailure('guard-tripped', `The plan deletes ${(0,report_format/* plural */.LS)(plan.guard.deletes, 'audience')}, more than \`max-deletes\` (${plan.guard.maxDeletes}): nothing was written.`, [`To allow it: ${(state.guardAllow ?? []).join(', or ')}.`]);
    }
    if (inputs.dryRun) {
        refuseBlocked(plan);
        if (inputs.failOnDrift && (0,report_format/* hasChanges */.ik)(plan)) {
            const lines = planLines(plan);
            throw new RunFailure('drift', `Drift: the workspace differs from the files in ${(0,report_format/* plural */.LS)(lines.length, 'change')}.`, capped(lines, 50));
        }
        return;
    }
    if (plan.changes.length > 0) {
        state.apply = await runner.group('Apply', async () => {
            const result = await applyPlan(plan, connection.audiences, {
                concurrency: inputs.concurrency,
                verifyBeforeWrite: inputs.verifyBeforeWrite,
                onProgress: (done, total, r) => infoUntrusted(progressLine(done, total, r)),
            });
            return result;
        });
        state.mode = 'apply';
    }
    refuseUnapplied(state.apply);
    refuseBlocked(plan);
}
/**
 * Every change the applier did not carry out fails the step as `apply-failed`: a write
 * that failed, and also one skipped as a conflict (its audience changed in neuroflash
 * after the plan, with `verify-before-write`). The conflict is not `blocked`, which
 * means the files ask for something impossible; here the request was fine but was not
 * done, and a re-run re-plans against the new state.
 */
function refuseUnapplied(apply) {
    const undone = apply?.results.filter((r) => r.status !== 'done') ?? [];
    if (!apply || undone.length === 0)
        return;
    const of = `${(0,report_format/* plural */.LS)(undone.length, 'change')} of ${apply.results.length}`;
    const failed = undone.filter((r) => r.status === 'failed').length;
    const conflicts = undone.filter((r) => r.status === 'conflict').length;
    let summary;
    if (failed === undone.length) {
        summary = `${of} failed; every other change was tried.`;
    }
    else if (conflicts === undone.length) {
        summary = `${of} ${conflicts === 1 ? 'was' : 'were'} skipped as a conflict: changed in neuroflash since the plan, so not overwritten; re-run to re-plan. Every other change was tried.`;
    }
    else {
        const skipped = undone.length - failed - conflicts;
        const parts = [
            ...(failed > 0 ? [`${failed} failed`] : []),
            ...(conflicts > 0 ? [`${conflicts} skipped as a conflict`] : []),
            ...(skipped > 0 ? [`${skipped} skipped`] : []),
        ];
        summary = `${of} were not applied (${parts.join(', ')}); every other change was tried.`;
    }
    throw new RunFailure('apply-failed', summary, undone.map((r) => `${main_STATUS_MARK[r.status]} ${r.change.kind} ${r.change.name}: ${r.error ?? r.status}`));
}
/**
 * The delete guard. On a push, the allow-deletes label of the merged pull request lifts
 * it (looked up only when the guard trips, to spare a call on every push). A guard that
 * still trips gets the exact ways to allow it.
 */
async function checkGuard(state, inputs, context, load, remote, plan, deps) {
    let result = plan;
    if (plan.guard.tripped && context.eventName === 'push' && context.sha) {
        const liftedBy = await mergedPullLabel(state, inputs, context, context.sha, deps);
        if (liftedBy) {
            result = buildPlan(load.audiences, remote, { prune: inputs.prune, ignore: inputs.ignore, maxDeletes: inputs.maxDeletes }, { guardLiftedBy: liftedBy });
        }
    }
    const { deletes, maxDeletes, tripped, liftedBy } = result.guard;
    if (liftedBy && deletes > maxDeletes)
        runner.info(`Delete guard lifted by ${liftedBy}.`);
    if (tripped) {
        const applyOnPull = !inputs.dryRun && context.pullRequest !== undefined;
        state.guardAllow = [
            `set \`${Inputs.MaxDeletes}: ${deletes}\` in the workflow`,
            applyOnPull
                ? `merge the pull request with the label \`${inputs.allowDeletesLabel}\` and let the apply of its merge commit (on push) delete them: the label never lifts the guard for an apply on the pull request itself`
                : `add the label \`${inputs.allowDeletesLabel}\` to the pull request before it is merged`,
        ];
    }
    return result;
}
/** The merged pull request of `sha` that carries the allow-deletes label, as a `liftedBy` text. */
async function mergedPullLabel(state, inputs, context, sha, deps) {
    const { pull, error } = await mergedPull(state, inputs, context, deps);
    if (error) {
        runner.warning(`Could not look up the pull request of ${sha} for the \`${inputs.allowDeletesLabel}\` label: ${error}`);
    }
    return pull?.labels.includes(inputs.allowDeletesLabel)
        ? `the label \`${inputs.allowDeletesLabel}\` on #${pull.number}`
        : undefined;
}
/**
 * The pull request merged as the pushed commit (see {@link mergedPullOf}), asked of
 * GitHub once per run: the guard's label and the reviewed plan both come from it.
 */
function mergedPull(state, inputs, context, deps) {
    state.mergedPull ??= (async () => {
        const sha = context.sha;
        if (!sha)
            return { unavailable: 'the run names no commit (`GITHUB_SHA` is empty)' };
        const github = gitHub(state, inputs, context, deps);
        if (!github)
            return { unavailable: `there is no \`${Inputs.GitHubToken}\` or repository` };
        try {
            return { pull: mergedPullOf(await (await github).pullsForCommit(sha), sha) };
        }
        catch (error) {
            return { error: messageOf(error) };
        }
    })();
    return state.mergedPull;
}
/**
 * Apply what was reviewed: on a push, compares the plan made now with the one on the
 * plan comment of the pull request merged as this commit. Sets `state.planChange` when
 * they differ; the caller fails or warns by `on-plan-change`. Whatever cannot be
 * compared (a direct push, no comment, a comment without a plan) is said in a notice,
 * and the plan made now is applied, as it would be without a pull request.
 */
async function compareWithReviewed(state, inputs, context, plan, deps) {
    const asPlanned = 'there is no reviewed plan to compare with, so the plan made now is applied.';
    const notice = (text) => {
        runner.notice(text);
        state.notices.push(text);
    };
    const sha = context.sha ?? '';
    // GitHub failing (a permission, an outage) must not block every deploy: the run warns
    // and applies as planned, as it would on a direct push.
    const unreadable = (why) => {
        const text = `Could not read the pull request merged as commit \`${shortSha(sha)}\`: ${why}. T${asPlanned.slice(1)}`;
        runner.warning(text);
        state.notices.push(text);
    };
    const lookup = await mergedPull(state, inputs, context, deps);
    if (lookup.unavailable) {
        return notice(`The reviewed plan cannot be looked up: ${lookup.unavailable}; ${asPlanned}`);
    }
    if (lookup.error)
        return unreadable(lookup.error);
    const pull = lookup.pull;
    if (!pull) {
        return notice(`No pull request was merged as commit \`${shortSha(sha)}\` (a direct push): ${asPlanned}`);
    }
    const github = gitHub(state, inputs, context, deps);
    if (!github)
        return;
    let reviewed;
    try {
        reviewed = await readReviewedPlan(await github, pull.number, markerKey(inputs.workspace, inputs.paths));
    }
    catch (error) {
        return unreadable(messageOf(error));
    }
    if (reviewed.kind === 'no-comment') {
        return notice(`Pull request #${pull.number} has no audience-sync plan comment for this workspace and path: ${asPlanned}`);
    }
    if (reviewed.kind === 'failed') {
        // The reviewers last saw a failure, not a plan: "nothing to compare with" would let any
        // plan through, so this counts as a changed plan. With nothing to write there is
        // nothing to review either.
        if (plan.changes.length === 0) {
            return notice(`The last run on pull request #${pull.number} failed before it could plan, but the plan made now changes nothing.`);
        }
        const change = unreviewedPlan(reviewed.reason, plan, inputs.onPlanChange);
        return recordPlanChange(state, change, `No plan was reviewed on pull request #${pull.number}: its last run failed before it could plan (failure-reason \`${reviewed.reason}\`). The plan made now has fingerprint ${change.freshFingerprint}.`);
    }
    if (reviewed.kind === 'no-fingerprint') {
        return notice(`The plan comment on pull request #${pull.number} has no plan fingerprint (its run only validated the files, as on a pull request from a fork): ${asPlanned}`);
    }
    // A comment made at an older head was not a review of the merged commit's plan; it
    // still says what the reviewers saw, so it counts as changed only if the plans differ.
    const stale = pull.headSha !== undefined && reviewed.sha !== pull.headSha
        ? `The plan comment on pull request #${pull.number} was made at commit \`${shortSha(reviewed.sha ?? 'unknown')}\`, not at its final commit \`${shortSha(pull.headSha)}\`: it was not reviewed for that commit. `
        : '';
    const change = comparePlans(reviewed, plan, inputs.onPlanChange);
    if (!change) {
        return notice(`${stale}${stale ? 'Its plan matches' : 'This is'} the plan reviewed on pull request #${pull.number} (fingerprint \`${plan.fingerprint}\`).`);
    }
    if (stale)
        notice(stale.trimEnd());
    recordPlanChange(state, change, `The plan changed since it was reviewed on pull request #${pull.number}: fingerprint ${change.reviewedFingerprint} then, ${change.freshFingerprint} now.`);
}
/**
 * Keeps the plan change for the caller (which fails by `on-plan-change`), logs `heading`
 * with the difference, and with `warn` also warns with both.
 */
function recordPlanChange(state, change, heading) {
    state.planChange = change;
    infoUntrusted([heading, ...planChangeLines(change)].join('\n'));
    if (change.action === 'warn') {
        runner.warning([
            `${heading} Applying it (\`${Inputs.OnPlanChange}: warn\`).`,
            ...planChangeLines(change),
        ].join('\n'));
    }
}
/** The difference as diff lines (`-` reviewed, `+` fresh), or why there are none. */
function planChangeLines(change) {
    if (change.reviewedLines === 'too-large') {
        return [
            'The reviewed plan was too large to show line by line; only the fingerprints are compared.',
        ];
    }
    if (change.reviewedLines === 'not-recorded') {
        return [
            'The reviewed plan is not recorded line by line in its comment; only the fingerprints are compared.',
        ];
    }
    return capped([...change.removed.map((l) => `- ${l}`), ...change.added.map((l) => `+ ${l}`)], 50);
}
/**
 * Blocked changes and name conflicts fail the step, in dry-run and apply alike: the
 * files ask for something that cannot be done.
 */
function refuseBlocked(plan) {
    const n = plan.blocked.length + plan.conflicts.length;
    if (n === 0)
        return;
    const parts = [];
    if (plan.blocked.length > 0)
        parts.push(`${(0,report_format/* plural */.LS)(plan.blocked.length, 'change')} blocked`);
    if (plan.conflicts.length > 0)
        parts.push(`${(0,report_format/* plural */.LS)(plan.conflicts.length, 'name')} in conflict`);
    throw new RunFailure('blocked', `${parts.join(', ')}: the files ask for something that cannot be done. The report says why.`, [
        ...plan.blocked.map((b) => `! blocked ${b.action} ${b.name}: ${b.reason}`),
        ...plan.conflicts.map((c) => `! conflict ${c.name}: ${c.reason}`),
    ]);
}
/** `command: export`: the workspace's audiences as files in `path`. */
async function exportFiles(state, inputs, context, deps) {
    const [outDir, ...rest] = inputs.paths;
    if (!outDir || rest.length > 0 || /[*?[\]{}]/.test(outDir)) {
        throw new InputError(Inputs.Path, `input \`${Inputs.Path}\` must be one folder for \`${Inputs.Command}: export\`, got \`${inputs.paths.join(', ')}\``);
    }
    if (!inputs.credentials) {
        throw new InputError(Inputs.ClientId, `\`${Inputs.Command}: export\` reads the workspace: set \`${Inputs.ClientId}\` and \`${Inputs.ClientSecret}\``);
    }
    const credentials = inputs.credentials;
    const { exportWorkspace, schemaUrlForAction } = await __nccwpck_require__.e(/* import() */ 666).then(__nccwpck_require__.bind(__nccwpck_require__, 9666));
    const connection = await runner.group('Read the remote', () => deps.connect(connectionSettings(inputs, credentials)));
    state.workspace = connection.workspace;
    try {
        const result = await runner.group('Export', () => 
        // The Action's export lands in a pull request, where git shows and can undo every
        // change, so it makes the folder exactly the export, as the CLI does with --force:
        // a stale file left behind would recreate its audience when the PR is merged.
        exportWorkspace(connection.audiences, {
            outDir,
            force: true,
            cwd: context.workspaceDir,
            schema: schemaUrlForAction(deps.env),
        }));
        state.exported = { ...result, outDir };
        const overwritten = new Set(result.overwritten);
        for (const file of result.written) {
            infoUntrusted(`${overwritten.has(file) ? 'overwrote' : 'wrote'} ${file}`);
        }
        for (const file of result.removed)
            infoUntrusted(`removed ${file}`);
        for (const s of result.skipped)
            runner.warning(`skipped ${s.file}: ${s.reason}`);
    }
    finally {
        await connection.api.close();
    }
}
/** How to reach neuroflash; every secret the client sees is masked before it can print. */
function connectionSettings(inputs, credentials) {
    return {
        apiUrl: inputs.apiUrl,
        tokenUrl: inputs.tokenUrl,
        clientId: credentials.clientId,
        clientSecret: credentials.clientSecret,
        workspace: inputs.workspace,
        onSecret: (value) => runner.setSecret(value),
        // The client's info lines can carry audience names (a create found after its response
        // was lost): fenced, so that a name cannot act as a workflow command. Debug lines and
        // warnings are commands whose message the runner escapes, so they cannot.
        log: {
            debug: runner.debug,
            info: (message) => infoUntrusted(message),
            warning: runner.warning,
        },
    };
}
/** The Octokit seam, opened once and only when needed; absent without a token or a repository. */
function gitHub(state, inputs, context, deps) {
    if (!inputs.githubToken || !context.repo)
        return undefined;
    state.github ??= deps.openGitHub({ token: inputs.githubToken, repo: context.repo });
    return state.github;
}
/** Writes the report and the outputs. A sink that fails is a warning: the run's result stands. */
async function publish(state, deps) {
    await runner.group('Report', async () => {
        await attempt('write the PR comment', () => comment(state, deps));
        await attempt('update the drift issue', () => driftIssue(state, deps));
        // Rendered last: the comment may have found the plan stale.
        await attempt('write the job summary', async () => {
            runner.appendSummary(summaryText(state, report(state)));
        });
    });
    try {
        setOutputs(state);
    }
    catch (error) {
        // Later steps read the outputs, so a step whose outputs are lost must not pass; and
        // `run` must not throw, which would end the process on an unhandled rejection.
        runner.setFailed(`Could not write the outputs: ${messageOf(error)}`);
    }
}
async function attempt(what, fn) {
    try {
        await fn();
    }
    catch (error) {
        runner.warning(`Could not ${what}: ${messageOf(error)}`);
    }
}
/**
 * The sticky plan comment, on pull request events only. Just before writing, the pull
 * request's current head is read: if a newer commit was pushed while this run planned,
 * the comment says it is stale, and a comment that a newer run already wrote is left
 * alone.
 */
async function comment(state, deps) {
    const { inputs, context } = state;
    if (!inputs || !context || inputs.command !== 'sync' || !inputs.comment)
        return;
    if (state.inputError)
        return;
    if (!PULL_REQUEST_EVENTS.includes(context.eventName) || !context.pullRequest)
        return;
    const github = gitHub(state, inputs, context, deps);
    if (!github) {
        runner.info('No `github-token` or repository: no PR comment.');
        return;
    }
    const api = await github;
    const number = context.pullRequest.number;
    const planned = plannedSha(context);
    const latest = await currentHead(api, number);
    if (latest && planned && latest !== planned) {
        state.stale = { latestSha: latest };
        runner.info(`Commit ${shortSha(latest)} was pushed while this plan (of ${shortSha(planned)}) ran: the comment is marked stale.`);
    }
    const key = markerKey(inputs.workspace, inputs.paths);
    // A run that meant to plan (it had credentials) and failed first says so in the marker:
    // the apply after the merge must not take it for a validate-only run with nothing to
    // compare (see `compareWithReviewed`).
    const failed = !state.plan && state.failure && inputs.credentials
        ? (state.failure.reason ?? 'error')
        : undefined;
    const head = formatCommentHead({ key, fingerprint: state.plan?.fingerprint, sha: planned, ...(failed ? { failed } : {}) }, state.plan ? planLines(state.plan) : undefined);
    const body = renderMarkdown(report(state), { marker: head });
    const quiet = inputs.commentOn === 'changes' &&
        !state.failure &&
        (state.load?.problems.length ?? 0) === 0 &&
        !(state.plan && (0,report_format/* hasChanges */.ik)(state.plan));
    const result = await upsertStickyComment(api, number, key, body, {
        createIfMissing: !quiet,
        keepSha: state.stale?.latestSha,
    });
    if (!result) {
        runner.info('No changes and `comment-on: changes`: no PR comment.');
        return;
    }
    if (result.action === 'kept') {
        runner.info(`The PR comment already shows the plan of the newer commit ${shortSha(state.stale?.latestSha ?? '')}: left as it is.`);
    }
    else {
        state.commentUrl = result.comment.url;
        runner.info(`PR comment ${result.action}: ${result.comment.url}`);
    }
    if (result.imitations.length > 0) {
        const who = [...new Set(result.imitations.map((c) => `@${c.author.login}`))].join(', ');
        runner.warning(`Ignored ${(0,report_format/* plural */.LS)(result.imitations.length, 'comment')} by ${who} with audience-sync's marker: only comments written by a bot or by the token's own user count as the plan comment.`);
    }
    if (result.removedDuplicates > 0) {
        runner.info(`Removed ${(0,report_format/* plural */.LS)(result.removedDuplicates, 'duplicate comment')} of this plan.`);
    }
}
/** The pull request's head sha as GitHub has it now; undefined (and logged) if unreadable. */
async function currentHead(api, number) {
    try {
        return (await api.getPull(number)).headSha;
    }
    catch (error) {
        runner.info(`Could not read pull request #${number} (${messageOf(error)}): the comment is written without checking for a newer commit.`);
        return undefined;
    }
}
/**
 * The drift issue of a drift check (`drift-issue: true`, a dry run on `schedule` or
 * `workflow_dispatch`): opened, updated or closed from the plan, whatever
 * `fail-on-drift` decided. Without `issues: write` it is a warning, never a failure.
 */
async function driftIssue(state, deps) {
    const { inputs, context, plan, workspace } = state;
    if (!inputs?.driftIssue || !context || inputs.command !== 'sync' || state.inputError)
        return;
    // Elsewhere the input was already reported as ignored.
    if (!DRIFT_EVENTS.includes(context.eventName) || !inputs.dryRun)
        return;
    if (!plan || !workspace) {
        runner.info('No plan was made, so drift is unknown: the drift issue is left as it is.');
        return;
    }
    const github = gitHub(state, inputs, context, deps);
    if (!github) {
        runner.warning(`\`${Inputs.DriftIssue}: true\` needs \`${Inputs.GitHubToken}\` and a repository: no drift issue.`);
        return;
    }
    const key = markerKey(workspace.id, inputs.paths);
    // The issue is about the drift; whether the step fails for it is `fail-on-drift`'s
    // business, so that failure is not repeated in the issue.
    const view = report(state);
    if (view.failure?.reason === 'drift')
        view.failure = undefined;
    const drift = (0,report_format/* hasChanges */.ik)(plan)
        ? {
            ...renderDriftIssue(view, {
                marker: formatDriftMarker({ key, fingerprint: plan.fingerprint }),
            }),
            fingerprint: plan.fingerprint,
        }
        : undefined;
    try {
        const outcome = await syncDriftIssue(await github, {
            key,
            label: DRIFT_LABEL,
            drift,
            runUrl: context.runUrl,
        });
        if (outcome.action && outcome.issue) {
            runner.info(`Drift issue #${outcome.issue.number} ${outcome.action}: ${outcome.issue.url}`);
        }
        else {
            runner.info('No drift and no open drift issue: nothing to do.');
        }
        if (outcome.closedDuplicates > 0) {
            runner.info(`Closed ${(0,report_format/* plural */.LS)(outcome.closedDuplicates, 'duplicate drift issue')}.`);
        }
    }
    catch (error) {
        if (error instanceof github_api/* GitHubError */.y && error.status === 403) {
            runner.warning(`Could not update the drift issue: GitHub refused it (403). The job needs the \`issues: write\` permission (\`permissions: { issues: write }\`). ${messageOf(error)}`);
            return;
        }
        throw error;
    }
}
function summaryText(state, view) {
    if (state.inputError) {
        // The report's view model is about files and plans; a wrong input precedes both.
        return `**audience-sync did not start:** ${escapeMarkdown(state.inputError.message)}\n\nNothing was read from neuroflash or written to it. Fix the workflow's \`with:\` inputs and run again.\n`;
    }
    if (state.inputs?.command === 'export' && !state.exported && state.failure) {
        // The view model is about files and plans, which an export has neither of.
        const { reason, message } = state.failure;
        const where = state.workspace ? ` of ${escapeMarkdown(state.workspace.name)}` : '';
        const why = reason ? ` (failure-reason ${codeSpan(reason)})` : '';
        return `**Export${where} failed**${why}: ${escapeMarkdown(message)}\n`;
    }
    if (!state.exported)
        return renderSummary(view);
    const { written, overwritten, removed, skipped, outDir } = state.exported;
    const where = state.workspace ? escapeMarkdown(state.workspace.name) : 'the workspace';
    const replaced = new Set(overwritten);
    const removals = removed.length > 0 ? `, ${(0,report_format/* plural */.LS)(removed.length, 'other audience file')} removed` : '';
    const lines = [
        `**Export of ${where}:** ${(0,report_format/* plural */.LS)(written.length, 'file')} written to ${codeSpan(outDir)}${removals}.`,
        '',
        ...written.map((f) => `- ${codeSpan(f)}${replaced.has(f) ? ' (overwritten)' : ''}`),
        ...removed.map((f) => `- ${codeSpan(f)} (removed)`),
    ];
    if (skipped.length > 0) {
        lines.push('', `**${(0,report_format/* plural */.LS)(skipped.length, 'audience')} skipped:**`, '');
        for (const s of skipped)
            lines.push(`- ${codeSpan(s.file)}: ${escapeMarkdown(s.reason)}`);
    }
    return `${lines.join('\n')}\n`;
}
/** The outputs of SPEC §4, on success and failure alike. */
function setOutputs(state) {
    const counts = state.plan?.counts;
    runner.setOutput(Outputs.HasChanges, state.plan ? String((0,report_format/* hasChanges */.ik)(state.plan)) : 'false');
    runner.setOutput(Outputs.Creates, String(counts?.creates ?? 0));
    runner.setOutput(Outputs.Updates, String(counts?.updates ?? 0));
    runner.setOutput(Outputs.Deletes, String(counts?.deletes ?? 0));
    runner.setOutput(Outputs.Renames, String(counts?.renames ?? 0));
    runner.setOutput(Outputs.Blocked, String(counts?.blocked ?? 0));
    runner.setOutput(Outputs.Plan, state.plan ? JSON.stringify(planJson(report(state))) : '');
    runner.setOutput(Outputs.PlanFingerprint, state.plan?.fingerprint ?? '');
    runner.setOutput(Outputs.FailureReason, state.failure?.reason ?? '');
    runner.setOutput(Outputs.CommentUrl, state.commentUrl ?? '');
}
/** The view model of the run so far. */
function report(state) {
    const { inputs, context, load } = state;
    const failure = state.failure;
    return {
        mode: state.mode,
        dryRun: inputs?.dryRun ?? true,
        workspace: state.workspace,
        paths: inputs?.paths ?? [],
        files: load?.files ?? [],
        audienceCount: load?.audiences.length ?? 0,
        problems: load?.problems ?? [],
        plan: state.plan,
        apply: state.apply,
        commitSha: context ? plannedSha(context) : undefined,
        runUrl: context?.runUrl,
        notices: state.notices.length > 0 ? state.notices : undefined,
        failure,
        guardAllow: state.guardAllow,
        stale: state.stale,
        planChange: state.planChange,
        allowDeletesLabel: inputs && context?.pullRequest && state.plan && state.plan.counts.deletes > 0
            ? {
                name: inputs.allowDeletesLabel,
                present: context.pullRequest.labels.includes(inputs.allowDeletesLabel),
            }
            : undefined,
    };
}
/** The one mapping from an error to a failure reason. */
function describeFailure(error) {
    if (error instanceof RunFailure)
        return { reason: error.reason, message: error.summary };
    const message = messageOf(error);
    if (error instanceof InputError)
        return { reason: 'invalid', message };
    if (error instanceof api/* AuthError */.lR)
        return { reason: 'auth', message };
    if (error instanceof api/* ApiError */.hD || error instanceof api/* WorkspaceError */.kP) {
        return { reason: 'api', message };
    }
    // An unforeseen error (a bug, a disk error) is none of the documented reasons; the
    // step fails and the message says what happened, but no reason is claimed.
    return { message };
}
function logInputs(inputs) {
    const lines = [
        `command: ${inputs.command}`,
        `workspace: ${inputs.workspace || '(the only one)'}`,
        `path: ${inputs.paths.join(', ')}`,
        `credentials: ${inputs.credentials ? 'given' : 'none (validate only)'}`,
        `dry-run: ${inputs.dryRun}`,
        `prune: ${inputs.prune}${inputs.ignore.length > 0 ? ` (ignore: ${inputs.ignore.join(', ')})` : ''}`,
        `max-deletes: ${inputs.maxDeletes}`,
        `concurrency: ${inputs.concurrency}`,
        `verify-before-write: ${inputs.verifyBeforeWrite}`,
        `on-plan-change: ${inputs.onPlanChange}`,
    ];
    infoUntrusted(lines.join('\n'));
}
const main_STATUS_MARK = {
    done: '✓',
    failed: '✗',
    skipped: '↷',
    conflict: '⚠',
};
function progressLine(done, total, r) {
    const mark = main_STATUS_MARK[r.status];
    const what = r.change.kind === 'rename' ? `${r.change.fromName} → ${r.change.name}` : r.change.name;
    const why = r.error ? `: ${r.error}` : '';
    return `[${done}/${total}] ${mark} ${r.change.kind} ${JSON.stringify(what).slice(1, -1)}${why}`;
}
function capped(lines, max) {
    if (lines.length <= max)
        return lines;
    return [...lines.slice(0, max), `… and ${lines.length - max} more (see the job summary)`];
}
function shortSha(sha) {
    return /^[0-9a-f]{8,}$/i.test(sha) ? sha.slice(0, 7) : sha;
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./src/index.ts
// The Action's entry point: everything lives in main.ts, so tests can import it freely.



// The bundle sits in dist/, its load worker in dist/load-worker/ (a variable, so that the
// bundler leaves the path alone).
const LOAD_WORKER = './load-worker/index.js';
(0,parallel/* useLoadWorker */.ip)({
    url: new URL(LOAD_WORKER, import.meta.url),
    debug: runner.debug,
    warning: (message) => runner.warning(message),
});
void run();

