"use strict";
exports.id = 915;
exports.ids = [915,385];
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

/***/ 4915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DOCTOR_USAGE: () => (/* binding */ DOCTOR_USAGE),
/* harmony export */   runDoctor: () => (/* binding */ runDoctor)
/* harmony export */ });
/* harmony import */ var _cli_env_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(969);
/* harmony import */ var _cli_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6675);
/* harmony import */ var _guards_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9609);
/* harmony import */ var _neuroflash_api_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4935);
/* harmony import */ var _neuroflash_workspaces_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9385);
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2011);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2309);
/* harmony import */ var _connection_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6824);
/**
 * `audience-sync doctor`: the connection to neuroflash checked step by step, as a
 * checklist. It is the first command to run against a real account: what we know of the
 * API has gaps (`docs/api.md`), and each step shows where the real one answers
 * differently (the list envelope, the permission flags).
 */








const DOCTOR_USAGE = `Usage: audience-sync doctor [options]

Checks the connection to neuroflash, one step at a time, and prints a checklist:
  1. the token URL answers as an OAuth2 token endpoint
  2. the credentials are accepted
  3. the workspaces the account sees, and the one chosen
  4. the audience list endpoint, and which list envelope it answers with
  5. whether the audiences carry permission flags
Reads only; writes nothing.

Options:
  -h, --help        show this help

${_connection_js__WEBPACK_IMPORTED_MODULE_6__/* .CONNECTION_HELP */ .Xf}

Exit codes: 0 every step passed, 1 a step failed (the checklist says which).
`;
const MARK = { pass: '✓', fail: '✗', skip: '·' };
const STEPS = {
    token: 'Token endpoint',
    credentials: 'Credentials',
    workspace: 'Workspace',
    list: 'Audience list',
    permissions: 'Permission flags',
};
const ENVELOPES = {
    data: 'the `data` envelope ({data, page})',
    hal: 'the HAL envelope (_embedded, page, _links)',
    content: 'the `content` envelope ({content, number})',
    array: 'a bare array',
};
/** Runs `doctor`; 0 when every step passed. */
async function runDoctor(args, term, deps = {}) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .parseCommandArgs */ .Q)({ args, options: _connection_js__WEBPACK_IMPORTED_MODULE_6__/* .CONNECTION_OPTIONS */ .Ur });
    const settings = (0,_connection_js__WEBPACK_IMPORTED_MODULE_6__/* .readConnectionSettings */ .S4)(values, term.env);
    const width = Math.max(...Object.values(STEPS).map((s) => s.length));
    let failed = false;
    const report = (step, verdict, text) => {
        if (verdict === 'fail')
            failed = true;
        term.out(`${MARK[verdict]} ${STEPS[step].padEnd(width)}  ${text.replaceAll('\n', `\n${' '.repeat(width + 4)}`)}\n`);
    };
    const skipRest = (from) => {
        const steps = Object.keys(STEPS);
        for (const step of steps.slice(steps.indexOf(from)))
            report(step, 'skip', 'not checked');
    };
    const failure = (error) => {
        const e = (0,_cli_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .toUserError */ .dZ)(error, { command: 'doctor', apiUrl: settings.apiUrl });
        return e.hint ? `${e.message}\n${e.hint}` : e.message;
    };
    const pages = [];
    const options = {
        apiUrl: settings.apiUrl,
        tokenUrl: settings.tokenUrl,
        clientId: settings.clientId,
        clientSecret: settings.clientSecret,
        onListPage: (event) => pages.push(event),
    };
    const api = deps.createClient
        ? deps.createClient(options)
        : (await Promise.all(/* import() */[__webpack_require__.e(99), __webpack_require__.e(205)]).then(__webpack_require__.bind(__webpack_require__, 4205))).createNeuroflashClient(options);
    try {
        // The first call fetches the token: its failure is the token endpoint's or the
        // credentials', told apart by the answer.
        let workspaces;
        try {
            workspaces = await api.listWorkspaces();
        }
        catch (error) {
            if (!(error instanceof _neuroflash_api_js__WEBPACK_IMPORTED_MODULE_2__/* .AuthError */ .lR)) {
                report('token', 'pass', `${settings.tokenUrl} issued a token`);
                report('credentials', 'pass', `accepted for client ${settings.clientId}`);
                report('workspace', 'fail', `the workspace list failed: ${failure(error)}`);
                skipRest('list');
                return 1;
            }
            if (error.refused) {
                report('token', 'pass', `${settings.tokenUrl} answers as a token endpoint (HTTP ${error.status})`);
                report('credentials', 'fail', failure(error));
            }
            else {
                report('token', 'fail', failure(error));
                report('credentials', 'skip', 'not checked');
            }
            skipRest('workspace');
            return 1;
        }
        report('token', 'pass', `${settings.tokenUrl} issued a token`);
        report('credentials', 'pass', `accepted for client ${settings.clientId}`);
        let workspace;
        try {
            workspace = (0,_neuroflash_workspaces_js__WEBPACK_IMPORTED_MODULE_3__/* .chooseWorkspace */ .F)(workspaces, settings.workspace);
        }
        catch (error) {
            report('workspace', 'fail', failure(error));
            skipRest('list');
            return 1;
        }
        const seen = workspaces.map((w) => `${w.name} (${w.id})`).join(', ');
        const how = settings.workspace ? `--workspace / ${_cli_env_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .Km.workspace}` : 'the only one';
        report('workspace', 'pass', `${workspaces.length} visible: ${seen}; chosen: ${workspace.name} (${workspace.id}), ${how}` +
            envelopeNote(pages, 'workspace'));
        let audiences;
        try {
            audiences = await api.audiences(workspace.id).listAudiences();
        }
        catch (error) {
            report('list', 'fail', failure(error));
            skipRest('permissions');
            return 1;
        }
        const listPages = pages.filter((p) => p.path.includes('target-audiences'));
        const first = listPages[0];
        const envelope = first?.envelope ? ENVELOPES[first.envelope] : 'an unrecognised envelope';
        report('list', 'pass', `GET ${first?.path ?? 'the audience list'} answered with ${envelope}: ` +
            `${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(audiences.length, 'audience')} in ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(listPages.length, 'page')}`);
        const verdict = permissionVerdict(audiences);
        report('permissions', verdict.verdict, verdict.text);
        return failed ? 1 : 0;
    }
    finally {
        await api.close();
    }
}
/** ", list envelope: …" for the workspace list, when it was read. */
function envelopeNote(pages, kind) {
    const page = pages.find((p) => p.path.includes(`${kind}-service`));
    return page?.envelope ? `\n(the workspace list came in ${ENVELOPES[page.envelope]})` : '';
}
/**
 * Whether the audiences say ahead of time what the caller may change. Without the flags
 * the plan cannot foresee a refusal: each change counts as allowed, and a refusal shows
 * only as the API's 403 during an apply.
 */
