"use strict";
exports.id = 886;
exports.ids = [886];
exports.modules = {

/***/ 4744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ problemLines),
/* harmony export */   q: () => (/* binding */ NOTHING_WRITTEN)
/* harmony export */ });
/* harmony import */ var _config_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2223);
/**
 * How `validate`, `plan` and `apply` print the problems of the audience files: the same
 * lines in all three, so that a problem reads the same whichever command found it.
 */

/** Said after the summary whenever a file has an error: no command wrote anything. */
const NOTHING_WRITTEN = 'nothing was written';
/**
 * Every problem as `path:line:col: message`, then the summary line; with an error, the
 * summary says that nothing was written.
 */
function problemLines(result) {
    const failed = result.problems.some((p) => p.severity === 'error');
    const lines = result.problems.map(_config_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatProblem */ .Vw);
    const summary = (0,_config_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSummary */ .kq)(result);
    lines.push(failed ? `${summary}; ${NOTHING_WRITTEN}.` : summary);
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 4737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OW: () => (/* binding */ readBudget),
/* harmony export */   Pu: () => (/* binding */ APPLY_SAFETY_OPTIONS),
/* harmony export */   X1: () => (/* binding */ cancelSummary),
/* harmony export */   ay: () => (/* binding */ takeBackup),
/* harmony export */   iP: () => (/* binding */ TIMEOUT_HELP),
/* harmony export */   kh: () => (/* binding */ APPLY_SAFETY_HELP),
/* harmony export */   mo: () => (/* binding */ preloadBackup),
/* harmony export */   xE: () => (/* binding */ EXIT_CANCELLED)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8750);
/**
 * What `apply` adds around the write on a terminal or in CI: the overall time budget
 * (`--timeout-minutes`), the backup of what it is about to change (`--backup`), and
 * the report of an apply cancelled by SIGINT or SIGTERM (`src/cancel.ts` listens), saying
 * what was done and what was not (see docs/cli.md).
 */


/**
 * The exit code of a cancelled apply: 1, an error, like every run that did not finish its
 * plan (docs/cli.md, "Exit codes"); the message says it was cancelled.
 */
const EXIT_CANCELLED = 1;
/** `parseArgs` options of the flags this module reads, to spread into apply's. */
const APPLY_SAFETY_OPTIONS = {
    backup: { type: 'string' },
    'timeout-minutes': { type: 'string' },
};
/** The help line of `--timeout-minutes`, which plan honours too (its reads have the budget). */
const TIMEOUT_HELP = `  --timeout-minutes N   end the run, report written, after N minutes at most, even if the
                        API hangs (default ${_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_TIMEOUT_MINUTES */ .EV}, at most ${_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.timeoutMinutes.max}; fractions allowed)
`;
/** The help lines of apply's flags of this module. */
const APPLY_SAFETY_HELP = `  --backup DIR          where to write the prior state of each audience the apply changes
                        or deletes, as audience files (default ${_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_BACKUP_ROOT */ .Wp}/<UTC time>-<random>/)
${TIMEOUT_HELP}`;
/**
 * The run's deadline from `--timeout-minutes`, read by the parser the Action's
 * `timeout-minutes` input uses (`src/settings.ts`), with the label messages name it by.
 * Throws a `SettingError` for a bad value.
 */
function readBudget(value, now = Date.now()) {
    const minutes = (0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .parseMinutesSetting */ .V3)(value, '--timeout-minutes') ?? _settings_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_TIMEOUT_MINUTES */ .EV;
    return { deadline: now + minutes * 60_000, budgetLabel: `${minutes} min (--timeout-minutes)` };
}
/**
 * Writes the backup before the first write: into `--backup DIR`, or a fresh folder under
 * `.audience-sync/backups/` in the working directory (a dot-folder, so a plan of the
 * repository root never reads it as audience files). Returns the folder and the files.
 */
async function takeBackup(flag, cwd, plan, remote) {
    const { backupFolder, writeBackup } = await preloadBackup();
    const dir = flag?.trim()
        ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, flag.trim())
        : backupFolder(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, _settings_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_BACKUP_ROOT */ .Wp));
    return { dir, files: await writeBackup(dir, plan, remote) };
}
let backupWriter;
/**
 * Starts loading the backup's writer (and with it the YAML library), once: `apply` calls
 * it when the files are valid, at a quiet moment of the reads (`EarlyReads.quiet`), so
 * that the load overlaps the wait for the workspace's list instead of delaying a read
 * or the first write.
 */
