"use strict";
exports.id = 711;
exports.ids = [711];
exports.modules = {

/***/ 2309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseCommandArgs)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cli_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6675);
/* harmony import */ var _schema_messages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2226);
/**
 * What every subcommand does with its arguments, in one place: strict parsing, and one
 * shape for a usage mistake (`audience-sync <command>: <what is wrong>`, a "did you
 * mean", then the usage). `--help` never reaches a command: the dispatcher answers it.
 */



/**
 * Parses `config.args` strictly. A mistake throws a {@link UsageError} in the CLI's own
 * words (never parseArgs' text), suggesting the nearest option for an unknown one.
 */
function parseCommandArgs(config) {
    const options = config.options ?? {};
    let takesValue = false;
    for (const arg of config.args ?? []) {
        if (arg === '--')
            break;
        // The value of a string option (`--workspace -x`) is not an option.
        if (takesValue) {
            takesValue = false;
            continue;
        }
        takesValue = optionOf(arg, options)?.type === 'string';
        const unknown = unknownOption(arg, options);
        if (unknown !== undefined) {
            const names = Object.keys(options).map((name) => `--${name}`);
            const near = (0,_schema_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .suggestKey */ .Ax)(unknown, names);
            throw new _cli_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`unknown option ${unknown}${near ? `; did you mean ${near}?` : ''}`);
        }
    }
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)(config);
    }
    catch (error) {
        throw new _cli_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(describeParseError(error, options));
    }
}
/** The option that `arg` names alone (`--out`, `-o`; not `--out=x`), if the command has it. */
function optionOf(arg, options) {
    if (/^--[^=]+$/.test(arg))
        return Object.hasOwn(options, arg.slice(2)) ? options[arg.slice(2)] : undefined;
    if (/^-[^-]$/.test(arg))
        return Object.values(options).find((o) => o.short === arg[1]);
    return undefined;
}
/** The option as written (`--frobnicate`), when `arg` is an option the command lacks. */
function unknownOption(arg, options) {
    if (arg.startsWith('--')) {
        const name = arg.slice(2).split('=')[0] ?? '';
        return Object.hasOwn(options, name) ? undefined : `--${name}`;
    }
    if (arg.startsWith('-') && arg.length > 1) {
        const shorts = new Set(Object.values(options).map((o) => o.short));
        // A cluster such as `-ab`: each letter must be some option's short form.
        const bad = [...arg.slice(1)].find((letter) => !shorts.has(letter));
        return bad === undefined ? undefined : `-${bad}`;
    }
    return undefined;
}
/** parseArgs' remaining complaints (a value missing or unwanted, a stray argument), reworded. */
function describeParseError(error, options) {
    const { code, message } = error;
    // parseArgs names the option as `'-o, --out <value>'` or `'--force'`: the long name is enough.
    const long = /--([\w-]+)/.exec(message ?? '')?.[1];
    const named = long && `--${long}`;
    const option = long && options[long];
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && named) {
        return option && option.type === 'boolean'
            ? `option ${named} takes no value`
            : `option ${named} needs a value`;
    }
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
        const stray = /'([^']*)'/.exec(message ?? '')?.[1] ?? '';
        return `unexpected argument ${JSON.stringify(stray)}: this command takes options only`;
    }
    return (message ?? String(error)).replace(/'/g, '');
}


/***/ }),

/***/ 2729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dv: () => (/* binding */ maxFileSizeHelp),
/* harmony export */   IY: () => (/* binding */ FILE_OPTIONS),
/* harmony export */   pU: () => (/* binding */ refuseOutsideWorkspace),
/* harmony export */   rU: () => (/* binding */ fileLoadOptions)
/* harmony export */ });
/* unused harmony export workspaceRoot */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _cli_env_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(969);
/* harmony import */ var _cli_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6675);
/* harmony import */ var _config_discover_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7307);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8750);
/**
 * How the commands that read audience files bound what they read: only files inside the
 * workspace (the repository the command runs in, else the working folder), and none
 * larger than `--max-file-size`. The loader enforces both (`src/config/load.ts`); the
 * Action passes `GITHUB_WORKSPACE` and its `max-file-size` input the same way
 * (docs/file-format.md).
 */






/** `parseArgs` options of `--max-file-size`, to spread into a command's. */
const FILE_OPTIONS = {
    'max-file-size': { type: 'string' },
};
/** The default cap as the help shows it (`1MiB`). */
/**
 * The help line of `--max-file-size`, its description starting at `column` (the
 * command's own alignment), on the next line when the flag is wider than the column.
 */
