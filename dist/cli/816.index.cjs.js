"use strict";
exports.id = 816;
exports.ids = [816];
exports.modules = {

/***/ 9816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BOOTSTRAP_USAGE: () => (/* binding */ BOOTSTRAP_USAGE),
/* harmony export */   bootstrapCommand: () => (/* binding */ bootstrapCommand)
/* harmony export */ });
/* unused harmony export DEFAULT_AUDIENCE_MODEL_ID */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _cli_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6675);
/* harmony import */ var _config_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2223);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1099);
/* harmony import */ var _config_sources_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(780);
/* harmony import */ var _export_draft_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7477);
/* harmony import */ var _export_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2290);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8750);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2309);
/* harmony import */ var _connection_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6824);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2729);
/**
 * `audience-sync bootstrap`: drafts a new audience from web pages with neuroflash's URL
 * import and writes it as a file to review and commit. Nothing is created in neuroflash;
 * the file becomes an audience through the usual plan and apply.
 */












/** The only audience model id neuroflash has published. */
const DEFAULT_AUDIENCE_MODEL_ID = '538b1efc6f88ad88feebf7acd8c618facb54fe82';
const BOOTSTRAP_USAGE = `Usage: audience-sync bootstrap --url URL [--url URL ...] [--name NAME] [--out FILE] [--force]

Drafts an audience from web pages with neuroflash's URL import and writes it as a YAML
file to review and commit. Nothing is saved in neuroflash.

Options:
  --url URL         a page to draft from (repeatable; at least one)
  --name NAME       the audience's name (default: the draft's)
  --model ID        the audience model id (default: ${DEFAULT_AUDIENCE_MODEL_ID})
  --out FILE        where to write, inside the workspace (the git repository, or the
                    current folder outside one; default: audiences/<name as a slug>.yml)
  --force           overwrite FILE if it exists
${(0,_files_js__WEBPACK_IMPORTED_MODULE_11__/* .maxFileSizeHelp */ .Dv)(20)}  --schema REF      the $schema of the file's yaml-language-server comment: a URL, or a
                    path to audience.schema.json (default: the published schema URL)
  -h, --help        show this help

${_connection_js__WEBPACK_IMPORTED_MODULE_10__/* .CONNECTION_HELP */ .Xf}

Exit codes: 0 the file was written, 1 an error (no file was written).
`;
/** Runs `audience-sync bootstrap`; returns the exit code (0 written, 1 error). */
async function bootstrapCommand(args, term, deps = {}) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_9__/* .parseCommandArgs */ .Q)({ args, options: BOOTSTRAP_OPTIONS });
    const urls = (values.url ?? []).map((u) => u.trim());
    if (urls.length === 0)
        throw new _cli_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('give at least one --url to draft the audience from');
    const badUrl = urls.find((u) => !(0,_settings_js__WEBPACK_IMPORTED_MODULE_8__/* .isHttpUrl */ .q$)(u));
    if (badUrl !== undefined) {
        throw new _cli_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--url must be an http(s) URL such as https://brand.example; got ${JSON.stringify(badUrl)}`);
    }
    const name = values.name?.trim();
    if (values.name !== undefined && !name) {
        throw new _cli_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('--name is empty; give the audience a name, or leave --name out');
    }
    const model = values.model?.trim() || DEFAULT_AUDIENCE_MODEL_ID;
    const force = values.force ?? false;
    // Known before the import only when the name is: then a clash stops us before the
    // slow call instead of after it.
    const explicitOut = values.out?.trim() || undefined;
    const earlyOut = explicitOut ?? (name ? defaultOut(name) : undefined);
    if (explicitOut)
        (0,_files_js__WEBPACK_IMPORTED_MODULE_11__/* .refuseOutsideWorkspace */ .pU)('--out', explicitOut, term.cwd);
    // The folder's files are read for the names in use: inside the workspace, and capped.
    const files = (0,_files_js__WEBPACK_IMPORTED_MODULE_11__/* .fileLoadOptions */ .rU)(values['max-file-size'], term);
    const settings = (0,_connection_js__WEBPACK_IMPORTED_MODULE_10__/* .readConnectionSettings */ .S4)(values, term.env);
    if (earlyOut && !force)
        await refuseExisting(earlyOut, term);
    const { draft, taken } = await (0,_connection_js__WEBPACK_IMPORTED_MODULE_10__/* .withConnection */ .p)('bootstrap', settings, async (connection) => {
        // The names already in use, remote and local, so that the file cannot turn out to
        // be an update of an existing audience (or a duplicate name in the folder).
        const folder = explicitOut ? node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(explicitOut) : _settings_js__WEBPACK_IMPORTED_MODULE_8__/* .DEFAULT_AUDIENCE_PATH */ .Je;
        const taken = await takenNames(connection.audiences, folder, files);
        if (name)
            refuseTaken(name, taken, false);
        const draft = await importWithProgress(connection.audiences, urls, model, term);
        return { draft, taken };
    }, deps.connect);
    const { profile, fieldNotes } = (0,_export_draft_js__WEBPACK_IMPORTED_MODULE_6__/* .draftToProfile */ ._5)(draft, name ? { name } : {});
    if (!name)
        refuseTaken(profile.name, taken, true);
    const out = explicitOut ?? defaultOut(profile.name);
    const schemaPath = await (0,_export_index_js__WEBPACK_IMPORTED_MODULE_7__/* .resolveSchemaRef */ .vj)(values.schema, term.cwd, node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(out));
    const text = (0,_export_index_js__WEBPACK_IMPORTED_MODULE_7__/* .profileToYaml */ .kl)(profile, {
        schemaPath,
        note: `Drafted by neuroflash's URL import from ${urls.join(', ')}.\n` +
            'Review every value before you commit: nothing here is saved in neuroflash yet.',
        fieldNotes,
    });
    const problems = (0,_config_sources_js__WEBPACK_IMPORTED_MODULE_5__/* .loadFromSources */ .X)([{ file: out, text }]).problems.filter((p) => p.severity === 'error');
    if (problems.length > 0) {
        const lines = problems.map((p) => `  ${(0,_config_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatProblem */ .Vw)(p)}`);
        throw new _cli_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`the drafted audience would not pass validation, so no file was written:\n${lines.join('\n')}`, { hint: 'Fix it with --name, or draft from other pages.' });
    }
    await (0,_export_index_js__WEBPACK_IMPORTED_MODULE_7__/* .writeAllOrNothing */ .PQ)([{ file: out, text }], { cwd: term.cwd, force });
    if (fieldNotes.genderDistribution) {
        term.err(`note: ${fieldNotes.genderDistribution}\n`);
    }
    term.out(`wrote ${out}: ${JSON.stringify(profile.name)}\n` +
        `Next: review it, then \`audience-sync plan\` shows it as a create.\n`);
    return 0;
}
const BOOTSTRAP_OPTIONS = {
    url: { type: 'string', multiple: true },
    name: { type: 'string' },
    model: { type: 'string' },
    out: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
    schema: { type: 'string' },
    ..._files_js__WEBPACK_IMPORTED_MODULE_11__/* .FILE_OPTIONS */ .IY,
    ..._connection_js__WEBPACK_IMPORTED_MODULE_10__/* .CONNECTION_OPTIONS */ .Ur,
};
/** The default file, in the folder `plan` reads by default. */
function defaultOut(name) {
    return `${_settings_js__WEBPACK_IMPORTED_MODULE_8__/* .DEFAULT_AUDIENCE_PATH */ .Je}/${(0,_export_index_js__WEBPACK_IMPORTED_MODULE_7__/* .slugify */ .Yv)(name)}.yml`;
}
/** The draft's name is an existing audience's, remote or in the files. */
class NameTakenError extends _cli_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo {
    name = 'NameTakenError';
}
/** Each name in use, with where: the workspace, or the file that declares it. */
async function takenNames(audiences, folder, files) {
    const taken = new Map();
    for (const remote of await audiences.listAudiences()) {
        taken.set(remote.name.trim(), `the workspace has an audience of that name (${remote.id})`);
    }
    // The folder the file goes to is the folder a plan reads; its valid audiences count.
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(files.cwd, folder))) {
        const local = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_4__/* .loadAudiences */ .K0)([folder], files);
        for (const audience of local.audiences) {
            const at = `${audience.source.file}:${audience.source.line}`;
            for (const used of [audience.name, ...audience.previousNames]) {
                taken.set(used, `${at} declares it`);
            }
        }
    }
    return taken;
}
/** Throws when `name` is in use: the file would update or clash with that audience. */
function refuseTaken(name, taken, drafted) {
    const where = taken.get(name.trim());
    if (where === undefined)
        return;
    throw new NameTakenError(`the name ${JSON.stringify(name)} is taken: ${where}. A file with it would not create a new audience` +
        (drafted
            ? ', so no file was written. Run again with --name and a new name.'
            : '. Choose another --name (nothing was imported).'));
}
async function refuseExisting(file, io) {
    const existing = await (0,_export_index_js__WEBPACK_IMPORTED_MODULE_7__/* .existingFiles */ .$6)([file], io.cwd);
    if (existing.length > 0)
        throw new _export_index_js__WEBPACK_IMPORTED_MODULE_7__/* .OverwriteRefusedError */ .MD(existing);
}
const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const TICK_MS = 100;
/**
 * The import with a sign of life: it takes 10–30 s on the real service. On a terminal a
 * spinner with the elapsed seconds redraws one line; in a log (CI, a pipe) one plain line
 * is written, because redraw codes would only clutter it. Progress goes to stderr so that
 * stdout stays clean for scripts.
 */