function preloadBackup() {
    // Inside a promise: a chunk that cannot load rejects it instead of throwing here.
    backupWriter ??= Promise.resolve().then(() => Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(325)]).then(__webpack_require__.bind(__webpack_require__, 9325)));
    return backupWriter;
}
/** What a cancelled apply did and did not do, in a few lines for the terminal. */
function cancelSummary(apply, signal) {
    const count = (status) => apply.results.filter((r) => r.status === status);
    const done = count('done');
    const notStarted = count('skipped');
    const failed = count('failed');
    const list = (rs) => rs.map((r) => `  ${r.change.kind} ${JSON.stringify(r.change.name)}${r.error ? `: ${r.error}` : ''}`);
    return [
        `Cancelled (${signal}): ${done.length} of ${apply.results.length} changes done, ${notStarted.length} not started${failed.length > 0 ? `, ${failed.length} failed or cut in flight` : ''}.`,
        ...(done.length > 0 ? ['Done:', ...list(done)] : []),
        ...(failed.length > 0 ? ['Failed or cut in flight:', ...list(failed)] : []),
        ...(notStarted.length > 0 ? ['Not started:', ...list(notStarted)] : []),
        'Re-run apply to do the rest: it plans again from what neuroflash holds now, so nothing is done twice.',
        '',
    ].join('\n');
}


/***/ }),

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

/***/ 2886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  APPLY_USAGE: () => (/* binding */ APPLY_USAGE),
  PLAN_USAGE: () => (/* binding */ PLAN_USAGE),
  runApply: () => (/* binding */ runApply),
  runPlan: () => (/* binding */ runPlan)
});

// UNUSED EXPORTS: readSyncOptions

;// CONCATENATED MODULE: ./src/cancel.ts
/**
 * Cancellation of an apply, for the Action and the CLI alike. GitHub cancels a step with
 * SIGINT, then SIGTERM some seconds later, then kills it; a terminal sends SIGINT on
 * Ctrl-C. The first signal starts no new write; the writes in flight get a grace period
 * to finish, which a second signal ends at once by cutting them. Either way the caller
 * goes on to report what was done and what was not.
 */
/** How long writes in flight may finish after the first signal before they are cut. */
const CANCEL_GRACE_MS = 5_000;
/**
 * Listens for SIGINT and SIGTERM on `source` for the rest of the run. `say` is told when
 * a signal arrives, so that the log shows the run winding down.
 */
function listenForCancel(say, source = process, graceMs = CANCEL_GRACE_MS) {
    const stop = new AbortController();
    const cut = new AbortController();
    let received;
    let timer;
    const onSignal = (name) => {
        if (received !== undefined) {
            if (!cut.signal.aborted)
                say(`${name}: cutting the writes in flight now.`);
            cut.abort();
            return;
        }
        received = name;
        say(`${name}: the run was cancelled. No new write starts; the writes in flight get ${graceMs / 1000} s to finish (a second signal cuts them now).`);
        stop.abort();
        timer = setTimeout(() => cut.abort(), graceMs);
        timer.unref();
    };
    source.on('SIGINT', onSignal);
    source.on('SIGTERM', onSignal);
    return {
        stop: stop.signal,
        cut: cut.signal,
        get received() {
            return received;
        },
        dispose() {
            if (timer)
                clearTimeout(timer);
            source.off('SIGINT', onSignal);
            source.off('SIGTERM', onSignal);
        },
    };
}

// EXTERNAL MODULE: ./src/cli/env.ts
var cli_env = __webpack_require__(969);
// EXTERNAL MODULE: ./src/cli/errors.ts
var errors = __webpack_require__(6675);
// EXTERNAL MODULE: ./src/cli/problems.ts
var problems = __webpack_require__(4744);
// EXTERNAL MODULE: ./src/config/load.ts + 1 modules
var config_load = __webpack_require__(1099);
// EXTERNAL MODULE: ./src/engine.ts
var engine = __webpack_require__(825);
// EXTERNAL MODULE: ./src/settings.ts
var settings = __webpack_require__(8750);
// EXTERNAL MODULE: ./src/commands/apply-safety.ts
var apply_safety = __webpack_require__(4737);
// EXTERNAL MODULE: ./src/commands/args.ts
var commands_args = __webpack_require__(2309);
// EXTERNAL MODULE: ./src/commands/connection.ts
var connection = __webpack_require__(6824);
// EXTERNAL MODULE: ./src/commands/files.ts
var commands_files = __webpack_require__(2729);
;// CONCATENATED MODULE: ./src/commands/sync.ts