function maxFileSizeHelp(column) {
    const flag = '  --max-file-size SIZE';
    const indent = ' '.repeat(column);
    const lines = [
        'the largest audience file read, in bytes or with KiB or MiB',
        `(default ${_settings_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_MAX_FILE_SIZE */ .Sj}; env ${_cli_env_js__WEBPACK_IMPORTED_MODULE_2__/* .SYNC_ENV */ .EK.maxFileSize})`,
    ];
    const first = column - flag.length >= 2
        ? `${flag}${' '.repeat(column - flag.length)}${lines[0]}`
        : `${flag}\n${indent}${lines[0]}`;
    return `${first}\n${indent}${lines[1]}\n`;
}
/**
 * The workspace of a CLI run: the nearest folder from `cwd` upwards that holds `.git`
 * (a folder, or the file of a worktree or submodule), or `cwd` itself outside any
 * repository. Audience files and path arguments must stay inside it.
 */
function workspaceRoot(cwd) {
    const start = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd);
    for (let dir = start;;) {
        if (hasGit(dir))
            return dir;
        const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir);
        if (parent === dir)
            return start;
        dir = parent;
    }
}
function hasGit(dir) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, '.git'));
        return true;
    }
    catch {
        return false;
    }
}
/**
 * The loader's options for a command run in `cwd`: the workspace root, and the size cap
 * from `--max-file-size`, else `AUDIENCE_SYNC_MAX_FILE_SIZE`, else 1 MiB. Throws a
 * `SettingError` naming the flag or the variable for a size it cannot read.
 */
function fileLoadOptions(flag, context) {
    const { value, name } = (0,_cli_env_js__WEBPACK_IMPORTED_MODULE_2__/* .fromFlagOrEnv */ .bl)(flag, '--max-file-size', context.env, _cli_env_js__WEBPACK_IMPORTED_MODULE_2__/* .SYNC_ENV */ .EK.maxFileSize);
    return {
        cwd: context.cwd,
        root: workspaceRoot(context.cwd),
        maxFileBytes: (0,_settings_js__WEBPACK_IMPORTED_MODULE_5__/* .parseByteSizeSetting */ .bj)(value, name) ?? _settings_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_MAX_FILE_BYTES */ .CR,
    };
}
/**
 * Refuses a place to write (`export --out`, `bootstrap --out`) that resolves outside the
 * workspace, as written or through a symbolic link: the CLI reads and writes audience
 * files only inside it, as the Action does.
 */