async function importWithProgress(audiences, urls, model, term) {
    const what = `importing a draft from ${urls.length === 1 ? urls[0] : `${urls.length} pages`}`;
    const started = Date.now();
    let frame = 0;
    const draw = () => {
        const seconds = Math.floor((Date.now() - started) / 1000);
        term.status(`${SPINNER[frame++ % SPINNER.length]} ${what}… ${seconds}s (this takes 10–30 s)`);
    };
    let timer;
    if (term.isTTY) {
        draw();
        timer = setInterval(draw, TICK_MS);
        timer.unref();
    }
    else {
        term.err(`${what}… (this takes 10–30 s)\n`);
    }
    try {
        const draft = await audiences.importFromUrls(urls, model);
        if (term.isTTY)
            term.status('');
        term.err(`imported a draft in ${Math.round((Date.now() - started) / 100) / 10}s\n`);
        return draft;
    }
    catch (error) {
        if (term.isTTY)
            term.status('');
        const failure = (0,_cli_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .toUserError */ .dZ)(error, { command: 'bootstrap' });
        throw new _cli_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`the URL import failed: ${failure.message}`, {
            ...(failure.hint ? { hint: failure.hint } : {}),
            cause: error,
        });
    }
    finally {
        clearInterval(timer);
    }
}


/***/ })

};
;