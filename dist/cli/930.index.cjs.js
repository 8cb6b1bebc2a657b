"use strict";
exports.id = 930;
exports.ids = [930];
exports.modules = {

/***/ 6930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EXPORT_USAGE: () => (/* binding */ EXPORT_USAGE),
/* harmony export */   exportCommand: () => (/* binding */ exportCommand)
/* harmony export */ });
/* harmony import */ var _export_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2290);
/* harmony import */ var _plan_compare_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8512);
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2011);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8750);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2309);
/* harmony import */ var _connection_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6824);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2729);







const EXPORT_USAGE = `Usage: audience-sync export [--out DIR] [--force] [--json] [--schema REF]

Writes one YAML file per audience of the workspace into DIR (default: audiences),
so that planning the folder afterwards shows no changes. DIR must be inside the
workspace (the git repository, or the current folder outside one).

Options:
  --out DIR         the folder to write into (default: audiences)
  --force           make DIR exactly the export: overwrite files that exist and remove
                    the other audience files (without it, nothing is written if DIR
                    holds any audience file). Other files are never removed
  --json            print the result as JSON
  --schema REF      the $schema of the files' yaml-language-server comment: a URL, or a
                    path to audience.schema.json (default: the published schema URL)
  -h, --help        show this help

${_connection_js__WEBPACK_IMPORTED_MODULE_5__/* .CONNECTION_HELP */ .Xf}

Exit codes: 0 the files were written, 1 an error (nothing was written).
`;
/** Runs `audience-sync export`; returns the exit code (0 written, 1 error). */
async function exportCommand(args, term, deps = {}) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCommandArgs */ .Q)({ args, options: EXPORT_OPTIONS });
    // `audiences/` and `audiences` are one folder; the summary should not print `audiences//`.
    const outDir = (values.out?.trim() || _settings_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_AUDIENCE_PATH */ .Je).replace(/(.)[\\/]+$/, '$1');
    (0,_files_js__WEBPACK_IMPORTED_MODULE_6__/* .refuseOutsideWorkspace */ .pU)('--out', outDir, term.cwd);
    const settings = (0,_connection_js__WEBPACK_IMPORTED_MODULE_5__/* .readConnectionSettings */ .S4)(values, term.env);
    const { workspace, result } = await (0,_connection_js__WEBPACK_IMPORTED_MODULE_5__/* .withConnection */ .p)('export', settings, async (connection) => ({
        workspace: connection.workspace,
        result: await (0,_export_index_js__WEBPACK_IMPORTED_MODULE_0__/* .exportWorkspace */ .U$)(connection.audiences, {
            outDir,
            force: values.force ?? false,
            cwd: term.cwd,
            ...(values.schema ? { schema: values.schema } : {}),
        }),
    }), deps.connect);
    if (values.json) {
        term.json({ workspace, ...result });
        return 0;
    }
    for (const line of fileLines(result))
        term.out(`${line}\n`);
    for (const { file, reason } of result.skipped) {
        term.err(`warning: skipped ${file}: ${reason}\n`);
    }
    term.out(`${summary(workspace, outDir, result)}\n`);
    return 0;
}
const EXPORT_OPTIONS = {
    out: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
    json: { type: 'boolean' },
    schema: { type: 'string' },
    ..._connection_js__WEBPACK_IMPORTED_MODULE_5__/* .CONNECTION_OPTIONS */ .Ur,
};
/**
 * One line per file the export touched, in path order, so a reviewer sees every
 * removal beside the file that replaced it.
 */
function fileLines(result) {
    const readOnly = new Set(result.readOnly);
    const overwritten = new Set(result.overwritten);
    const lines = [
        ...result.written.map((file) => ({
            file,
            text: `${overwritten.has(file) ? 'overwrote' : 'wrote'} ${file}${readOnly.has(file) ? ' (read-only: owned by another user)' : ''}`,
        })),
        ...result.removed.map((file) => ({ file, text: `removed ${file}` })),
    ];
    return lines.sort((a, b) => (0,_plan_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6)(a.file, b.file)).map((l) => l.text);
}
function summary(workspace, outDir, result) {
    const n = result.written.length;
    const details = [
        result.overwritten.length > 0 && `${result.overwritten.length} overwritten`,
        result.removed.length > 0 && `${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(result.removed.length, 'other audience file')} removed`,
        result.readOnly.length > 0 && `${result.readOnly.length} read-only`,
        result.skipped.length > 0 && `${result.skipped.length} skipped`,
    ].filter(Boolean);
    const lines = [
        `Exported ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(n, 'audience')} of workspace ${JSON.stringify(workspace.name)} ` +
            `(${workspace.id}) to ${outDir}/${details.length > 0 ? ` (${details.join(', ')})` : ''}.`,
        `Next: review the files, then \`audience-sync plan ${outDir}\` should show no changes.`,
    ];
    if (result.skipped.length > 0) {
        lines.push('Skipped audiences have no file: with prune on, a plan would delete them. Fix them first, ' +
            'or list their names under ignore.');
    }
    return lines.join('\n');
}


/***/ })

};
;