function refuseOutsideWorkspace(flag, target, cwd) {
    const root = workspaceRoot(cwd);
    if ((0,_config_discover_js__WEBPACK_IMPORTED_MODULE_4__/* .resolvesInside */ .ac)(root, node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, target)))
        return;
    throw new _cli_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${flag} ${JSON.stringify(target)} is outside the workspace (${root}); give a path inside it`);
}


/***/ }),

/***/ 7307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   ZO: () => (/* binding */ discoverFiles),
/* harmony export */   ac: () => (/* binding */ resolvesInside)
/* harmony export */ });
/* unused harmony export findAudienceFiles */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Finds the audience files that a list of paths names. Each entry is a folder, a file or
 * a glob. An entry that matches nothing is reported, never silently dropped: with prune
 * on, "no files" would read as "delete every audience".
 *
 * The files come from a pull request, so discovery never leaves the workspace root: an
 * entry that resolves outside it is refused, and a walk never follows a symbolic link to
 * a folder outside it. Symbolic links, FIFOs and devices named like audience files are
 * still listed, so that the reader (`./read.ts`) reports each one at its path instead of
 * it vanishing in silence.
 */


const AUDIENCE_EXTENSIONS = /\.ya?ml$/i;
function toPosixRelative(cwd, absolute) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(cwd, absolute).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
}
/**
 * `toPosixRelative` from one `cwd`, for many normalised absolute paths (as `path.join`
 * and `path.resolve` give them). A path below `cwd`, as nearly every file is, is the rest
 * of its text after `cwd`: `path.relative` on each of ten thousand files showed in the
 * profile of a load.
 */
function relativeTo(cwd) {
    const base = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd);
    const prefix = base.endsWith((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)) ? base : `${base}${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`;
    return (absolute) => {
        if (!absolute.startsWith(prefix))
            return toPosixRelative(base, absolute);
        const rest = absolute.slice(prefix.length);
        return (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep) === '/' ? rest : rest.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
    };
}
/** True when `target` is `root` or below it (both absolute and normalised). */
function isInside(root, target) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, target);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel));
}
/**
 * True when `target` is inside `root` both as written and once symbolic links are
 * resolved (through its nearest existing ancestor, for a path that does not exist yet).
 */
function resolvesInside(root, target) {
    const absoluteRoot = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root);
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(absoluteRoot, target);
    if (!isInside(absoluteRoot, absolute))
        return false;
    const realRoot = realOrUndefined(absoluteRoot) ?? absoluteRoot;
    let existing = absolute;
    let real = realOrUndefined(existing);
    while (real === undefined && existing !== node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(existing)) {
        existing = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(existing);
        real = realOrUndefined(existing);
    }
    return real === undefined || isInside(realRoot, real);
}
function realOrUndefined(target) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(target);
    }
    catch {
        return undefined;
    }
}
function lstatOrUndefined(target) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(target);
    }
    catch {
        return undefined;
    }
}
/**
 * Lists every entry below `dir` that is not a folder. Dot entries are skipped unless
 * `dot`. A symbolic link to a folder is followed only when the folder is inside the root
 * and not yet walked, so that a cycle ends and nothing outside is ever listed.
 */
function walk(dir, realRoot, dot) {
    const out = { found: [], outside: [] };
    const visited = new Set();
    const start = realOrUndefined(dir);
    if (start)
        visited.add(start);
    const pending = [dir];
    for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(current, { withFileTypes: true });
        }
        catch {
            continue;
        }
        for (const entry of entries) {
            if (!dot && entry.name.startsWith('.'))
                continue;
            // `current` is absolute and normalised, and a name holds no separator.
            const full = current.endsWith((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep))
                ? `${current}${entry.name}`
                : `${current}${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}${entry.name}`;
            if (entry.isDirectory()) {
                pending.push(full);
            }
            else if (entry.isSymbolicLink() && !AUDIENCE_EXTENSIONS.test(entry.name)) {
                // A link to a folder: stat looks at the target's type without opening it. A
                // dangling link or a loop that is not named like an audience file is not ours.
                if (!isFolder(full))
                    continue;
                const real = realOrUndefined(full);
                if (real === undefined)
                    continue;
                if (realRoot !== undefined && !isInside(realRoot, real)) {
                    out.outside.push({
                        at: full,
                        reason: 'is a symbolic link to a folder outside the workspace; it is not followed',
                    });
                }
                else if (!visited.has(real)) {
                    visited.add(real);
                    pending.push(full);
                }
            }
            else {
                out.found.push(full);
            }
        }
    }
    return out;
}
/**
 * Characters without which picomatch finds no glob in a path. An entry with none of them
 * is a plain path, and the glob library is not even loaded (most runs name a folder).
 */
const GLOB_CHARS = /[*?[\]{}()!+@\\]/;
let picomatchModule;
/** The glob library, loaded on first use. */
function loadPicomatch() {
    picomatchModule ??= __webpack_require__.e(/* import() */ 6).then(__webpack_require__.t.bind(__webpack_require__, 4006, 23)).then((m) => m.default);
    return picomatchModule;
}
/** Whether a glob spells out a dot segment itself (`.github/*.yml`), so dot folders count. */
function globWantsDot(pattern) {
    return /(^|\/)\.[^./]/.test(pattern);
}
/**
 * Resolves `paths` against `cwd`. A folder gives its `**\/*.yml` and `**\/*.yaml`; a file
 * gives itself, whatever its extension (it was named on purpose); anything else is a
 * glob, of whose matches only `.yml`/`.yaml` files count. With `options.root`, an entry
 * that resolves outside the root (by its path or through a symbolic link) is listed in
 * `outside` instead.
 */
async function discoverFiles(paths, cwd, options = {}) {
    const root = options.root === undefined ? undefined : node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(options.root);
    const realRoot = root === undefined ? undefined : (realOrUndefined(root) ?? root);
    const found = new Set();
    const relative = relativeTo(cwd);
    const unmatched = [];
    const outside = [];
    const leaves = (absolute, real) => {
        if (root === undefined || realRoot === undefined)
            return undefined;
        if (!isInside(root, absolute))
            return `'%s' is outside the workspace (${root}); give a path inside it`;
        if (real !== undefined && !isInside(realRoot, real))
            return `'%s' leads outside the workspace through a symbolic link; give a path inside it`;
        return undefined;
    };
    for (const entry of paths) {
        const picomatch = GLOB_CHARS.test(entry) ? await loadPicomatch() : undefined;
        const dynamic = picomatch?.scan(entry).isGlob === true;
        const posixEntry = entry.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
        const base = picomatch && dynamic ? picomatch.scan(posixEntry).base : entry;
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, base);
        const refusal = leaves(absolute, realOrUndefined(absolute));
        if (refusal) {
            outside.push({ entry, reason: refusal.replace('%s', entry) });
            continue;
        }
        const info = dynamic ? undefined : lstatOrUndefined(absolute);
        let matches;
        let reason;
        /** The folder's files, with what the walk refused reported against this entry. */
        const walkEntry = (dot) => {
            const walked = walk(absolute, realRoot, dot);
            for (const o of walked.outside) {
                outside.push({ entry: toPosixRelative(cwd, o.at), reason: `'${entry}' ${o.reason}` });
            }
            return walked.found;
        };
        if (picomatch && dynamic) {
            const dot = globWantsDot(posixEntry);
            const isMatch = picomatch(posixEntry, { dot });
            matches = walkEntry(dot).filter((f) => {
                const shown = node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(posixEntry) ? f.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/') : relative(f);
                return AUDIENCE_EXTENSIONS.test(f) && isMatch(shown);
            });
            reason = `the pattern '${entry}' matches no .yml or .yaml file; check the path or the glob`;
        }
        else if (info?.isDirectory() || (info?.isSymbolicLink() && isFolder(absolute))) {
            matches = walkEntry(false).filter((f) => AUDIENCE_EXTENSIONS.test(f));
            reason = `the folder '${entry}' contains no .yml or .yaml file; add audience files or give another path`;
        }
        else if (info) {
            // A file, a link to one, or something that is no file at all: the reader judges it
            // at its path, so that a FIFO or a device is an error there and is never opened.
            matches = [absolute];
            reason = '';
        }
        else {
            matches = [];
            reason = `'${entry}' does not exist; give a folder, a .yml or .yaml file, or a glob`;
        }
        if (matches.length === 0)
            unmatched.push({ entry, reason });
        for (const match of matches)
            found.add(relative(match));
    }
    // Code-unit order, not locale order: the same on every machine.
    const files = [...found].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return { files, unmatched, outside };
}
function isFolder(target) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(target).isDirectory();
    }
    catch {
        return false;
    }
}
/** Finds files: a folder → its **\/*.yml and **\/*.yaml; a file → itself; else a glob. Sorted, relative to cwd, posix separators. */
async function findAudienceFiles(paths, cwd, options = {}) {
    return (await discoverFiles(paths, cwd, options)).files;
}


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ hasErrors),
/* harmony export */   Vw: () => (/* binding */ formatProblem),
/* harmony export */   dS: () => (/* binding */ sortProblems),
/* harmony export */   kq: () => (/* binding */ formatSummary)
/* harmony export */ });
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2011);

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
/** True when any problem is an error: then nothing may be written. */
function hasErrors(load) {
    return load.problems.some((p) => p.severity === 'error');
}


