"use strict";
exports.id = 967;
exports.ids = [967,890,726];
exports.modules = {

/***/ 6824:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S4: () => (/* binding */ readConnectionSettings),
/* harmony export */   Ur: () => (/* binding */ CONNECTION_OPTIONS),
/* harmony export */   Xf: () => (/* binding */ CONNECTION_HELP),
/* harmony export */   p: () => (/* binding */ withConnection)
/* harmony export */ });
/* unused harmony export ConnectionSettingsError */
/* harmony import */ var _cli_env_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(969);
/* harmony import */ var _cli_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6675);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(825);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8750);
/**
 * Connection settings for the commands that talk to neuroflash (export, bootstrap, plan,
 * apply, doctor): flags first, then the environment (`docs/cli.md`). Secrets only ever
 * come from the environment, so they never sit in shell history or in a process list.
 */




/** `node:util` `parseArgs` options of the connection flags, to spread into a command's. */
const CONNECTION_OPTIONS = {
    'api-url': { type: 'string' },
    'token-url': { type: 'string' },
    workspace: { type: 'string' },
};
/** The help text lines of the connection flags and variables. */
const CONNECTION_HELP = `Connection:
  --api-url URL     the API base (env ${_cli_env_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .Km.apiUrl}; default ${_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_API_URL */ .rK})
  --token-url URL   the token endpoint (env ${_cli_env_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .Km.tokenUrl}; default ${_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_TOKEN_URL */ ._T})
  --workspace W     a workspace id or name (env ${_cli_env_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .Km.workspace}; default: the only one)
  Credentials come from ${_cli_env_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .Km.clientId} and ${_cli_env_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .Km.clientSecret}.`;
/** The settings cannot make a connection: credentials missing or a URL malformed. */
class ConnectionSettingsError extends _cli_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo {
    name = 'ConnectionSettingsError';
}
/**
 * Connection settings from flags and environment. Throws `ConnectionSettingsError` naming
 * both credential variables when either is missing, and naming the flag or variable of
 * a URL that is not an http(s) URL.
 */
function readConnectionSettings(flags, env) {
    const clientId = nonEmpty(env[_cli_env_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .Km.clientId]);
    const clientSecret = nonEmpty(env[_cli_env_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .Km.clientSecret]);
    if (!clientId || !clientSecret) {
        const missing = [!clientId && _cli_env_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .Km.clientId, !clientSecret && _cli_env_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .Km.clientSecret].filter(Boolean);
        throw new ConnectionSettingsError(`missing credentials: set ${_cli_env_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .Km.clientId} and ${_cli_env_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .Km.clientSecret} to the neuroflash ` +
            `service account's client id and secret (not set: ${missing.join(', ')})`);
    }
    const apiUrl = pickUrl(flags['api-url'], '--api-url', env, _cli_env_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .Km.apiUrl, _settings_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_API_URL */ .rK);
    const tokenUrl = pickUrl(flags['token-url'], '--token-url', env, _cli_env_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .Km.tokenUrl, _settings_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_TOKEN_URL */ ._T);
    const workspace = nonEmpty(flags.workspace) ?? nonEmpty(env[_cli_env_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .Km.workspace]);
    return { apiUrl, tokenUrl, clientId, clientSecret, ...(workspace ? { workspace } : {}) };
}
function nonEmpty(value) {
    const trimmed = value?.trim();
    return trimmed ? trimmed : undefined;
}
function pickUrl(flag, flagName, env, envName, fallback) {
    // A blank flag or variable counts as not given.
    const { value, name } = (0,_cli_env_js__WEBPACK_IMPORTED_MODULE_0__/* .fromFlagOrEnv */ .bl)(nonEmpty(flag), flagName, env, envName);
    try {
        return (0,_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCredentialUrlSetting */ .so)(nonEmpty(value) ?? fallback, name, fallback);
    }
    catch (error) {
        throw new ConnectionSettingsError(error.message);
    }
}
/**
 * Opens a connection (client plus resolved workspace), runs `fn` with it, and releases
 * the client's connection pools whatever happens. A failure leaves as a `UserError` that
 * knows the API base, so that a 404 can name the URL that answered.
 */
async function withConnection(command, settings, fn, open = _engine_js__WEBPACK_IMPORTED_MODULE_2__/* .connect */ .Ng) {
    try {
        const connection = await open(settings);
        try {
            return await fn(connection);
        }
        finally {
            await connection.api.close();
        }
    }
    catch (error) {
        throw (0,_cli_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .toUserError */ .dZ)(error, { command, apiUrl: settings.apiUrl });
    }
}


/***/ }),

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