const SYNC_OPTIONS = {
    ...connection/* CONNECTION_OPTIONS */.Ur,
    prune: { type: 'boolean' },
    ignore: { type: 'string', multiple: true },
    'max-deletes': { type: 'string' },
    concurrency: { type: 'string' },
    'verify-before-write': { type: 'boolean' },
    yes: { type: 'boolean', short: 'y' },
    json: { type: 'boolean' },
    format: { type: 'string' },
    ...apply_safety/* APPLY_SAFETY_OPTIONS */.Pu,
    ...commands_files/* FILE_OPTIONS */.IY,
};
/** The output formats of `plan --format`. */
const FORMATS = ['text', 'json', 'markdown'];
function usage(command) {
    const what = command === 'plan'
        ? 'Shows what apply would change, and writes nothing.'
        : 'Shows the plan, asks for confirmation, then makes the workspace equal to the files:\ncreates, updates, renames and deletes.';
    const applyOnly = command === 'apply'
        ? `  --concurrency N       parallel API writes (default ${settings/* DEFAULT_CONCURRENCY */.WH}, at most ${settings/* LIMITS */.b1.concurrency.max}; env ${cli_env/* SYNC_ENV */.EK.concurrency})
  --verify-before-write re-read each audience before writing it; skip it if it changed since the plan
  -y, --yes             apply without asking; needed when stdin is not a terminal (CI)
${apply_safety/* APPLY_SAFETY_HELP */.kh}`
        : '';
    const output = command === 'plan'
        ? `${apply_safety/* TIMEOUT_HELP */.iP}  --format F            text (default), json, or markdown: the exact pull request comment
  --json                the same as --format json
`
        : `  --json                print the plan and its results as JSON
`;
    const exits = command === 'plan'
        ? `Exit codes: 0 no changes, 2 changes found, 1 an error, or a plan that cannot be applied as it
stands (the delete guard tripped, blocked changes, or name conflicts).`
        : `Exit codes: 0 applied (or nothing to do), 1 an error, a refused or failed write, or a plan
that cannot be applied as it stands (the delete guard tripped, blocked changes, or name conflicts).`;
    return `Usage: audience-sync ${command} [path...] [options]

${what}
Each path is a folder, a file or a glob inside the workspace (the git repository, or the
current folder outside one); the default is '${settings/* DEFAULT_AUDIENCE_PATH */.Je}'.

Options:
  --prune               delete remote audiences that no file declares (env ${cli_env/* SYNC_ENV */.EK.prune})
  --ignore GLOB         a name glob that prune never touches; repeatable (env ${cli_env/* SYNC_ENV */.EK.ignore}, one per line)
  --max-deletes N       the delete guard: more deletes than N fail before any write (default ${settings/* DEFAULT_MAX_DELETES */.MD}; env ${cli_env/* SYNC_ENV */.EK.maxDeletes})
${(0,commands_files/* maxFileSizeHelp */.Dv)(24)}${applyOnly}${output}  -h, --help            show this help

${connection/* CONNECTION_HELP */.Xf}

${exits}
`;
}
const PLAN_USAGE = usage('plan');
const APPLY_USAGE = usage('apply');
/** Runs `plan`. */
function runPlan(args, term, deps = {}) {
    return runSync('plan', args, term, deps);
}
/** Runs `apply`. */
function runApply(args, term, deps = {}) {
    return runSync('apply', args, term, deps);
}
let planApplyModule;
/**
 * The planner, the applier and the report (`plan-apply.ts`), loaded once. A module that
 * cannot load (an installation fault) rejects the promise, whoever asked first.
 */