/***/ }),

/***/ 1099:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L6: () => (/* binding */ combineChecks),
  K0: () => (/* binding */ loadAudiences)
});

// UNUSED EXPORTS: findAudienceFiles

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/guards.ts
var guards = __webpack_require__(9609);
// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(182);
// EXTERNAL MODULE: ./src/settings.ts
var settings = __webpack_require__(8750);
// EXTERNAL MODULE: ./src/config/discover.ts
var discover = __webpack_require__(7307);
// EXTERNAL MODULE: ./src/config/format.ts
var format = __webpack_require__(2223);
// EXTERNAL MODULE: ./src/config/parallel.ts + 1 modules
var parallel = __webpack_require__(1784);
// EXTERNAL MODULE: ./src/config/quick-check.ts + 1 modules
var quick_check = __webpack_require__(687);
;// CONCATENATED MODULE: ./src/config/read.ts
/**
 * Reads audience files as untrusted input: only regular files inside the workspace root,
 * each at most `maxBytes` long, each once, and only valid UTF-8. Everything else is a
 * located problem, and a file that is refused is never opened: a symbolic link to
 * `/proc/self/environ`, `/dev/zero` or a FIFO must not be read, block, or end up quoted
 * in an error message.
 */



// O_NOFOLLOW: the path checked is the path opened, even if it is swapped for a link in
// between. O_NONBLOCK: a FIFO swapped in after the check cannot block the open.
const OPEN_FLAGS = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0) | (external_node_fs_.constants.O_NONBLOCK ?? 0);
const CHUNK = 64 * 1024;
const decoder = new TextDecoder('utf-8', { fatal: true });
function problemAt(file, rule, message, line = 1, column = 1) {
    return { kind: 'problem', problem: { file, line, column, severity: 'error', rule, message } };
}
/** `1 MiB`, `512 KiB` or `300 bytes`, for messages about the cap. */
function formatBytes(bytes) {
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0)
        return `${bytes / (1024 * 1024)} MiB`;
    if (bytes >= 1024 && bytes % 1024 === 0)
        return `${bytes / 1024} KiB`;
    return `${bytes} bytes`;
}
function tooLarge(file, size, maxBytes) {
    const what = size === undefined ? 'more than' : `${size} bytes,`;
    return problemAt(file, 'file-too-large', `the file is ${what} over the limit of ${formatBytes(maxBytes)}; split it into smaller files, or raise the limit (Action input \`max-file-size\`, CLI flag \`--max-file-size\`)`);
}
function notRegular(file, info) {
    const kind = info.isFIFO()
        ? 'a FIFO'
        : info.isSocket()
            ? 'a socket'
            : info.isCharacterDevice() || info.isBlockDevice()
                ? 'a device'
                : info.isDirectory()
                    ? 'a folder'
                    : 'not a regular file';
    return problemAt(file, 'not-a-file', `this is ${kind}, not a regular file; only regular files are read as audience files`);
}
/**
 * Reads `file` (relative to `cwd`, as shown in problems). The checks run on the path
 * before anything is opened, and again on the open descriptor, so that a file swapped in
 * between is caught too. The read itself stops after `maxBytes + 1` bytes whatever the
 * size claims to be (`/proc` files claim 0).
 */
