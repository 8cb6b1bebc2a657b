"use strict";
exports.id = 325;
exports.ids = [325];
exports.modules = {

/***/ 9325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_BACKUP_ROOT: () => (/* reexport */ settings/* DEFAULT_BACKUP_ROOT */.Wp),
  backupFolder: () => (/* reexport */ backupFolder),
  writeBackup: () => (/* binding */ writeBackup)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/plan/compare.ts
var compare = __webpack_require__(8512);
// EXTERNAL MODULE: ./src/export/schema-ref.ts
var schema_ref = __webpack_require__(2311);
// EXTERNAL MODULE: ./src/export/slug.ts
var slug = __webpack_require__(8607);
// EXTERNAL MODULE: ./src/export/write.ts
var write = __webpack_require__(1013);
// EXTERNAL MODULE: ./src/export/yaml.ts
var yaml = __webpack_require__(3311);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/settings.ts
var settings = __webpack_require__(8750);
;// CONCATENATED MODULE: ./src/export/backup-folder.ts
/**
 * Where a run's backup goes (see `backup.ts`): apart from the writer, so that the CLI
 * can name the folder in its help and choose it without loading the YAML library.
 */



/**
 * A fresh folder for one run's backup: `<root>/<UTC timestamp>-<random>`, e.g.
 * `.audience-sync/backups/2026-12-03T06-45-12Z-3f9a1c2e`. The timestamp sorts the runs by
 * time and has no `:`, so it is a valid name on every file system; the random part keeps
 * two runs in the same second apart (parallel jobs sharing a temporary folder), since a
 * backup never overwrites a file.
 */
function backupFolder(root, now = new Date()) {
    const stamp = now
        .toISOString()
        .replace(/\.\d+Z$/, 'Z')
        .replaceAll(':', '-');
    return external_node_path_default().join(root, `${stamp}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`);
}

;// CONCATENATED MODULE: ./src/export/backup.ts
/**
 * The backup taken before an apply writes: the prior state of every remote audience the
 * plan updates, renames or deletes, as audience files in the export format. Putting a
 * file back into the audiences folder and planning restores that audience through the
 * normal plan (see docs/plan.md, "Backups").
 */







/**
 * Writes the prior state of each remote audience that `plan` updates, renames or deletes
 * into `dir` (created when missing), one file per audience, and returns the paths written
 * (`dir` joined with each file name), sorted. Writes nothing, and does not create `dir`,
 * when the plan changes no existing audience. All files are written or none; an existing
 * file is never overwritten.
 *
 * Each file is the audience as the export writes it (the profile fields neuroflash
 * returned), with a comment naming its id, its `updatedAt` and the change it preceded.
 * Unlike the export it also keeps an audience whose profile would not pass validation:
 * a backup that leaves one out loses it.
 */
async function writeBackup(dir, plan, remote) {
    const kinds = new Map();
    for (const change of plan.changes) {
        if (change.kind !== 'create' && change.id !== undefined)
            kinds.set(change.id, change.kind);
    }
    const affected = remote.filter((r) => kinds.has(r.id));
    if (affected.length === 0)
        return [];
    const slugs = (0,slug/* assignSlugs */.A)(affected);
    const files = affected
        .map((audience) => ({
        file: `${slugs.get(audience.id)}.yml`,
        text: (0,yaml/* audienceToYaml */.Hr)(audience, {
            schemaPath: schema_ref/* DEFAULT_SCHEMA_URL */.so,
            note: backupNote(audience, kinds.get(audience.id) ?? 'change'),
        }),
    }))
        .sort((a, b) => (0,compare/* compareText */.n6)(a.file, b.file));
    await (0,write/* writeAllOrNothing */.PQ)(files, { cwd: dir, force: false });
    return files.map((f) => external_node_path_default().join(dir, f.file));
}
function backupNote(audience, kind) {
    const at = audience.updatedAt ? `, last updated ${audience.updatedAt}` : '';
    return [
        `Backup: neuroflash audience ${audience.id}${at}, as it was before audience-sync's ${kind}.`,
        'To restore it, put this file in the audiences folder (a deleted audience is created',
        'anew, with a new id) and open a pull request.',
    ].join('\n');
}


/***/ }),

