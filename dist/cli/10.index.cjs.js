"use strict";
exports.id = 10;
exports.ids = [10];
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

/***/ 10:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VALIDATE_USAGE: () => (/* binding */ VALIDATE_USAGE),
/* harmony export */   runValidate: () => (/* binding */ runValidate)
/* harmony export */ });
/* harmony import */ var _cli_problems_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4744);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1099);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(825);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8750);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2309);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2729);
/**
 * `audience-sync validate [path...]`: loads the audience files, prints every problem as
 * `path:line:col: message` and a summary line. No network, no credentials.
 */






/** The help text of `validate`, also shown by `audience-sync help validate`. */
const VALIDATE_USAGE = `Usage: audience-sync validate [path...] [--json] [--max-file-size SIZE]

Checks audience files against the schema and the rules, with no network. Each path is a
folder (its **/*.yml and **/*.yaml), a file, or a glob; the default is '${_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_AUDIENCE_PATH */ .Je}'.
Prints every problem as path:line:col: message, then a summary. Only files inside the
workspace (the git repository, or the current folder outside one) are read.

Options:
${(0,_files_js__WEBPACK_IMPORTED_MODULE_5__/* .maxFileSizeHelp */ .Dv)(24)}  --json                print { problems, audiences, files } as JSON instead
  -h, --help            show this help

Exit codes: 0 the files are valid (warnings allowed), 1 any error was found.
`;
/** Runs `validate` and returns its exit code: 1 if any problem is an error. */
async function runValidate(args, term) {
    const parsed = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCommandArgs */ .Q)({
        args,
        options: { json: { type: 'boolean' }, ..._files_js__WEBPACK_IMPORTED_MODULE_5__/* .FILE_OPTIONS */ .IY },
        allowPositionals: true,
    });
    const paths = parsed.positionals.length > 0 ? parsed.positionals : [_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_AUDIENCE_PATH */ .Je];
    const result = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_1__/* .loadAudiences */ .K0)(paths, (0,_files_js__WEBPACK_IMPORTED_MODULE_5__/* .fileLoadOptions */ .rU)(parsed.values['max-file-size'], term));
    if (parsed.values.json) {
        const report = {
            problems: result.problems,
            audiences: result.audiences.length,
            files: result.files.length,
        };
        term.json(report);
    }
    else {
        // loadAudiences sorts by file, line and column already.
        term.out((0,_cli_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .problemLines */ .p)(result));
    }
    return (0,_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .hasErrors */ .Cs)(result) ? 1 : 0;
}


/***/ })

};
;