function readAudienceFile(file, cwd, options) {
    const absolute = external_node_path_default().resolve(cwd, file);
    let real;
    let info;
    try {
        ({ real, info } = resolveReal(absolute, options.realFolders));
    }
    catch (error) {
        const code = error.code;
        if (code === 'ELOOP') {
            return problemAt(file, 'symlink-loop', 'this symbolic link leads in a loop; point it at an audience file or remove it');
        }
        return problemAt(file, 'read', `the file cannot be read (${code ?? 'unknown error'}); check that it exists and is readable`);
    }
    if (!(0,discover/* isInside */.FK)(options.realRoot, real)) {
        return problemAt(file, 'outside-workspace', 'this path leads outside the workspace (through a symbolic link); only files inside the workspace are read');
    }
    if (options.seen.has(real))
        return { kind: 'duplicate' };
    options.seen.add(real);
    try {
        info ??= (0,external_node_fs_.lstatSync)(real);
    }
    catch (error) {
        const code = error.code ?? 'unknown error';
        return problemAt(file, 'read', `the file cannot be read (${code}); check that it is readable`);
    }
    if (!info.isFile())
        return notRegular(file, info);
    if (info.size > options.maxBytes)
        return tooLarge(file, info.size, options.maxBytes);
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(real, OPEN_FLAGS);
    }
    catch (error) {
        const code = error.code ?? 'unknown error';
        return problemAt(file, 'read', `the file cannot be read (${code}); check that it is readable`);
    }
    try {
        const opened = (0,external_node_fs_.fstatSync)(fd);
        if (!opened.isFile())
            return notRegular(file, opened);
        if (opened.size > options.maxBytes)
            return tooLarge(file, opened.size, options.maxBytes);
        const bytes = readBounded(fd, opened.size, options.maxBytes);
        if (bytes === undefined)
            return tooLarge(file, undefined, options.maxBytes);
        return decode(file, bytes);
    }
    catch (error) {
        const code = error.code ?? 'unknown error';
        return problemAt(file, 'read', `the file cannot be read (${code}); check that it is readable`);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * The real path of `absolute`, as `realpath` gives it, and its `lstat` when that was
 * taken on the way. An entry that is no symbolic link is its folder's real path and its
 * own name; only a link (or an entry that cannot be looked at) takes a `realpath` of its
 * own. Throws as `realpath` and `lstat` do.
 */
function resolveReal(absolute, folders) {
    const info = (0,external_node_fs_.lstatSync)(absolute, { throwIfNoEntry: false });
    if (!info || info.isSymbolicLink())
        return { real: external_node_fs_.realpathSync.native(absolute) };
    const folder = external_node_path_default().dirname(absolute);
    let realFolder = folders.get(folder);
    if (realFolder === undefined) {
        realFolder = external_node_fs_.realpathSync.native(folder);
        folders.set(folder, realFolder);
    }
    return { real: external_node_path_default().join(realFolder, external_node_path_default().basename(absolute)), info };
}
/** At most `maxBytes` bytes of `fd`, or `undefined` when there are more. */
function readBounded(fd, sizeHint, maxBytes) {
    // One read for the usual small file; chunks when the size was wrong.
    let buffer = Buffer.allocUnsafe(Math.min(maxBytes, sizeHint) + 1);
    let length = 0;
    for (;;) {
        if (length === buffer.length) {
            if (length > maxBytes)
                return undefined;
            const grown = Buffer.allocUnsafe(Math.min(maxBytes + 1, length + CHUNK));
            buffer.copy(grown, 0, 0, length);
            buffer = grown;
        }
        const n = (0,external_node_fs_.readSync)(fd, buffer, length, buffer.length - length, null);
        if (n === 0)
            break;
        length += n;
        if (length > maxBytes)
            return undefined;
    }
    return buffer.subarray(0, length);
}
/** The text of `bytes`, or a problem at the first byte that is not UTF-8. */
function decode(file, bytes) {
    try {
        return { kind: 'text', text: decoder.decode(bytes) };
    }
    catch {
        const offset = firstInvalidUtf8(bytes);
        const lineStart = offset === 0 ? 0 : bytes.lastIndexOf(0x0a, offset - 1) + 1;
        const line = countNewlines(bytes, lineStart) + 1;
        // Columns count characters, as the YAML positions do.
        const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).length + 1;
        return problemAt(file, 'invalid-utf8', `byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')} is not valid UTF-8; save the file as UTF-8`, line, column);
    }
}
function countNewlines(bytes, end) {
    let n = 0;
    for (let i = bytes.indexOf(0x0a); i !== -1 && i < end; i = bytes.indexOf(0x0a, i + 1))
        n += 1;
    return n;
}
/** The offset of the first byte that starts no valid UTF-8 sequence (RFC 3629). */
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        let need;
        let min;
        if (b < 0x80) {
            i += 1;
            continue;
        }
        else if (b >= 0xc2 && b <= 0xdf) {
            need = 1;
            min = 0x80;
        }
        else if (b >= 0xe0 && b <= 0xef) {
            need = 2;
            min = 0x800;
        }
        else if (b >= 0xf0 && b <= 0xf4) {
            need = 3;
            min = 0x10000;
        }
        else {
            return i;
        }
        let cp = b & (0x3f >> need);
        for (let k = 1; k <= need; k += 1) {
            const c = bytes[i + k];
            if (c === undefined || (c & 0xc0) !== 0x80)
                return i;
            cp = (cp << 6) | (c & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return i;
        i += need + 1;
    }
    return bytes.length;
}