/***/ 2311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   so: () => (/* binding */ DEFAULT_SCHEMA_URL),
/* harmony export */   vj: () => (/* binding */ resolveSchemaRef)
/* harmony export */ });
/* unused harmony exports SCHEMA_REPO_PATH, schemaUrlFor, schemaUrlForAction */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Where an exported file's `yaml-language-server` comment points. The files land in the
 * user's repository, which has no `src/schema/` of its own, so a path into this project
 * only works when exporting inside this project; everywhere else a URL does.
 */


/** The schema's place inside the audience-sync repository. */
const SCHEMA_REPO_PATH = 'src/schema/audience.schema.json';
/**
 * The published schema, pinned to the major version the Action is used at (`@v1`), so
 * editors see the same rules as the validator of that major version.
 */
const DEFAULT_SCHEMA_URL = schemaUrlFor('audience-sync/audience-sync', 'v1');
/** The raw URL of the schema in a GitHub repository at a ref (a tag, branch or SHA). */
function schemaUrlFor(repository, ref) {
    return `https://raw.githubusercontent.com/${repository}/${ref}/${SCHEMA_REPO_PATH}`;
}
/**
 * Inside a running Action, the schema of the exact version in use: GitHub sets
 * `GITHUB_ACTION_REPOSITORY` and `GITHUB_ACTION_REF` for the step's action. Undefined
 * elsewhere (a local `uses: ./` action has no ref), so the caller falls back.
 */
function schemaUrlForAction(env) {
    const repository = env.GITHUB_ACTION_REPOSITORY?.trim();
    const ref = env.GITHUB_ACTION_REF?.trim();
    return repository && ref ? schemaUrlFor(repository, ref) : undefined;
}
function isUrl(ref) {
    return /^[a-z][a-z0-9+.-]*:\/\//i.test(ref);
}
/**
 * The `$schema` value for files written into `dir`. `schema` may be a URL (used as is) or
 * a path relative to `cwd` (made relative to `dir`). Without one: this project's own
 * schema when `cwd` holds it, else the published URL.
 */
async function resolveSchemaRef(schema, cwd, dir) {
    if (schema && isUrl(schema))
        return schema;
    const target = schema ? node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, schema) : node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, SCHEMA_REPO_PATH);
    if (!schema && !(await exists(target)))
        return DEFAULT_SCHEMA_URL;
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, dir), target).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
    return relative.startsWith('.') ? relative : `./${relative}`;
}
async function exists(file) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)(file);
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 8607:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ assignSlugs),
/* harmony export */   Y: () => (/* binding */ slugify)
/* harmony export */ });
/* harmony import */ var _plan_compare_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8512);
/**
 * File names for exported audiences. A slug must be stable (the same name gives the same
 * file on every export, so re-exports diff cleanly), portable (ASCII, lower-case, safe on
 * case-insensitive and Windows file systems) and never empty.
 */

/** Letters that Unicode decomposition does not reduce to ASCII, spelled the common way. */
const SPECIAL_LETTERS = {
    ß: 'ss',
    ẞ: 'ss',
    æ: 'ae',
    Æ: 'ae',
    œ: 'oe',
    Œ: 'oe',
    ø: 'o',
    Ø: 'o',
    đ: 'd',
    Đ: 'd',
    ð: 'd',
    Ð: 'd',
    þ: 'th',
    Þ: 'th',
    ł: 'l',
    Ł: 'l',
    ı: 'i',
};
/** Device names that Windows refuses as file names, whatever the extension. */
const WINDOWS_RESERVED = new Set([
    'con',
    'prn',
    'aux',
    'nul',
    ...Array.from({ length: 9 }, (_, i) => `com${i + 1}`),
    ...Array.from({ length: 9 }, (_, i) => `lpt${i + 1}`),
]);
/** Long names make unwieldy paths; 60 characters keep a slug readable and unique enough. */
const MAX_SLUG_LENGTH = 60;
const FALLBACK_SLUG = 'audience';
/**
 * The file-name stem for an audience name: ASCII, lower-case, `-` separated. Accented
 * letters lose their accents (é→e, ü→u), a few letters are spelled out (ß→ss), anything
 * else non-ASCII (CJK, emoji) is dropped. An empty result becomes `audience`.
 */