function loadPlanApply() {
    planApplyModule ??= Promise.resolve().then(() => Promise.all(/* import() */[__webpack_require__.e(449), __webpack_require__.e(827)]).then(__webpack_require__.bind(__webpack_require__, 8827)));
    return planApplyModule;
}
async function runSync(command, args, term, deps) {
    const { values, positionals } = (0,commands_args/* parseCommandArgs */.Q)({
        args,
        options: SYNC_OPTIONS,
        allowPositionals: true,
    });
    const format = readFormat(command, values);
    if (command === 'plan' && values.yes) {
        throw new errors/* UsageError */.eb('plan writes nothing: --yes is for apply');
    }
    if (command === 'plan' && values.backup !== undefined) {
        throw new errors/* UsageError */.eb('plan writes nothing, so it backs nothing up: --backup is for apply');
    }
    const options = readSyncOptions(values, term.env);
    const files = (0,commands_files/* fileLoadOptions */.rU)(values['max-file-size'], term);
    const paths = positionals.length > 0 ? positionals : [settings/* DEFAULT_AUDIENCE_PATH */.Je];
    const run = { command, values, options, files, format, term };
    // Only an apply writes, so only an apply winds down on a signal: no new write starts,
    // and the cut also ends the client's calls (see apply-safety.ts).
    const cancel = command === 'apply' ? listenForCancel((m) => term.err(`${m}\n`)) : undefined;
    try {
        return await syncWith(run, paths, deps, cancel);
    }
    finally {
        cancel?.dispose();
    }
}
/** Validation overlapped by the reads, then the plan and, for apply, the writes. */
async function syncWith(run, paths, deps, cancel) {
    const { command, values, format, term, files } = run;
    // The reads (token, workspace lookup, list pages) start now and overlap the validation.
    // If any file is invalid they are discarded unseen: no write starts before every file
    // is known valid (docs/plan.md).
    let settings;
    let settingsError;
    try {
        settings = {
            ...(0,connection/* readConnectionSettings */.S4)(values, term.env),
            ...(0,apply_safety/* readBudget */.OW)(values['timeout-minutes']),
            ...(cancel ? { signal: cancel.cut } : {}),
        };
    }
    catch (error) {
        settingsError = error;
    }
    const reads = settings && (0,engine/* startReads */.yC)(settings, deps.connect);
    let load;
    try {
        await reads?.begun;
        load = await (0,config_load/* loadAudiences */.K0)(paths, files);
    }
    catch (error) {
        await reads?.discard();
        throw error;
    }
    const base = baseReport(command, paths, load);
    if ((0,engine/* hasErrors */.Cs)(load)) {
        await reads?.discard();
        if (format === 'text')
            term.out((0,problems/* problemLines */.p)(load));
        else
            (await loadPlanApply()).renderReport(run, { ...base, mode: 'validate' });
        return 1;
    }
    if (!reads || !settings)
        throw settingsError;
    // The files are valid: what comes next (and for apply the backup's writer, with the
    // YAML library) loads while the list is still being read, once no read waits on it.
    // A failed load is reported where the module is used, which awaits the same promise.
    void reads.quiet().then(() => {
        loadPlanApply().catch(() => undefined);
        if (command === 'apply')
            (0,apply_safety/* preloadBackup */.mo)().catch(() => undefined);
    });
    let state;
    try {
        state = await reads.ready;
    }
    catch (error) {
        throw (0,errors/* toUserError */.dZ)(error, { command, apiUrl: settings.apiUrl });
    }
    try {
        const { planAndApply } = await loadPlanApply();
        return await planAndApply(run, base, load.audiences, state, cancel);
    }
    catch (error) {
        throw (0,errors/* toUserError */.dZ)(error, { command, apiUrl: settings.apiUrl });
    }
    finally {
        await state.connection.api.close();
    }
}
/** `--format` (plan only) and its shorthand `--json`. */
function readFormat(command, values) {
    if (values.format === undefined)
        return values.json ? 'json' : 'text';
    if (command === 'apply')
        throw new errors/* UsageError */.eb('--format is for plan; apply takes --json');
    const format = FORMATS.find((f) => f === values.format);
    if (format === undefined) {
        throw new errors/* UsageError */.eb(`--format must be text, json or markdown, got ${JSON.stringify(values.format)}`);
    }
    if (values.json && format !== 'json') {
        throw new errors/* UsageError */.eb(`--json and --format ${format} disagree; give one of them`);
    }
    return format;
}
function baseReport(command, paths, load) {
    return {
        mode: command,
        dryRun: command === 'plan',
        paths,
        files: load.files,
        audienceCount: load.audiences.length,
        problems: load.problems,
    };
}
/**
 * The sync options from flags, then the environment, then the defaults; every value
 * through the parsers the Action's inputs use (`src/settings.ts`).
 */
function readSyncOptions(values, env) {
    const maxDeletes = (0,cli_env/* fromFlagOrEnv */.bl)(values['max-deletes'], '--max-deletes', env, cli_env/* SYNC_ENV */.EK.maxDeletes);
    const concurrency = (0,cli_env/* fromFlagOrEnv */.bl)(values.concurrency, '--concurrency', env, cli_env/* SYNC_ENV */.EK.concurrency);
    return {
        prune: values.prune ?? (0,settings/* parseBooleanSetting */.ue)(env[cli_env/* SYNC_ENV */.EK.prune], cli_env/* SYNC_ENV */.EK.prune) ?? false,
        ignore: values.ignore !== undefined
            ? (0,settings/* parseListEntries */.WM)(values.ignore)
            : (0,settings/* parseListSetting */.c9)(env[cli_env/* SYNC_ENV */.EK.ignore]),
        maxDeletes: (0,settings/* parseWholeNumberSetting */.U4)(maxDeletes.value, maxDeletes.name, settings/* LIMITS */.b1.maxDeletes) ??
            settings/* DEFAULT_MAX_DELETES */.MD,
        concurrency: (0,settings/* parseWholeNumberSetting */.U4)(concurrency.value, concurrency.name, settings/* LIMITS */.b1.concurrency) ??
            settings/* DEFAULT_CONCURRENCY */.WH,
    };
}


/***/ })

};
;