function permissionVerdict(audiences) {
    if (audiences.length === 0) {
        return { verdict: 'skip', text: 'no audiences to check in this workspace' };
    }
    const flagged = audiences.filter((a) => (0,_guards_js__WEBPACK_IMPORTED_MODULE_7__/* .isRecord */ .u)(a.raw.permissions) || (0,_guards_js__WEBPACK_IMPORTED_MODULE_7__/* .isRecord */ .u)(a.raw.newPermissions));
    const names = new Set();
    for (const a of flagged) {
        if ((0,_guards_js__WEBPACK_IMPORTED_MODULE_7__/* .isRecord */ .u)(a.raw.permissions))
            names.add('permissions');
        if ((0,_guards_js__WEBPACK_IMPORTED_MODULE_7__/* .isRecord */ .u)(a.raw.newPermissions))
            names.add('newPermissions');
    }
    if (flagged.length === audiences.length) {
        return {
            verdict: 'pass',
            text: `all ${audiences.length} carry ${[...names].join(' and ')}: blocked changes show in the plan`,
        };
    }
    return {
        verdict: 'fail',
        text: `${audiences.length - flagged.length} of ${audiences.length} audiences carry neither permissions nor newPermissions: ` +
            'the plan counts changes to them as allowed, and a refusal shows only as the API’s 403 during apply',
    };
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

/***/ 9385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ chooseWorkspace)
/* harmony export */ });
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4935);

function listing(workspaces) {
    return workspaces.map((w) => `\n  - ${w.name} (id ${w.id})`).join('');
}
/**
 * Picks a workspace: `idOrName` as an exact id, else as an exact name, else as a name
 * compared trimmed and case-insensitively when that matches exactly one. With nothing
 * given, the only workspace. Anything else throws a `WorkspaceError` that lists each
 * workspace's name and id, so the user can copy the right one.
 */
function chooseWorkspace(workspaces, idOrName) {
    const wanted = idOrName?.trim() ?? '';
    if (wanted === '') {
        const [only] = workspaces;
        if (workspaces.length === 1 && only)
            return only;
        if (workspaces.length === 0) {
            throw new _api_js__WEBPACK_IMPORTED_MODULE_0__/* .WorkspaceError */ .kP('The account can reach no workspace.', workspaces);
        }
        throw new _api_js__WEBPACK_IMPORTED_MODULE_0__/* .WorkspaceError */ .kP(`The account can reach ${workspaces.length} workspaces; choose one by id or name:${listing(workspaces)}`, workspaces);
    }
    const byId = workspaces.find((w) => w.id === idOrName || w.id === wanted);
    if (byId)
        return byId;
    const candidates = [
        workspaces.filter((w) => w.name === idOrName),
        workspaces.filter((w) => w.name.trim().toLowerCase() === wanted.toLowerCase()),
    ];
    for (const matches of candidates) {
        const [match] = matches;
        if (matches.length === 1 && match)
            return match;
        if (matches.length > 1) {
            throw new _api_js__WEBPACK_IMPORTED_MODULE_0__/* .WorkspaceError */ .kP(`${matches.length} workspaces are named "${wanted}"; choose one by id:${listing(matches)}`, matches);
        }
    }
    const known = workspaces.length === 0
        ? ' The account can reach no workspace.'
        : ` It can reach:${listing(workspaces)}`;
    throw new _api_js__WEBPACK_IMPORTED_MODULE_0__/* .WorkspaceError */ .kP(`No workspace has the id or name "${wanted}".${known}`, workspaces);
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