function slugify(name) {
    const spelled = Array.from(name, (ch) => SPECIAL_LETTERS[ch] ?? ch).join('');
    const ascii = spelled
        .normalize('NFKD')
        // Combining marks are what NFKD split off the base letters.
        .replace(/\p{M}/gu, '')
        .toLowerCase();
    let slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    if (slug.length > MAX_SLUG_LENGTH) {
        slug = slug.slice(0, MAX_SLUG_LENGTH).replace(/-+$/, '');
    }
    if (slug === '')
        return FALLBACK_SLUG;
    if (WINDOWS_RESERVED.has(slug))
        return `${slug}-audience`;
    return slug;
}
/**
 * Gives each item a distinct slug. Items are taken in order of name, then id, so the same
 * workspace always yields the same file names; a slug already taken gets `-2`, `-3`, …
 * Returns the slugs by id.
 */
function assignSlugs(items) {
    const ordered = [...items].sort((a, b) => (0,_plan_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.name, b.name) || (0,_plan_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.id, b.id));
    const taken = new Set();
    const byId = new Map();
    for (const item of ordered) {
        const base = slugify(item.name);
        let slug = base;
        for (let n = 2; taken.has(slug); n++)
            slug = `${base}-${n}`;
        taken.add(slug);
        byId.set(item.id, slug);
    }
    return byId;
}


/***/ }),

/***/ 1013:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $6: () => (/* binding */ existingFiles),
/* harmony export */   MD: () => (/* reexport safe */ _folder_errors_js__WEBPACK_IMPORTED_MODULE_4__.MD),
/* harmony export */   PQ: () => (/* binding */ writeAllOrNothing)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _folder_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9710);
/**
 * All-or-nothing file writes. Export and bootstrap both promise never to clobber a file
 * the user has (unless forced) and never to leave half a result behind, so every target
 * is checked before anything is written, and each file appears only by a rename of a
 * fully written temporary file.
 */






/** The files among `files` (relative to `cwd`) that exist, symlinks included. */
async function existingFiles(files, cwd) {
    return files.filter((file) => exists(node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(cwd, file)));
}
function exists(file) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(file);
        return true;
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            throw error;
        return false;
    }
}
/**
 * Writes every file or none: refuses with {@link OverwriteRefusedError} when any target
 * exists and `force` is false; otherwise writes all texts to temporary files beside their
 * targets first and renames them into place only once all were written. Then removes the
 * files of `remove` (relative to `cwd`), the caller having decided they may go.
 *
 * The file operations are synchronous, one after the other: each is a small file, and a
 * round trip through the thread pool costs more than the operation. The backup before an
 * apply, which every write of the apply waits for, measured 12–50 ms that way for 90
 * audiences and 3–12 ms this way.
 */