/***/ }),

/***/ 780:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ loadFromSources)
/* harmony export */ });
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3890);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1099);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1726);



/** The same as `loadAudiences`, on in-memory sources. */
function loadFromSources(sources) {
    return (0,_load_js__WEBPACK_IMPORTED_MODULE_1__/* .combineChecks */ .L6)(sources, (0,_check_js__WEBPACK_IMPORTED_MODULE_0__.checkFiles)(sources), _parse_js__WEBPACK_IMPORTED_MODULE_2__.locatorFor);
}


/***/ }),

/***/ 2290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MD: () => (/* reexport */ write/* OverwriteRefusedError */.MD),
  $6: () => (/* reexport */ write/* existingFiles */.$6),
  U$: () => (/* binding */ exportWorkspace),
  kl: () => (/* reexport */ yaml/* profileToYaml */.kl),
  vj: () => (/* reexport */ schema_ref/* resolveSchemaRef */.vj),
  Yv: () => (/* reexport */ slug/* slugify */.Y),
  PQ: () => (/* reexport */ write/* writeAllOrNothing */.PQ)
});

// UNUSED EXPORTS: DEFAULT_BACKUP_ROOT, DEFAULT_SCHEMA_URL, ForeignFilesError, RemovalRefusedError, SCHEMA_REPO_PATH, assignSlugs, audienceToYaml, backupFolder, classifyText, isRepositoryRoot, pickProfile, planFolderChanges, renderExport, schemaUrlFor, schemaUrlForAction, surveyFolder, writeBackup

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/sources.ts
var sources = __webpack_require__(780);
// EXTERNAL MODULE: ./src/plan/compare.ts
var compare = __webpack_require__(8512);
// EXTERNAL MODULE: ./src/config/discover.ts
var discover = __webpack_require__(7307);
// EXTERNAL MODULE: ./src/config/parse.ts + 1 modules
var parse = __webpack_require__(1726);
// EXTERNAL MODULE: ./src/guards.ts
var guards = __webpack_require__(9609);
// EXTERNAL MODULE: ./src/schema/validator.ts + 2 modules
var validator = __webpack_require__(7522);
// EXTERNAL MODULE: ./src/export/folder-errors.ts
var folder_errors = __webpack_require__(9710);
// EXTERNAL MODULE: ./src/export/write.ts
var write = __webpack_require__(1013);
;// CONCATENATED MODULE: ./src/export/folder.ts
/**
 * What an export does to the folder it writes into. An exact export must leave the folder
 * holding only its own files, so audience files it does not rewrite have to go; but a
 * folder may be a repository root or hold someone's other YAML, so only files that are
 * recognisably audience files are ever removed, and anything else that `plan` would read
 * stops the export instead of being deleted.
 */










const SCHEMA_KEYS = new Set(Object.keys(validator/* audienceSchema */.K.properties ?? {}));
/**
 * Classifies one file's text. Strict on purpose: a GitHub workflow also has a top-level
 * `name`, so a `name` alone proves nothing; every key of every document must be one of
 * the audience schema's.
 */
function classifyText(text) {
    // The loader's own parser: the same idea of an empty document, and its guard against
    // alias bombs.
    const parsed = (0,parse/* parseAudienceFile */.G)('', text);
    if (parsed.documents.some((d) => d.yamlError)) {
        return { kind: 'unreadable', names: [], reason: 'it is not valid YAML' };
    }
    const values = parsed.documents.map((d) => d.value);
    if (values.length === 0) {
        return { kind: 'blank', names: [], reason: 'it holds no YAML document' };
    }
    const names = [];
    for (const value of values) {
        if (!(0,guards/* isRecord */.u)(value)) {
            return { kind: 'foreign', names: [], reason: 'a document is not a mapping' };
        }
        const unknown = Object.keys(value).filter((k) => !SCHEMA_KEYS.has(k));
        if (unknown.length > 0) {
            return {
                kind: 'foreign',
                names: [],
                reason: `it has keys no audience has (${unknown.slice(0, 3).join(', ')})`,
            };
        }
        if (typeof value.name !== 'string' || value.name.trim() === '') {
            return { kind: 'foreign', names: [], reason: 'a document has no name' };
        }
        names.push(value.name.trim());
    }
    return { kind: 'audience', names, reason: '' };
}
/**
 * Every file that `plan <outDir>` would read (the loader's own discovery, so dot-folders
 * such as `.github` are never even looked at), classified. An absent folder has none.
 */