// EXTERNAL MODULE: ./src/config/rules.ts
var rules = __webpack_require__(5413);
// EXTERNAL MODULE: ./src/config/turns.ts
var turns = __webpack_require__(3142);
;// CONCATENATED MODULE: ./src/config/load.ts
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
        for (const field of model/* PROFILE_FIELDS */.sA) {
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
/**
 * Joins the checks of single files (from this thread or from workers) and applies the
 * rules across files. A document that needs a position for such a problem is located by
 * parsing its file's text again (`locatorFor` from `parse.ts`), which only files with
 * such a problem pay for.
 */
function combineChecks(sources, checks, locatorFor) {
    const problems = [];
    const documents = [];
    const invalid = new Set();
    checks.forEach((check, i) => {
        const source = sources[i];
        if (source?.file !== check.file)
            throw new Error(`internal: checks out of order at ${check.file}`);
        problems.push(...check.problems);
        const locate = locatorFor(source.file, source.text);
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
        .map((d) => (0,rules/* namesOf */.eZ)(d))
        .filter((n) => n !== undefined);
    for (const { doc, problem } of (0,rules/* checkNames */.LN)(named)) {
        problems.push(problem);
        if (problem.severity === 'error')
            invalid.add(doc);
    }
    const audiences = documents
        .filter((d) => !invalid.has(d) && (0,guards/* isRecord */.u)(d.value))
        .map((d) => toDesired(d));
    const files = [...new Set(sources.map((s) => s.file))].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
    return { audiences, problems: (0,format/* sortProblems */.dS)(problems), files };
}
function entryProblem(file, rule, message) {
    return { file, line: 1, column: 1, severity: 'error', rule, message };
}
/** How long the reads run before they let the event loop turn. */
const READ_SLICE_MS = 2;
/**
 * Reads, parses and validates every document; never throws for bad input, returns
 * problems instead. Only regular files inside the root are read (see `./read.ts`).
 */
async function loadAudiences(paths, options) {
    const root = external_node_path_default().resolve(options.cwd, options.root ?? options.cwd);
    const maxBytes = options.maxFileBytes ?? settings/* DEFAULT_MAX_FILE_BYTES */.CR;
    // One turn of the event loop first: a request started just before (the early reads,
    // docs/plan.md) reaches the wire before the synchronous walk of the folders.
    await (0,turns/* nextTurn */.t)();
    const { files, unmatched, outside } = await (0,discover/* discoverFiles */.ZO)(paths, options.cwd, { root });
    const readProblems = [
        ...unmatched.map(({ entry, reason }) => entryProblem(entry, 'no-files', reason)),
        ...outside.map(({ entry, reason }) => entryProblem(entry, 'outside-workspace', reason)),
    ];
    let realRoot = root;
    try {
        realRoot = external_node_fs_.realpathSync.native(root);
    }
    catch {
        // A root that does not exist holds no files; every read below fails on its own.
    }
    // Synchronous reads, on purpose: the parse that follows is synchronous CPU work anyway,
    // and for ten thousand small files a synchronous read measured about 8x faster than
    // fs.promises.readFile (one syscall round trip instead of several thread-pool hops).
    const seen = new Set();
    const realFolders = new Map();
    const sources = [];
    const read = [];
    // The reads are handed back to the event loop every few milliseconds, so that the
    // remote reads started before the load (docs/plan.md) get their requests on the wire
    // instead of waiting for the last file.
    let slice = (0,turns/* nowMs */.T)();
    for (const file of files) {
        if ((0,turns/* nowMs */.T)() - slice > READ_SLICE_MS) {
            await (0,turns/* nextTurn */.t)();
            slice = (0,turns/* nowMs */.T)();
        }
        const outcome = readAudienceFile(file, options.cwd, { realRoot, maxBytes, seen, realFolders });
        if (outcome.kind === 'duplicate')
            continue;
        read.push(file);
        if (outcome.kind === 'problem')
            readProblems.push(outcome.problem);
        else
            sources.push({ file, text: outcome.text });
    }
    const { checks } = await (0,parallel/* checkSources */.BT)(sources, options.parallel);
    const result = await combineLocated(sources, checks);
    return {
        audiences: result.audiences,
        problems: (0,format/* sortProblems */.dS)([...readProblems, ...result.problems]),
        files: read,
    };
}
/**
 * `combineChecks`, first without a YAML parser: only when a rule across files finds a
 * problem (which needs a position) is the parser loaded, and the files combined again.
 */
async function combineLocated(sources, checks) {
    try {
        return combineChecks(sources, checks, () => quick_check/* needsPosition */.BE);
    }
    catch (error) {
        if (error !== quick_check/* NEEDS_POSITION */.i6)
            throw error;
    }
    const { locatorFor } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(726)]).then(__webpack_require__.bind(__webpack_require__, 1726));
    return combineChecks(sources, checks, locatorFor);
}


/***/ }),

