"use strict";
exports.id = 101;
exports.ids = [101];
exports.modules = {

/***/ 8101:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderDriftIssue: () => (/* binding */ renderDriftIssue),
/* harmony export */   wantsHas: () => (/* binding */ wantsHas)
/* harmony export */ });
/* harmony import */ var _blocks_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3578);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8163);
/* harmony import */ var _entries_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8682);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4031);
/* harmony import */ var _fit_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(877);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2011);






const MAX_VALUE = 1_000;
/**
 * The title and body of the drift issue of the report's workspace. The body lists each
 * drifted audience with each drifted field, then blocked changes and conflicts, and is
 * shortened, whole audiences at a time, to stay under `maxLength`.
 */
function renderDriftIssue(report, options = {}) {
    const name = report.workspace?.name;
    const title = (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeTitle */ .A5)(name === undefined
        ? 'Audience drift'
        : `Audience drift in workspace "${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .truncateText */ .EJ)(name, 200)}"`);
    const hint = options.summaryHint ?? (0,_blocks_js__WEBPACK_IMPORTED_MODULE_0__/* .jobSummaryHint */ .tM)(report);
    const parts = [
        options.marker ? `${options.marker}\n` : '',
        `${driftLine(report)}\n\n`,
        ...(0,_blocks_js__WEBPACK_IMPORTED_MODULE_0__/* .banners */ ._K)(report),
        (0,_blocks_js__WEBPACK_IMPORTED_MODULE_0__/* .shortenedNote */ .L6)(hint),
        ...driftSections(report, hint),
        repairAdvice(report),
        (0,_blocks_js__WEBPACK_IMPORTED_MODULE_0__/* .footer */ .qr)(report),
    ];
    const body = (0,_fit_js__WEBPACK_IMPORTED_MODULE_5__/* .fitToLimit */ .Qt)(parts, { limit: options.maxLength ?? _document_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMENT_LIMIT */ .W$, measure: _fit_js__WEBPACK_IMPORTED_MODULE_5__/* .codeUnits */ .xF });
    return { title, body };
}
function driftLine(report) {
    const plan = report.plan;
    const where = report.workspace
        ? ` in ${(0,_blocks_js__WEBPACK_IMPORTED_MODULE_0__/* .plain */ .pj)(report.workspace.name)} (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)((0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .truncateText */ .EJ)(report.workspace.id, 100))})`
        : '';
    if (!plan)
        return `**No drift check${where}:** the run could not make a plan.`;
    if (!(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .hasChanges */ .ik)(plan))
        return `**No drift${where}:** ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .noChangesSentence */ .iB)(plan)}`;
    const drifted = plan.changes.length + plan.blocked.length + plan.conflicts.length;
    return `**Drift${where}:** ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(drifted, 'audience')} in neuroflash ${drifted === 1 ? 'differs' : 'differ'} from the files (${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .summaryCounts */ .NB)(plan)}).`;
}
function driftSections(report, hint) {
    const plan = report.plan;
    if (!plan)
        return [];
    return [
        {
            kind: 'section',
            priority: 1,
            head: '',
            items: plan.changes.map(changeEntry),
            tail: '\n',
            hiddenNote: (hidden, shown) => (0,_blocks_js__WEBPACK_IMPORTED_MODULE_0__/* .note */ .N4)(hidden, shown, 'drifted audience', ` ${hint}`),
            describeCut: (hidden, total) => `${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatCount */ .B4)(hidden)} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(total, 'drifted audience')}`,
        },
        {
            kind: 'section',
            priority: 0,
            head: '**Blocked:** the remote permissions forbid repairing these, so a sync never attempts them.\n\n',
            items: plan.blocked.map(blockedEntry),
            tail: '\n',
            hiddenNote: (hidden, shown) => (0,_blocks_js__WEBPACK_IMPORTED_MODULE_0__/* .note */ .N4)(hidden, shown, 'blocked audience'),
            describeCut: (hidden, total) => `${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatCount */ .B4)(hidden)} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(total, 'blocked audience')}`,
        },
        {
            kind: 'section',
            priority: 0,
            head: '**Conflicts:** several audiences in neuroflash have one of these names, so a sync leaves the name alone.\n\n',
            items: plan.conflicts.map((c) => `- ⚠️ ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(c.name)}: ${(0,_blocks_js__WEBPACK_IMPORTED_MODULE_0__/* .plain */ .pj)(c.reason)} (ids ${c.ids.map((id) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)((0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .truncateText */ .EJ)(id, 100))).join(', ')})\n`),
            tail: '\n',
            hiddenNote: (hidden, shown) => (0,_blocks_js__WEBPACK_IMPORTED_MODULE_0__/* .note */ .N4)(hidden, shown, 'conflict'),
            describeCut: (hidden, total) => `${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatCount */ .B4)(hidden)} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(total, 'conflict')}`,
        },
    ];
}
/** One drifted audience: a headline and, indented below it, one line per field. */
function changeEntry(change) {
    const name = `**${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(change.name)}**`;
    const from = where(change.source);
    let headline;
    switch (change.kind) {
        case 'create':
            headline = `${name}: the files declare it${from}, neuroflash does not have it`;
            break;
        case 'update':
            headline = `${name}${from}`;
            break;
        case 'rename':
            headline = `${name}${from}: neuroflash has it under its previous name ${(0,_blocks_js__WEBPACK_IMPORTED_MODULE_0__/* .plain */ .pj)(JSON.stringify(change.fromName ?? ''))}`;
            break;
        case 'delete':
            headline =
                change.deleteReason === 'absent'
                    ? `${name}: the file says ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)('state: absent')}${from}, neuroflash still has it`
                    : `${name}: neuroflash has it, no file declares it (prune is on)`;
            break;
    }
    const fields = change.kind === 'update' || change.kind === 'rename'
        ? fieldLines(change.fieldChanges, change.kind)
        : [];
    return `- ${_entries_js__WEBPACK_IMPORTED_MODULE_2__/* .KIND_SYMBOL */ .yS[change.kind]} ${headline}\n${fields}`;
}
function blockedEntry(b) {
    const who = b.action === 'rename' && b.fromName !== undefined
        ? `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(b.fromName)} → ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(b.name)}`
        : (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(b.name);
    const fields = b.action === 'delete' ? '' : fieldLines(b.fieldChanges, b.action);
    return `- ⛔ ${b.action} **${who}**${where(b.source)}: ${(0,_blocks_js__WEBPACK_IMPORTED_MODULE_0__/* .plain */ .pj)(b.reason)}\n${fields}`;
}
function where(source) {
    return source ? ` (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(`${source.file}:${source.line}`)})` : '';
}
/** `  - **residence:** the file wants "Munich", neuroflash has "Berlin"` per field. */
function fieldLines(changes, kind) {
    return (0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .detailFieldChanges */ .No)(changes, kind)
        .map((fc) => `  - **${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(fc.field)}:** ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(wantsHas(fc))}\n`)
        .join('');
}
/** In a drift plan `after` is the file's value and `before` the remote's. */
function wantsHas(fc) {
    const wants = (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .truncateText */ .EJ)((0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatValue */ .Fl)(fc.field, fc.after), MAX_VALUE);
    const has = (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .truncateText */ .EJ)((0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatValue */ .Fl)(fc.field, fc.before), MAX_VALUE);
    let text = `the file wants ${wants}, neuroflash has ${has}`;
    const delta = (0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .listDelta */ .Xv)(fc);
    if (delta && (delta.added.length > 0 || delta.removed.length > 0)) {
        const parts = [];
        if (delta.added.length > 0)
            parts.push(`lacks ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .quoteList */ .JN)(delta.added)}`);
        if (delta.removed.length > 0)
            parts.push(`has extra ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .quoteList */ .JN)(delta.removed)}`);
        text += ` (neuroflash ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .truncateText */ .EJ)(parts.join('; '), MAX_VALUE)})`;
    }
    return text;
}
function repairAdvice(report) {
    if (!report.plan || !(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .hasChanges */ .ik)(report.plan))
        return '';
    return `To repair the drift, run audience-sync with ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)('dry-run: false')}; to keep it, change the files to match neuroflash. This issue is updated on each drift check, and closed once neuroflash matches the files again.\n\n`;
}


/***/ })

};
;