async function writeAllOrNothing(files, options) {
    if (!options.force) {
        const existing = await existingFiles(files.map((f) => f.file), options.cwd);
        if (existing.length > 0)
            throw new _folder_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .OverwriteRefusedError */ .MD(existing);
    }
    // Every temporary name is chosen before any write, so that a failure can remove each
    // one, written or not.
    const staged = files.map(({ file, text }) => {
        const target = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(options.cwd, file);
        // A dot-file with a random part: never matched by the audience globs, never shared.
        const temp = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(target), `.${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(target)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
        return { temp, target, text };
    });
    const removeTemps = (from) => {
        for (const { temp } of from)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(temp, { force: true });
    };
    try {
        for (const folder of new Set(staged.map((s) => node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(s.target)))) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(folder, { recursive: true });
        }
        for (const { temp, text } of staged)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(temp, text, { encoding: 'utf8', flag: 'wx' });
    }
    catch (error) {
        removeTemps(staged);
        throw error;
    }
    let renamed = 0;
    try {
        for (const { temp, target } of staged) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(temp, target);
            renamed += 1;
        }
    }
    catch (error) {
        removeTemps(staged.slice(renamed));
        throw error;
    }
    await removeFiles(options.remove ?? [], staged, options.cwd);
}
/**
 * Removes only after every new file is in place: a failure then leaves an extra file, not
 * a missing one. On a case-insensitive disk `Team.yml` and a new `team.yml` are one file,
 * so a file that now is one of the targets is kept.
 */
async function removeFiles(files, written, cwd) {
    if (files.length === 0)
        return;
    const identity = (info) => `${info.dev}:${info.ino}`;
    const targets = new Set();
    for (const { target } of written)
        targets.add(identity(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(target)));
    for (const file of files) {
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(cwd, file);
        if (targets.has(identity(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(absolute))))
            continue;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(absolute);
    }
}


/***/ }),

/***/ 3311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hr: () => (/* binding */ audienceToYaml),
/* harmony export */   kl: () => (/* binding */ profileToYaml)
/* harmony export */ });
/* unused harmony export readsAsSameStringIn11 */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(182);
/**
 * The text of an audience file, built with the yaml library's Document API so that every
 * string round-trips exactly: a name such as `yes`, `123`, ` padded ` or `a: b` is quoted
 * where YAML would misread it, and never assembled by string concatenation.
 */



/** Pure: the YAML text of one audience file for a remote audience. */
function audienceToYaml(remote, options) {
    const fields = (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .pickProfile */ .Vm)(remote.raw);
    // The list item's `name` is what the API reported; the raw value is the same unless a
    // client mapped it, and the raw one is the exact text to keep.
    if (fields.name === undefined)
        fields.name = remote.name;
    return profileToYaml(fields, options);
}
/** Pure: the YAML text of one audience file for a set of profile fields (in schema order). */
function profileToYaml(fields, options) {
    const ordered = {};
    for (const field of _model_js__WEBPACK_IMPORTED_MODULE_1__/* .PROFILE_FIELDS */ .sA) {
        const value = fields[field];
        if (value !== undefined)
            ordered[field] = value;
    }
    const doc = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Document */ .yo(ordered);
    const header = [`yaml-language-server: $schema=${options.schemaPath}`];
    if (options.note)
        header.push(...options.note.split('\n'));
    doc.commentBefore = commentText(header);
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(doc.contents)) {
        for (const pair of doc.contents.items) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(pair) || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key))
                continue;
            const field = pair.key.value;
            // One line keeps the four shares, and so their sum, readable at a glance.
            if (field === 'genderDistribution' && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(pair.value))
                pair.value.flow = true;
            const fieldNote = options.fieldNotes?.[field];
            if (fieldNote)
                pair.key.commentBefore = commentText(fieldNote.split('\n'));
        }
    }
    quoteYaml11Lookalikes(doc.contents);
    // lineWidth 0: long values stay on one line instead of being folded. directives: false
    // says what an audience file never has (no `%` directive, no `---`), and spares the
    // library a walk of the whole tree to look for tags that would need one.
    return doc.toString({ lineWidth: 0, directives: false });
}
/** The yaml library prefixes each comment line with `#`; a leading space reads better. */
function commentText(lines) {
    return lines.map((line) => (line === '' ? '' : ` ${line}`)).join('\n');
}
/**
 * YAML 1.2 (which the loader and editors use) reads `yes`, `on` or `1_000` as strings,
 * but YAML 1.1 tools read them as booleans and numbers. Quoting such single-line strings
 * keeps the file unambiguous to every reader, at no cost to the 1.2 round trip.
 */
function quoteYaml11Lookalikes(node) {
    // A walk of its own rather than the library's `visit`, which freezes a copy of the
    // path at every step: that cost more than the checks themselves. The tree is the one
    // `new Document` made of plain data: maps, sequences, pairs and scalars (an alias
    // points to a node visited where it was first written, as `visit` sees it too).
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node)) {
        const { value } = node;
        if (typeof value === 'string' && !value.includes('\n') && !readsAsSameStringIn11(value)) {
            node.type = 'QUOTE_DOUBLE';
        }
    }
    else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(node)) {
        quoteYaml11Lookalikes(node.key);
        quoteYaml11Lookalikes(node.value);
    }
    else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
        for (const item of node.items)
            quoteYaml11Lookalikes(item);
    }
}
/** Words YAML 1.1 reads as booleans or null; every other run of letters is a string. */
const YAML11_WORDS = new Set(['y', 'yes', 'n', 'no', 'true', 'false', 'on', 'off', 'null'].flatMap((w) => [
    w,
    w.toUpperCase(),
    w.charAt(0).toUpperCase() + w.slice(1),
]));
/**
 * A word of letters, then words of letters or digits, one space apart: `Zürich Ärzte`,
 * `Audience 0042`, `topic 3`. No YAML 1.1 number, date, boolean or null has a space, and
 * the only ones that start with a letter are a boolean or null word ({@link YAML11_WORDS})
 * and a float such as `e5` (a digit after the letter), so such a text reads as itself
 * unless it is one of those words.
 */