/***/ 825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* reexport safe */ _config_format_js__WEBPACK_IMPORTED_MODULE_0__.Cs),
/* harmony export */   Ng: () => (/* binding */ connect),
/* harmony export */   yC: () => (/* binding */ startReads)
/* harmony export */ });
/* unused harmony export planAgainst */
/* harmony import */ var _config_turns_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3142);
/* harmony import */ var _config_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2223);
/**
 * The engine that the Action and the CLI share: connect, read the remote, plan.
 * Each step takes its collaborators as arguments, so the wiring layers decide what is
 * real and tests decide what is fake: a fake stands in only at such a seam.
 */

/**
 * Opens the client and resolves the workspace. The HTTP client is imported here, on the
 * paths that need it, so that a validate-only run never loads it.
 */
async function connect(settings) {
    const { createNeuroflashClient } = await Promise.all(/* import() */[__webpack_require__.e(99), __webpack_require__.e(205), __webpack_require__.e(385)]).then(__webpack_require__.bind(__webpack_require__, 4205));
    const api = createNeuroflashClient({
        apiUrl: settings.apiUrl,
        tokenUrl: settings.tokenUrl,
        clientId: settings.clientId,
        clientSecret: settings.clientSecret,
        onSecret: settings.onSecret,
        log: settings.log,
        retry: settings.retry,
        signal: settings.signal,
        deadline: settings.deadline,
        budgetLabel: settings.budgetLabel,
        ...(settings.onListPage ? { onListPage: settings.onListPage } : {}),
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

/** How long discarded reads in flight may take to finish before they are cut. */
const DISCARD_GRACE_MS = 2_000;
/**
 * Starts the reads that every sync needs (the token, the workspace lookup and the list
 * pages) so that they overlap the validation of the files. Only reads: nothing here
 * writes, and a caller whose files turn out invalid discards the result unseen, so the
 * rule "no write while any file is invalid" holds as before (docs/plan.md).
 */
function startReads(settings, open = connect) {
    let discarded = false;
    // Passed on as the connection's `signal`: the client stops its requests and retry waits
    // when the reads are discarded and their grace is over, or when the run is cancelled.
    const controller = new AbortController();
    const given = settings.signal;
    const signal = given ? AbortSignal.any([given, controller.signal]) : controller.signal;
    // The client's code first (about a tenth of a second to load), then the requests.
    const loaded = Promise.all(/* import() */[__webpack_require__.e(99), __webpack_require__.e(205), __webpack_require__.e(385)]).then(__webpack_require__.bind(__webpack_require__, 4205)).then(() => undefined, () => undefined);
    // The list's first page: in (or the list over, whatever its outcome) once it settles.
    let listing = false;
    let firstPageIn = () => { };
    const firstPage = new Promise((resolve) => {
        firstPageIn = resolve;
    });
    // Pages read before the list of audiences (the workspaces') do not count.
    const onListPage = (event) => {
        if (listing)
            firstPageIn();
        settings.onListPage?.(event);
    };
    const connected = loaded.then(() => open({ ...settings, signal, onListPage }));
    const ready = connected.then(async (connection) => {
        try {
            if (discarded)
                throw new Error('the early reads were discarded');
            listing = true;
            return { connection, remote: await connection.audiences.listAudiences() };
        }
        catch (error) {
            await connection.api.close();
            throw error;
        }
        finally {
            firstPageIn();
        }
    });
    // Whoever awaits them sees their failure; a discarded read's failure is nobody's.
    connected.catch(() => { });
    ready.catch(() => { });
    return {
        begun: loaded.then(() => new Promise((resolve) => setImmediate(resolve))),
        connected,
        ready,
        // Two turns after the first page: the requests for the next pages are written in the
        // first (new connections once they connect, in the second).
        quiet: () => (listing ? firstPage.then(_config_turns_js__WEBPACK_IMPORTED_MODULE_1__/* .nextTurn */ .t).then(_config_turns_js__WEBPACK_IMPORTED_MODULE_1__/* .nextTurn */ .t) : Promise.resolve()),
        async discard() {
            discarded = true;
            // The reads in flight may finish for a moment (they are only reads, and cutting a
            // healthy one gains nothing); past that they are cut, so that a hung API never holds
            // up the report of invalid files.
            const cut = setTimeout(() => controller.abort(new Error('the early reads were discarded')), DISCARD_GRACE_MS);
            const state = await ready.catch(() => undefined);
            clearTimeout(cut);
            await state?.connection.api.close();
        },
    };
}
/** Reads the remote list and plans against the desired audiences. */
async function planAgainst(desired, audiences, options, context) {
    const remote = await audiences.listAudiences();
    // Loaded here: the CLI's plan and apply load the planner only once the reads are under way.
    const { buildPlan } = await __webpack_require__.e(/* import() */ 449).then(__webpack_require__.bind(__webpack_require__, 3449));
    return { plan: buildPlan(desired, remote, options, context), remote };
}


/***/ }),

/***/ 2011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Al: () => (/* binding */ describeFieldChange),
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   Fu: () => (/* binding */ shortSha),
/* harmony export */   Gb: () => (/* binding */ formatProblemText),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   NB: () => (/* binding */ summaryCounts),
/* harmony export */   No: () => (/* binding */ detailFieldChanges),
/* harmony export */   O0: () => (/* binding */ problemCounts),
/* harmony export */   Xv: () => (/* binding */ listDelta),
/* harmony export */   iB: () => (/* binding */ noChangesSentence),
/* harmony export */   ik: () => (/* binding */ hasChanges),
/* harmony export */   o: () => (/* binding */ nonZeroCounts),
/* harmony export */   p0: () => (/* binding */ naturalCompare),
/* harmony export */   tx: () => (/* binding */ changedFieldNames)
/* harmony export */ });
/* unused harmony exports NOT_SET, formatValue, quoteList, quoted */
/* harmony import */ var _guards_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9609);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(182);
/**
 * Plain-text wording shared by every sink: values, field changes, counts. Nothing here
 * escapes; each sink escapes for its own medium.
 */