async function surveyFolder(outDir, cwd) {
    const discovery = await (0,discover/* discoverFiles */.ZO)([outDir], cwd);
    const surveyed = [];
    for (const file of discovery.files) {
        const absolute = external_node_path_default().resolve(cwd, file);
        const info = await (0,promises_.lstat)(absolute);
        if (!info.isFile()) {
            surveyed.push({ file, kind: 'special', names: [], reason: 'it is not a regular file' });
            continue;
        }
        surveyed.push({ file, ...classifyText(await (0,promises_.readFile)(absolute, 'utf8')) });
    }
    return surveyed;
}
/** Whether `dir` (relative to `cwd`) is the top of a git repository. */
async function isRepositoryRoot(dir, cwd) {
    try {
        await (0,promises_.lstat)(external_node_path_default().join(external_node_path_default().resolve(cwd, dir), '.git'));
        return true;
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return false;
        throw error;
    }
}
/**
 * Pure: decides, from the export's `targets` and the folder's survey, which files are
 * overwritten and which removed, or throws why the export must not run:
 * - `OverwriteRefusedError` without `force` when any target or other audience file exists
 *   (the first would be clobbered, the second would make the result inexact);
 * - `ForeignFilesError` when a file `plan` reads is not an audience file (at a target
 *   path, a broken or blank file is overwritten with `force`: it is where the export
 *   writes and holds nothing anyone could read);
 * - `RemovalRefusedError` when files would be removed from a repository root, or the
 *   export writes nothing at all yet would empty the folder (a wrong workspace, say).
 */
function planFolderChanges(targets, survey, options) {
    const key = (file) => external_node_path_default().resolve(options.cwd, file);
    const targetKeys = new Set(targets.map(key));
    const surveyed = new Map(survey.map((s) => [key(s.file), s]));
    const others = survey.filter((s) => !targetKeys.has(key(s.file)));
    const otherAudiences = others.filter((s) => s.kind === 'audience').map((s) => s.file);
    if (!options.force && (options.existingTargets.length > 0 || otherAudiences.length > 0)) {
        throw new write/* OverwriteRefusedError */.MD([...options.existingTargets], otherAudiences);
    }
    const foreign = [
        ...options.existingTargets
            .map((file) => surveyed.get(key(file)))
            .filter((s) => s !== undefined && (s.kind === 'foreign' || s.kind === 'special')),
        ...others.filter((s) => s.kind !== 'audience'),
    ]
        .map((s) => ({ file: s.file, reason: s.reason }))
        .sort((a, b) => (0,compare/* compareText */.n6)(a.file, b.file));
    if (foreign.length > 0)
        throw new folder_errors/* ForeignFilesError */.GM(options.outDir, foreign);
    const remove = [...otherAudiences].sort(compare/* compareText */.n6);
    if (remove.length > 0 && options.repositoryRoot) {
        throw new folder_errors/* RemovalRefusedError */.hg('repository-root', options.outDir, remove);
    }
    if (remove.length > 0 && targets.length === 0) {
        throw new folder_errors/* RemovalRefusedError */.hg('nothing-exported', options.outDir, remove);
    }
    return { overwrite: [...options.existingTargets].sort(compare/* compareText */.n6), remove };
}

// EXTERNAL MODULE: ./src/export/schema-ref.ts
var schema_ref = __webpack_require__(2311);
// EXTERNAL MODULE: ./src/export/slug.ts
var slug = __webpack_require__(8607);
// EXTERNAL MODULE: ./src/export/yaml.ts
var yaml = __webpack_require__(3311);
// EXTERNAL MODULE: ./src/export/backup.ts + 1 modules
var backup = __webpack_require__(9325);
;// CONCATENATED MODULE: ./src/export/index.ts
/**
 * Export: one YAML file per remote audience, so that a team with an existing workspace
 * can start managing it as code. The output is exact: planning the exported folder
 * against the same workspace shows no changes.
 */















/**
 * Writes one YAML file per remote audience, so that the folder then holds exactly the
 * export. Without `force`, throws `OverwriteRefusedError` when a target or any other
 * audience file exists; with it, overwrites the targets and removes the other audience
 * files. Throws `ForeignFilesError` or `RemovalRefusedError` (see
 * {@link planFolderChanges}) when that cannot be done safely. Whenever it throws, nothing
 * was written or removed.
 */
