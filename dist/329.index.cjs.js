"use strict";
exports.id = 329;
exports.ids = [329,710];
exports.modules = {

/***/ 4329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatCommentHead: () => (/* binding */ formatCommentHead),
/* harmony export */   formatDriftMarker: () => (/* binding */ formatDriftMarker),
/* harmony export */   formatLinesMarker: () => (/* binding */ formatLinesMarker),
/* harmony export */   formatMarker: () => (/* binding */ formatMarker),
/* harmony export */   markerKey: () => (/* binding */ markerKey),
/* harmony export */   parseDriftMarker: () => (/* binding */ parseDriftMarker),
/* harmony export */   parseLinesMarker: () => (/* binding */ parseLinesMarker),
/* harmony export */   parseMarker: () => (/* binding */ parseMarker),
/* harmony export */   readCommentHead: () => (/* binding */ readCommentHead)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7242);
/* harmony import */ var _plan_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3449);
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
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(canonical).digest('hex').slice(0, 16);
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
    return formatPairs(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .MARKER_PREFIX */ .Km, pairs);
}
/**
 * Reads the marker at the very start of a comment body; `undefined` when the body does
 * not start with one. Only the start counts, so a comment that quotes ours is not ours.
 * Unknown `name=value` pairs are skipped, so a later writer may add fields.
 */
function parseMarker(body) {
    const pairs = parsePairs(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .MARKER_PREFIX */ .Km, body);
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
 * The second hidden line of a plan comment: base64 of gzip of JSON of the plan's lines
 * and, given the plan, its changes in canonical form (`{"lines":[…],"plan":{…}}`; the
 * lines alone are a JSON array, as older versions wrote them). When that takes more than
 * {@link MAX_ENCODED_LINES} characters the canonical changes are left out, and then the
 * lines, with a note of how many there were. Base64 cannot contain `-->`, so no line can
 * end the HTML comment early.
 */
function formatLinesMarker(recorded) {
    const lines = isLines(recorded) ? recorded : (0,_plan_index_js__WEBPACK_IMPORTED_MODULE_3__/* .planLines */ .HN)(recorded);
    const encode = (value) => (0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.gzipSync)(Buffer.from(JSON.stringify(value), 'utf8'), { level: 9 }).toString('base64');
    const candidates = isLines(recorded)
        ? [lines]
        : [{ lines, plan: (0,_plan_index_js__WEBPACK_IMPORTED_MODULE_3__/* .canonicalPlan */ .ES)(recorded) }, lines];
    for (const candidate of candidates) {
        const data = encode(candidate);
        if (data.length <= _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_ENCODED_LINES */ .Ko)
            return `${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .LINES_MARKER_PREFIX */ .oN} data=${data} -->`;
    }
    return `${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .LINES_MARKER_PREFIX */ .oN} omitted=too-large count=${lines.length} -->`;
}
function isLines(recorded) {
    return Array.isArray(recorded);
}
/**
 * The two hidden lines that open a plan comment: the marker and, when a plan was made,
 * its lines (and, given the plan itself, its changes). `renderMarkdown` takes them as its
 * `marker` and counts them in the limit.
 */
function formatCommentHead(marker, recorded) {
    const head = formatMarker(marker);
    return recorded === undefined ? head : `${head}\n${formatLinesMarker(recorded)}`;
}
/**
 * The hidden lines a plan comment opens with (the marker and, if there, its lines line),
 * exactly as written, or undefined when the body does not open with a marker. The comment
 * rewritten after the apply keeps them, so a re-run of that apply still finds what was
 * reviewed.
 */
function readCommentHead(body) {
    if (!parseMarker(body))
        return undefined;
    const first = body.slice(0, body.indexOf('-->') + '-->'.length);
    const rest = body.slice(first.length);
    if (!rest.startsWith(`\n${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .LINES_MARKER_PREFIX */ .oN} `))
        return first;
    const end = rest.indexOf('-->');
    return end < 0 ? first : first + rest.slice(0, end + '-->'.length);
}
/**
 * The plan lines a comment recorded, read from the line right after its opening marker
 * (nowhere else, so quoted text cannot pose as them).
 */
function parseLinesMarker(body) {
    const first = body.startsWith(`${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .MARKER_PREFIX */ .Km} `) ? body.indexOf('-->') : -1;
    const start = first + '-->'.length + 1;
    if (first < 0 || body[start - 1] !== '\n')
        return { kind: 'not-recorded' };
    const pairs = parsePairs(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .LINES_MARKER_PREFIX */ .oN, body.slice(start));
    if (!pairs)
        return { kind: 'not-recorded' };
    if (pairs.get('omitted') === 'too-large') {
        const count = Number(pairs.get('count'));
        return Number.isSafeInteger(count) && count >= 0
            ? { kind: 'too-large', count }
            : { kind: 'too-large' };
    }
    const data = pairs.get('data');
    if (!data || data.length > _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_ENCODED_LINES */ .Ko || !BASE64.test(data)) {
        return { kind: 'not-recorded' };
    }
    try {
        const json = (0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.gunzipSync)(Buffer.from(data, 'base64'), { maxOutputLength: MAX_DECODED_BYTES });
        const value = JSON.parse(json.toString('utf8'));
        if (isStringArray(value))
            return { kind: 'lines', lines: value };
        if (isRecord(value) && isStringArray(value.lines)) {
            return isCanonicalPlan(value.plan)
                ? { kind: 'lines', lines: value.lines, plan: value.plan }
                : { kind: 'lines', lines: value.lines };
        }
    }
    catch {
        // Not gzip, over the cap, or not JSON: treated like a comment without lines.
    }
    return { kind: 'not-recorded' };
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isStringArray(value) {
    return Array.isArray(value) && value.every((v) => typeof v === 'string');
}
function isCanonicalChange(value) {
    return (isRecord(value) &&
        typeof value.kind === 'string' &&
        typeof value.name === 'string' &&
        (value.id === undefined || typeof value.id === 'string') &&
        (value.fromName === undefined || typeof value.fromName === 'string') &&
        Array.isArray(value.fieldChanges) &&
        value.fieldChanges.every((fc) => isRecord(fc) && typeof fc.field === 'string'));
}
/** The shape check of a recorded plan: a comment that fails it is read as lines only. */
function isCanonicalPlan(value) {
    return (isRecord(value) &&
        Array.isArray(value.changes) &&
        value.changes.every(isCanonicalChange) &&
        Array.isArray(value.blocked) &&
        value.blocked.every(isCanonicalChange) &&
        Array.isArray(value.conflicts) &&
        value.conflicts.every((c) => isRecord(c) && typeof c.name === 'string' && isStringArray(c.ids)));
}
/** Writes the drift issue's marker line. */
function formatDriftMarker(marker) {
    return formatPairs(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .DRIFT_MARKER_PREFIX */ .eQ, [
        ['key', marker.key],
        ['fingerprint', marker.fingerprint],
    ]);
}
/** Reads the marker at the very start of an issue body, as {@link parseMarker} does. */
function parseDriftMarker(body) {
    const pairs = parsePairs(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .DRIFT_MARKER_PREFIX */ .eQ, body);
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


/***/ })

};
;