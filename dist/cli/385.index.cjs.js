"use strict";
exports.id = 385;
exports.ids = [385];
exports.modules = {

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