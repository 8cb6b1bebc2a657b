"use strict";
exports.id = 890;
exports.ids = [890,726];
exports.modules = {

/***/ 3890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkFile: () => (/* binding */ checkFile),
/* harmony export */   checkFiles: () => (/* binding */ checkFiles),
/* harmony export */   fullCheck: () => (/* binding */ fullCheck),
/* harmony export */   withPlainEnv: () => (/* binding */ withPlainEnv)
/* harmony export */ });
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1726);
/* harmony import */ var _quick_check_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(687);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5413);
/**
 * The part of loading that looks at one file at a time: parse it and apply every rule
 * that needs only the document itself. Files that the quick reader takes are checked in
 * `quick-check.ts`; this module adds the full parser, for every other file. Its result
 * is plain data (no node trees, no functions), so that it can be computed in a worker
 * thread and posted back unchanged.
 */



/** Parses one file with the full parser and applies the rules that look at one document at a time. */
function fullCheck(source) {
    const parsed = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseAudienceFile */ .G)(source.file, source.text);
    const problems = [...parsed.problems];
    const documents = parsed.documents.map((doc) => {
        const found = (0,_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .checkDocument */ .sw)(doc);
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
/**
 * Parses one file and applies the rules that look at one document at a time. `full`
 * skips the quick reader (the tests compare both ways).
 */
function checkFile(source, full = false) {
    return (full ? undefined : (0,_quick_check_js__WEBPACK_IMPORTED_MODULE_1__/* .quickCheck */ .u0)(source)) ?? withPlainEnv(() => fullCheck(source));
}
/** `checkFile` for each source, in order. */
function checkFiles(sources) {
    const quick = sources.map(_quick_check_js__WEBPACK_IMPORTED_MODULE_1__/* .quickCheck */ .u0);
    if (quick.every((check) => check !== undefined))
        return quick;
    return withPlainEnv(() => quick.map((check, i) => check ?? fullCheck(sources[i])));
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

/***/ 1726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  locatorFor: () => (/* binding */ locatorFor),
  G: () => (/* binding */ parseAudienceFile)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/schema/locate.ts
/**
 * Maps a path inside a document's value (as ajv and the rules name it) back to the YAML
 * node it came from, so that every problem can point at a line and a column.
 *
 * Positions are resolved only when a problem needs one: the valid path never walks the
 * node tree.
 */


function keyText(pair) {
    const key = pair.key;
    if ((0,dist/* isScalar */.jn)(key))
        return String(key.value);
    if (key === null || key === undefined)
        return undefined;
    return String(key);
}
/** The last pair with this key: the one whose value `toJS` kept. */
function findPair(map, key) {
    if (!(0,dist/* isMap */.jh)(map))
        return undefined;
    for (let i = map.items.length - 1; i >= 0; i--) {
        const pair = map.items[i];
        if (pair && (0,dist/* isPair */.tO)(pair) && keyText(pair) === key)
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
    if (!(0,dist/* isScalar */.jn)(node) || !node.range)
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
        if ((0,dist/* isAlias */.Vj)(node))
            node = node.resolve(doc);
        let pair;
        let child;
        if ((0,dist/* isMap */.jh)(node)) {
            pair = findPair(node, String(segment));
            child = pair?.value;
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
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

;// CONCATENATED MODULE: ./src/config/parse.ts
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
    return (0,dist/* isScalar */.jn)(contents) && contents.value === null && contents.range[0] === contents.range[1];
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
            this.lineCounter = new dist/* LineCounter */.HN();
            this.docs = (0,dist/* parseAllDocuments */.hR)(this.text, { ...PARSE_OPTIONS, lineCounter: this.lineCounter });
        }
        const doc = this.docs[index];
        return this.at(doc ? locateOffset(doc, path, target) : 0, this.lineCounter);
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
    const lineCounter = new dist/* LineCounter */.HN();
    const problems = [];
    const docs = (0,dist/* parseAllDocuments */.hR)(text, { ...PARSE_OPTIONS, lineCounter });
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


/***/ })

};
;