/** How a missing value reads: the remote lacks the field, or the file leaves it out. */
const NOT_SET = '(not set)';
/**
 * One value of a profile field as plain text: strings in plain quotes (so edges and
 * spaces stay visible; each sink shows line breaks its own way), lists as `["a", "b"]`,
 * the gender distribution as `female 0.5 · male 0.4 · nonBinary 0.07 · preferNotToSay
 * 0.03`, a missing value as `(not set)`.
 */
function formatValue(field, value) {
    if (value === undefined || value === null)
        return NOT_SET;
    if (field === 'genderDistribution' && (0,_guards_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(value))
        return formatGender(value);
    if (typeof value === 'string')
        return quoted(value);
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    if (Array.isArray(value))
        return `[${value.map((item) => formatValue('', item)).join(', ')}]`;
    return JSON.stringify(value) ?? String(value);
}
function formatGender(value) {
    const known = _model_js__WEBPACK_IMPORTED_MODULE_0__/* .GENDER_KEYS */ .bn.map((key) => `${key} ${formatShare(value[key])}`);
    // A key the API added later is still shown, after the four known ones.
    const extra = Object.keys(value)
        .filter((key) => !_model_js__WEBPACK_IMPORTED_MODULE_0__/* .GENDER_KEYS */ .bn.includes(key))
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
    if (!_model_js__WEBPACK_IMPORTED_MODULE_0__/* .SET_FIELDS */ .p_.has(change.field))
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
    return items.map(quoted).join(', ');
}
/**
 * A string in plain double quotes, its content as written: a reader sees `"B2B & "growth""`
 * rather than JSON's `\"` escapes. Each sink makes line breaks and control characters
 * visible in its own way.
 */
function quoted(text) {
    return `"${text}"`;
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
// Made on first use: building a collator costs several milliseconds, which every run
// would pay at start-up, the validate-only run of a fork's pull request included.
let natural;
/**
 * Names in the order a reader expects: digit runs compare as numbers, so "Old list 2"
 * comes before "Old list 10". Ties fall back to code units, so the order is total.
 */
function naturalCompare(a, b) {
    natural ??= new Intl.Collator('en', { numeric: true, sensitivity: 'variant' });
    return natural.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
/**
 * The plan's counts without zeros, riskiest first: `2 to delete · 1 to update · 12
 * unchanged`. Blocked changes and conflicts are counted; kept audiences are not changes.
 */
function nonZeroCounts(plan) {
    const c = plan.counts;
    const parts = [];
    if (c.blocked > 0)
        parts.push(`${formatCount(c.blocked)} blocked`);
    if (c.conflicts > 0)
        parts.push(plural(c.conflicts, 'conflict'));
    if (c.deletes > 0)
        parts.push(`${formatCount(c.deletes)} to delete`);
    if (c.updates > 0)
        parts.push(`${formatCount(c.updates)} to update`);
    if (c.renames > 0)
        parts.push(`${formatCount(c.renames)} to rename`);
    if (c.creates > 0)
        parts.push(`${formatCount(c.creates)} to create`);
    if (c.noops > 0)
        parts.push(`${formatCount(c.noops)} unchanged`);
    return parts.length > 0 ? parts.join(' · ') : 'no audiences';
}


/***/ })

};
;