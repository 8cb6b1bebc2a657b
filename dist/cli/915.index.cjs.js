"use strict";
exports.id = 915;
exports.ids = [915,385];
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


/***/ })

};
;