"use strict";
exports.id = 360;
exports.ids = [360,825];
exports.modules = {

/***/ 4360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   awaitRemote: () => (/* binding */ awaitRemote),
/* harmony export */   openConnection: () => (/* binding */ openConnection),
/* harmony export */   startRemoteReads: () => (/* binding */ startRemoteReads)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4740);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7242);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(825);
/* harmony import */ var _github_log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3385);
/**
 * The connection to neuroflash, opened for the phases that read or write the workspace.
 * Every secret the client sees is masked before it can print.
 */




/** Opens the connection in the log group "Read the remote"; the workspace goes to `state`. */
async function openConnection(state, inputs, credentials, deps) {
    const connection = await _actions_core__WEBPACK_IMPORTED_MODULE_0__.group('Read the remote', async () => {
        const connection = await deps.connect(connectionSettings(state, inputs, credentials));
        (0,_github_log_js__WEBPACK_IMPORTED_MODULE_3__/* .infoUntrusted */ .z7)(`Workspace: ${connection.workspace.name} (${connection.workspace.id})`);
        return connection;
    });
    state.workspace = connection.workspace;
    return connection;
}
/**
 * Starts the reads of a sync (token, workspace lookup, list) so that they overlap the
 * validation of the files; the caller discards them if a file is invalid.
 */
function startRemoteReads(state, inputs, credentials, deps) {
    return (0,_engine_js__WEBPACK_IMPORTED_MODULE_2__.startReads)(connectionSettings(state, inputs, credentials), deps.connect);
}
/**
 * The reads of `startRemoteReads`, awaited in the log group "Read the remote". The
 * workspace goes to `state` as soon as it is known, so that a failed list still names it.
 */
async function awaitRemote(state, reads) {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__.group('Read the remote', async () => {
        const { workspace } = await reads.connected;
        (0,_github_log_js__WEBPACK_IMPORTED_MODULE_3__/* .infoUntrusted */ .z7)(`Workspace: ${workspace.name} (${workspace.id})`);
        state.workspace = workspace;
        return reads.ready;
    });
}
/**
 * How to reach neuroflash, where the client logs, and when it stops: at the end of the
 * time budget (`timeout-minutes`, counted from the start of the run), or when a cancel
 * cuts the calls in flight.
 */
function connectionSettings(state, inputs, credentials) {
    return {
        apiUrl: inputs.apiUrl,
        tokenUrl: inputs.tokenUrl,
        clientId: credentials.clientId,
        clientSecret: credentials.clientSecret,
        workspace: inputs.workspace,
        onSecret: (value) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.setSecret(value),
        // The client's info lines can carry audience names (a create found after its response
        // was lost): fenced, so that a name cannot act as a workflow command. Debug lines and
        // warnings are commands whose message `@actions/core` escapes, so they cannot.
        log: {
            debug: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.debug(message),
            info: (message) => (0,_github_log_js__WEBPACK_IMPORTED_MODULE_3__/* .infoUntrusted */ .z7)(message),
            warning: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(message),
        },
        deadline: state.startedAt + inputs.timeoutMinutes * 60_000,
        budgetLabel: `${inputs.timeoutMinutes} min (${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.TimeoutMinutes})`,
        ...(state.cancel ? { signal: state.cancel.cut } : {}),
    };
}


/***/ }),

/***/ 825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   connect: () => (/* binding */ connect),
/* harmony export */   hasErrors: () => (/* reexport safe */ _config_format_js__WEBPACK_IMPORTED_MODULE_0__.Cs),
/* harmony export */   planAgainst: () => (/* binding */ planAgainst),
/* harmony export */   startReads: () => (/* binding */ startReads)
/* harmony export */ });
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
    const { createNeuroflashClient } = await Promise.all(/* import() */[__webpack_require__.e(99), __webpack_require__.e(401)]).then(__webpack_require__.bind(__webpack_require__, 9401));
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
    const loaded = Promise.all(/* import() */[__webpack_require__.e(99), __webpack_require__.e(401)]).then(__webpack_require__.bind(__webpack_require__, 9401)).then(() => undefined, () => undefined);
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


/***/ })

};
;