const PLAIN_WORDS = /^\p{L}+(?: [\p{L}\p{N}]+)*$/u;
/** Exported for the test that holds the shortcut to the parse's verdict. */
function readsAsSameStringIn11(text) {
    // Most values are plain words; they need no parse to be judged (a parse per value was
    // a third of the time a backup of a hundred audiences took, before the first write).
    if (PLAIN_WORDS.test(text))
        return !YAML11_WORDS.has(text);
    try {
        return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text, { version: '1.1', logLevel: 'silent' }) === text;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 8512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IZ: () => (/* binding */ canonicalFieldValue),
/* harmony export */   XY: () => (/* binding */ cleanValue),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   eE: () => (/* binding */ sameValue),
/* harmony export */   n6: () => (/* binding */ compareText),
/* harmony export */   s_: () => (/* binding */ sameShare)
/* harmony export */ });
/* unused harmony export isSetField */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(182);
/**
 * How two values of a profile field are compared, cleaned and put in a canonical form.
 *
 * One module owns these rules so that the plan's diff, its fingerprint, its lines and the
 * applier's verify-before-write all agree on what "the same value" means.
 */

/** Whether a list field compares as a set. */
function isSetField(field) {
    return _model_js__WEBPACK_IMPORTED_MODULE_0__/* .SET_FIELDS */ .p_.has(field);
}
/**
 * Field equality as docs/plan.md defines it: `interests`, `needs` and `painPoints` as sets of
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
    return a === b || Math.abs(a - b) <= _model_js__WEBPACK_IMPORTED_MODULE_0__/* .NUMBER_TOLERANCE */ .Ul;
}
function sameStringSet(a, b) {
    if (!Array.isArray(a) || !Array.isArray(b))
        return sameScalar(a, b);
    // Most lists are unchanged, item for item: equal then as sets too, with no sorting.
    if (sameItemForItem(a, b))
        return true;
    const left = canonicalSet(a);
    const right = canonicalSet(b);
    return left.length === right.length && left.every((item, i) => item === right[i]);
}
/** Both lists hold the same strings, after trimming, in the same order. */
function sameItemForItem(a, b) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++) {
        const x = a[i];
        const y = b[i];
        if (typeof x !== 'string' || typeof y !== 'string' || x.trim() !== y.trim())
            return false;
    }
    return true;
}
/** One share of a gender distribution, as the planner compares it: numbers within the tolerance. */
function sameShare(x, y) {
    if (typeof x === 'number' && typeof y === 'number')
        return sameNumber(x, y);
    return x === y;
}
/**
 * Only the four shares the schema defines are compared: a file can never declare another
 * key, so counting an extra remote key as drift would make that audience differ forever.
 */
function sameGender(a, b) {
    if (!isPlainObject(a) || !isPlainObject(b))
        return sameScalar(a, b);
    return _model_js__WEBPACK_IMPORTED_MODULE_0__/* .GENDER_KEYS */ .bn.every((key) => sameShare(a[key], b[key]));
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
 * A total, locale-independent order on strings (by UTF-16 code units), so that a plan and
 * an export sort the same on every machine whatever its locale.
 */
function compareText(a, b) {
    if (a === b)
        return 0;
    return a < b ? -1 : 1;
}


/***/ })

};
;