async function exportWorkspace(audiences, options) {
    await refuseNonFolder(options.outDir, options.cwd);
    const remote = await audiences.listAudiences();
    const schemaPath = await (0,schema_ref/* resolveSchemaRef */.vj)(options.schema, options.cwd, options.outDir);
    const rendered = renderExport(remote, { outDir: options.outDir, schemaPath });
    const targets = rendered.files.map((f) => f.file);
    const changes = planFolderChanges(targets, await surveyFolder(options.outDir, options.cwd), {
        outDir: options.outDir,
        cwd: options.cwd,
        force: options.force,
        existingTargets: await (0,write/* existingFiles */.$6)(targets, options.cwd),
        repositoryRoot: await isRepositoryRoot(options.outDir, options.cwd),
    });
    await (0,write/* writeAllOrNothing */.PQ)(rendered.files, {
        cwd: options.cwd,
        force: options.force,
        remove: changes.remove,
    });
    return {
        written: targets,
        overwritten: changes.overwrite,
        removed: changes.remove,
        skipped: rendered.skipped,
        readOnly: rendered.files.filter((f) => f.readOnly).map((f) => f.file),
    };
}
/** The export writes one file per audience into a folder: a file in its place is an error. */
async function refuseNonFolder(outDir, cwd) {
    const found = await (0,promises_.stat)(external_node_path_default().resolve(cwd, outDir)).catch(() => undefined);
    if (found && !found.isDirectory()) {
        throw new Error(`${outDir} is a file, not a folder: export writes one file per audience into a folder, so give a folder (or a path that does not exist yet)`);
    }
}
/**
 * Pure: the files an export of `remote` consists of. File names come from slugs of the
 * names, made distinct deterministically. An audience is skipped, with the reason, when
 * its name is shared with another remote audience (a file could match either, and the
 * plan would refuse to pick one) or when its profile would not pass validation (one bad
 * file would block every plan of the folder).
 */
function renderExport(remote, options) {
    const dir = toPosix(options.outDir);
    const slugs = (0,slug/* assignSlugs */.A)(remote);
    const fileOf = (a) => external_node_path_default().posix.join(dir, `${slugs.get(a.id)}.yml`);
    const ordered = [...remote].sort((a, b) => (0,compare/* compareText */.n6)(fileOf(a), fileOf(b)));
    const sameName = new Map();
    for (const audience of ordered) {
        const key = audience.name.trim();
        sameName.set(key, [...(sameName.get(key) ?? []), audience]);
    }
    const files = [];
    const skipped = [];
    for (const audience of ordered) {
        const file = fileOf(audience);
        const twins = sameName.get(audience.name.trim()) ?? [];
        if (twins.length > 1) {
            skipped.push({ file, reason: duplicateReason(audience, twins) });
            continue;
        }
        const readOnly = !audience.permissions.canUpdate;
        const note = permissionNote(audience);
        const text = (0,yaml/* audienceToYaml */.Hr)(audience, {
            schemaPath: options.schemaPath,
            ...(note ? { note } : {}),
        });
        files.push({ file, text, id: audience.id, name: audience.name, readOnly });
    }
    const problems = (0,sources/* loadFromSources */.X)(files).problems.filter((p) => p.severity === 'error');
    if (problems.length === 0)
        return { files, skipped };
    const invalid = new Set(problems.map((p) => p.file));
    for (const file of invalid) {
        const messages = problems
            .filter((p) => p.file === file)
            .map((p) => `line ${p.line}: ${p.message}`);
        skipped.push({
            file,
            reason: `its profile in neuroflash would not pass validation (${messages.join('; ')}); fix it in neuroflash and export again`,
        });
    }
    skipped.sort((a, b) => (0,compare/* compareText */.n6)(a.file, b.file));
    return { files: files.filter((f) => !invalid.has(f.file)), skipped };
}
function duplicateReason(audience, twins) {
    const ids = twins
        .map((t) => t.id)
        .sort(compare/* compareText */.n6)
        .join(', ');
    return (`${twins.length} audiences in neuroflash are named ${JSON.stringify(audience.name.trim())} ` +
        `(ids ${ids}); a file matches audiences by name, so rename all but one in neuroflash ` +
        'and export again');
}
/** The comment that warns a reviewer before they edit something the sync may not change. */
function permissionNote(audience) {
    const { canUpdate, canDelete } = audience.permissions;
    if (!canUpdate && !canDelete) {
        return 'Owned by another user: audience-sync can read it but not change or delete it (updates will be blocked).';
    }
    if (!canUpdate) {
        return 'Owned by another user: audience-sync can read it but not change it (updates will be blocked).';
    }
    if (!canDelete) {
        return 'audience-sync may update this audience but not delete it (a delete will be blocked).';
    }
    return undefined;
}
function toPosix(dir) {
    const posix = external_node_path_default().posix.normalize(dir.split((external_node_path_default()).sep).join('/'));
    return posix.length > 1 ? posix.replace(/\/+$/, '') : posix;
}


/***/ })

};
;