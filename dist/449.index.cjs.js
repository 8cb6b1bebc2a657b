"use strict";
exports.id = 449;
exports.ids = [449];
exports.modules = {

/***/ 3449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildPlan: () => (/* reexport */ buildPlan),
  ES: () => (/* reexport */ canonicalPlan),
  Q9: () => (/* reexport */ compareItems),
  WS: () => (/* reexport */ diffPlanLines),
  HN: () => (/* reexport */ planLines)
});

// UNUSED EXPORTS: KEPT_REASON, canonicalJson, compareText, fingerprintPlan, globToRegExp, nameMatcher, sameValue

// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(182);
// EXTERNAL MODULE: ./src/plan/compare.ts
var compare = __webpack_require__(8512);
;// CONCATENATED MODULE: ./src/plan/changes.ts
/**
 * The outcomes of planning one audience, and the changes they carry: an update's or a
 * rename's diff and PUT body, a create's body, what a delete removes, and the conflicts.
 */


/** The profile fields of a remote audience, for a report of what its delete removes. */
function removedProfile(r) {
    // A copy: the report must not share objects with the remote list.
    return structuredClone((0,model/* pickProfile */.Vm)(r.raw));
}
/** An update (or, with `fromName`, a rename) of `r` to what `d` declares, if anything differs. */
function updateOrNoop(d, r, fromName) {
    // An update names the audience as neuroflash spells it: a lookalike spelling in the
    // file matched it, and the PUT keeps the remote spelling (see `updateBody`).
    const name = fromName === undefined ? r.name.trim() : d.name.trim();
    const renamed = fromName === undefined ? [] : [{ field: 'name', before: r.name, after: name }];
    const fieldChanges = [...renamed, ...managedDiffs(d, r)];
    if (fieldChanges.length === 0)
        return { type: 'noop' };
    const kind = fromName === undefined ? 'update' : 'rename';
    if (!r.permissions.canUpdate) {
        return {
            type: 'blocked',
            blocked: {
                kind: 'blocked',
                action: kind,
                name,
                id: r.id,
                ...(fromName === undefined ? {} : { fromName }),
                fieldChanges,
                reason: 'owned by another user; only the creator may update it',
                source: d.source,
            },
        };
    }
    return {
        type: 'change',
        change: {
            kind,
            name,
            id: r.id,
            ...(fromName === undefined ? {} : { fromName }),
            fieldChanges,
            body: updateBody(d, r, fromName === undefined ? r.name : name),
            ...updatedAt(r),
            source: d.source,
        },
    };
}
/** The create of `d`: its declared fields, trimmed, as the body and as field changes. */
function planCreate(d) {
    const body = createBody(d);
    const fieldChanges = model/* PROFILE_FIELDS */.sA.filter((f) => body[f] !== undefined).map((field) => ({ field, before: undefined, after: (0,compare/* cleanValue */.XY)(body[field]) }));
    return {
        type: 'change',
        change: { kind: 'create', name: body.name, fieldChanges, body, source: d.source },
    };
}
/** The declared fields (except `name`, which matching already settled) that differ. */
function managedDiffs(d, r) {
    // One pass, no intermediate lists: the planner runs this for every audience declared.
    const diffs = [];
    for (const field of model/* PROFILE_FIELDS */.sA) {
        const declared = d.fields[field];
        if (field === 'name' || declared === undefined)
            continue;
        const remote = r.raw[field];
        if ((0,compare/* sameValue */.eE)(field, remote, declared))
            continue;
        diffs.push({ field, before: structuredClone(remote), after: (0,compare/* cleanValue */.XY)(declared) });
    }
    return diffs;
}
/** The declared fields, trimmed: the complete profile of a create. */
function createBody(d) {
    const body = {};
    for (const field of model/* PROFILE_FIELDS */.sA) {
        const value = d.fields[field];
        if (value !== undefined)
            body[field] = (0,compare/* cleanValue */.XY)(value);
    }
    body.name = d.name.trim();
    // The loader guarantees the required fields of a present audience.
    return body;
}
/**
 * The resource fields that the API documents as read-only: a PUT body leaves them out.
 * (It would do no harm to send them, the API ignores them, but they are not ours to send.)
 */
const READ_ONLY_FIELDS = new Set([
    'id',
    'workspaceId',
    'createdAt',
    'updatedAt',
    'viewedAt',
    'createdByUserId',
    'ownerCustomerId',
    'permissions',
    'newPermissions',
]);
/**
 * The remote resource as the API returned it, read-only fields left out, overlaid with
 * the declared fields. PUT replaces the whole profile, so carrying the remote's values
 * is what keeps an undeclared field from being wiped, and that includes fields this
 * version does not know: the API adds fields without notice (`additionalInformation`
 * came that way), and the API's own example PUTs back the whole object it read.
 * `name` is the one to write: the remote's own spelling, unless the change renames (names
 * match trimmed and NFC-normalised, and a file cannot spell `Foo `, so a PUT must not
 * quietly trim it or rewrite its accents in another byte form).
 */
function updateBody(d, r, name) {
    const body = {};
    for (const [field, value] of Object.entries(r.raw)) {
        // `__proto__` from JSON is an own key; assigning it would set the body's prototype.
        if (READ_ONLY_FIELDS.has(field) || field === '__proto__')
            continue;
        if (value !== undefined && value !== null) {
            body[field] = structuredClone(value);
        }
    }
    for (const field of model/* PROFILE_FIELDS */.sA) {
        const declared = d.fields[field];
        if (declared !== undefined)
            body[field] = (0,compare/* cleanValue */.XY)(declared);
    }
    body.name = name;
    return body;
}
/** A name that several remote audiences hold: the sync never picks one. */
function duplicateConflict(name, audiences, d) {
    return {
        type: 'conflict',
        conflict: conflict(name, audiences, `${audiences.length} audiences in neuroflash are named '${name}'; the sync never picks one: delete or rename the extra ones in neuroflash`, d),
    };
}
/** A conflict on `name`, with the ids of the audiences involved in a stable order. */
function conflict(name, audiences, reason, d) {
    const ids = audiences.map((a) => a.id).sort(compare/* compareText */.n6);
    return { name, ids, reason, source: d.source };
}
/** The remote audience's `updatedAt`, when it has one, for the change to carry. */
function updatedAt(r) {
    return r.updatedAt === undefined ? {} : { remoteUpdatedAt: r.updatedAt };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/plan/fingerprint.ts
/**
 * The plan's meaning in canonical form, and its hash.
 *
 * Only what a reviewer approves goes in: each write's kind, target, names and field values,
 * plus what is blocked and what conflicts. Source locations, no-op counts, timestamps, the
 * PUT body, reasons' wording and the guard (a label may lift it between the PR and the
 * merge) stay out, so the same plan hashes alike on the PR and after the merge.
 */


/**
 * The plan's meaning with every incidental difference removed: names and strings trimmed,
 * string sets sorted, numbers rounded to 1e-9, field changes by field, and each list in
 * a fixed order that does not depend on the order of the inputs.
 */
function canonicalPlan(plan) {
    return {
        changes: sortByJson(plan.changes.map(canonicalChange)),
        blocked: sortByJson(plan.blocked.map(canonicalBlocked)),
        conflicts: sortByJson(plan.conflicts.map(canonicalConflict)),
    };
}
/**
 * The plan's fingerprint: the first 16 hex digits of the SHA-256 of its canonical JSON.
 * The same changes and values give the same fingerprint whatever the order of the files,
 * of the remote list, or of the items of a list field.
 */
function fingerprintPlan(plan) {
    return (0,external_node_crypto_.createHash)('sha256').update(canonicalPlanJson(plan)).digest('hex').slice(0, 16);
}
/**
 * `canonicalJson(canonicalPlan(plan))`, with each entry put in canonical JSON once: the
 * text that sorts an entry is the text the plan's JSON holds for it. The keys and lists
 * come in the order `canonicalJson` gives them (`blocked`, `changes`, `conflicts`).
 */
function canonicalPlanJson(plan) {
    const list = (entries) => `[${entries
        .map((entry) => (0,compare/* canonicalJson */.dj)(entry))
        .sort(compare/* compareText */.n6)
        .join(',')}]`;
    return `{"blocked":${list(plan.blocked.map(canonicalBlocked))},"changes":${list(plan.changes.map(canonicalChange))},"conflicts":${list(plan.conflicts.map(canonicalConflict))}}`;
}
/** A change in canonical form. */
function canonicalChange(change) {
    return {
        kind: change.kind,
        ...optional('id', change.id),
        name: change.name.trim(),
        ...optional('fromName', change.fromName?.trim()),
        ...optional('deleteReason', change.deleteReason),
        fieldChanges: canonicalFieldChanges(change.fieldChanges),
    };
}
/** A blocked change in canonical form: its kind says what it would have been. */
function canonicalBlocked(blocked) {
    return {
        kind: `blocked-${blocked.action}`,
        id: blocked.id,
        name: blocked.name.trim(),
        ...optional('fromName', blocked.fromName?.trim()),
        fieldChanges: canonicalFieldChanges(blocked.fieldChanges),
    };
}
function canonicalConflict(conflict) {
    return { name: conflict.name.trim(), ids: [...conflict.ids].sort(compare/* compareText */.n6) };
}
function canonicalFieldChanges(changes) {
    return changes
        .map((fc) => ({
        field: fc.field,
        ...optional('before', (0,compare/* canonicalFieldValue */.IZ)(fc.field, fc.before)),
        ...optional('after', (0,compare/* canonicalFieldValue */.IZ)(fc.field, fc.after)),
    }))
        .sort((a, b) => (0,compare/* compareText */.n6)(a.field, b.field));
}
function optional(key, value) {
    return (value === undefined ? {} : { [key]: value });
}
function sortByJson(items) {
    return items
        .map((item) => ({ item, key: (0,compare/* canonicalJson */.dj)(item) }))
        .sort((a, b) => (0,compare/* compareText */.n6)(a.key, b.key))
        .map(({ item }) => item);
}

;// CONCATENATED MODULE: ./src/plan/names.ts
/**
 * The form in which two names are the same audience: trimmed and in Unicode NFC, so that
 * `Café` typed with a combining accent (NFD, as some editors and file systems write it)
 * matches the precomposed `Café` the API holds. Case stays significant: the API holds
 * `Team` and `team` as two audiences.
 */
function nameKey(name) {
    return name.trim().normalize('NFC');
}
/** The remote audiences by name key; a key with several audiences is a conflict. */
function indexByName(remote) {
    const index = new Map();
    for (const audience of remote) {
        const key = nameKey(audience.name);
        index.set(key, [...(index.get(key) ?? []), audience]);
    }
    return index;
}
/** The remote audiences under `name`. */
function lookup(index, name) {
    return index.get(nameKey(name)) ?? [];
}
/**
 * The previous names of `d` that exist remotely, each with its audiences. A previous name
 * that some file declares as its `name` is skipped: that audience belongs to that file, so
 * renaming it too would write one audience twice (or rename one the file deletes). The
 * loader rejects such files; this keeps the planner safe on its own.
 */
function previousMatches(d, scope) {
    const names = [...new Set(d.previousNames.map((n) => n.trim()))].filter((n) => n !== '' && !scope.names.has(nameKey(n)));
    return names
        .map((name) => ({ name, audiences: lookup(scope.index, name) }))
        .filter((m) => m.audiences.length > 0);
}
/** The remote audience a desired one would be renamed from, if exactly one qualifies. */
function renameSource(d, scope) {
    if (d.state !== 'present' || lookup(scope.index, d.name.trim()).length > 0)
        return undefined;
    const candidates = previousMatches(d, scope).flatMap((m) => m.audiences);
    return candidates.length === 1 ? candidates[0] : undefined;
}
/** For each remote audience that some desired one would rename, who claims it. */
function renameClaims(desired, scope) {
    const claims = new Map();
    for (const d of desired) {
        const source = renameSource(d, scope);
        if (source)
            claims.set(source.id, [...(claims.get(source.id) ?? []), d.name.trim()]);
    }
    return claims;
}

;// CONCATENATED MODULE: ./src/plan/glob.ts
/**
 * Name globs for the `ignore` input. An audience name is not a path, so these are not
 * path globs:
 *
 * - `*` matches any run of characters, `/` included; `?` matches exactly one character;
 * - `[abc]`, `[a-z]` and `[!abc]` (or `[^abc]`) match one character of a class;
 * - `\` makes the next character literal;
 * - every other character is literal, `(`, `)`, `{`, `}`, `!`, `+`, `@` and `|` included;
 * - a glob matches the whole name, case-sensitively, like names are matched.
 *
 * picomatch was the first choice, but it is a path matcher and misreads names in ways that
 * matter here, where an ignore that silently fails to match lets prune delete: even in bash
 * mode `* (old)` does not match `Foo (old)` (parentheses become a regex group), `[!x]*` does
 * not match `ab`, and `*` refuses `.`/`..` segments such as `a/../b`.
 */
/** A predicate that says whether a name matches any of the globs (trimmed; blank ones dropped). */
function nameMatcher(globs) {
    const patterns = globs
        .map((glob) => glob.trim())
        .filter((glob) => glob !== '')
        .map(globToRegExp);
    return (name) => patterns.some((pattern) => pattern.test(name));
}
/** The anchored regular expression of one name glob. */
function globToRegExp(glob) {
    const chars = Array.from(glob);
    let source = '';
    let i = 0;
    while (i < chars.length) {
        const ch = chars[i];
        if (ch === '*') {
            source += '[\\s\\S]*';
            // Consecutive stars mean the same as one; collapsing them keeps the regex linear.
            while (chars[i + 1] === '*')
                i += 1;
        }
        else if (ch === '?') {
            source += '[\\s\\S]';
        }
        else if (ch === '\\' && i + 1 < chars.length) {
            i += 1;
            source += literal(chars[i]);
        }
        else if (ch === '[') {
            const parsed = parseClass(chars, i);
            if (parsed) {
                source += parsed.source;
                i = parsed.end;
            }
            else {
                // An unclosed bracket is an ordinary character, as in the shell.
                source += literal(ch);
            }
        }
        else {
            source += literal(ch);
        }
        i += 1;
    }
    return new RegExp(`^${source}$`, 'u');
}
/** Parses `[...]` starting at `start`; returns the regex class and the index of `]`. */
function parseClass(chars, start) {
    let i = start + 1;
    let negate = false;
    if (chars[i] === '!' || chars[i] === '^') {
        negate = true;
        i += 1;
    }
    const members = [];
    let first = true;
    while (i < chars.length) {
        const ch = chars[i];
        // A `]` right after the opening bracket is a member, as in the shell.
        if (ch === ']' && !first) {
            if (members.length === 0) {
                // Only reversed ranges: the class is empty, so it matches no character.
                return { source: negate ? '[\\s\\S]' : '(?!)', end: i };
            }
            return { source: `[${negate ? '^' : ''}${members.join('')}]`, end: i };
        }
        first = false;
        const from = ch === '\\' && i + 1 < chars.length ? chars[++i] : ch;
        if (chars[i + 1] === '-' && i + 2 < chars.length && chars[i + 2] !== ']') {
            const raw = chars[i + 2];
            const to = raw === '\\' && i + 3 < chars.length ? chars[i + 3] : raw;
            i += raw === '\\' ? 4 : 3;
            // A reversed range would make the RegExp constructor throw; it matches nothing instead.
            if ((from.codePointAt(0) ?? 0) <= (to.codePointAt(0) ?? 0)) {
                members.push(`${codePoint(from)}-${codePoint(to)}`);
            }
            continue;
        }
        members.push(codePoint(from));
        i += 1;
    }
    return undefined;
}
function literal(ch) {
    return /[A-Za-z0-9 ]/.test(ch) ? ch : codePoint(ch);
}
/** A character as a `\u{…}` escape: valid anywhere in a `u` regex, in or out of a class. */
function codePoint(ch) {
    return `\\u{${(ch.codePointAt(0) ?? 0).toString(16)}}`;
}

;// CONCATENATED MODULE: ./src/plan/prune.ts



/** The reason of a prune candidate that prune may not delete. */
const KEPT_REASON = 'owned by someone else';
/** Deletes (or keeps) every remote audience that no file declares and no glob ignores. */
function planPrune(desired, remote, ignore) {
    // Previous names count as declared: an old name is never pruned, even when its rename
    // could not happen (a conflict), because it is evidently still wanted.
    const declared = new Set(desired.flatMap((d) => [d.name, ...d.previousNames].map(nameKey)));
    const ignored = nameMatcher(ignore);
    const candidates = remote.filter((r) => {
        const name = r.name.trim();
        return !declared.has(nameKey(name)) && !ignored(name) && !ignored(nameKey(name));
    });
    return {
        outcomes: candidates
            .filter((r) => r.permissions.canDelete)
            .map((r) => ({
            type: 'change',
            change: {
                kind: 'delete',
                name: r.name,
                id: r.id,
                fieldChanges: [],
                deleteReason: 'prune',
                removed: removedProfile(r),
                ...updatedAt(r),
            },
        })),
        kept: candidates
            .filter((r) => !r.permissions.canDelete)
            .map((r) => ({ name: r.name, id: r.id, reason: KEPT_REASON })),
    };
}

;// CONCATENATED MODULE: ./src/plan/build.ts






const KIND_ORDER = { rename: 0, update: 1, create: 2, delete: 3 };
/**
 * Plans the writes that make the remote audiences equal to the desired ones (docs/plan.md).
 *
 * - Names match after trimming and NFC normalisation, case-sensitively; a name held by
 *   several remote audiences is a conflict and left alone, and so is a name that several
 *   files spell alike.
 * - Only declared fields are compared; an update's body is the remote profile overlaid
 *   with them, so an omitted optional field keeps its remote value.
 * - A remote audience found under one of `previousNames` is renamed (never deleted and
 *   recreated), unless the new name exists too or the old names are ambiguous.
 * - Writes the remote `permissions` forbid are `blocked`; prune candidates the account
 *   may not delete are `kept`.
 * - The delete guard trips when deletes exceed `maxDeletes` and nothing lifted it; the
 *   plan is complete either way.
 *
 * No-ops count the desired audiences that need nothing (in sync, or absent and already
 * gone). Remote audiences no file declares are not counted: without prune, or when an
 * `ignore` glob matches, they are simply not managed.
 */
function buildPlan(desired, remote, options, context = {}) {
    const index = indexByName(remote);
    const scope = { index, names: new Set(desired.map((d) => nameKey(d.name))) };
    const { planned, lookalikes } = splitLookalikes(desired);
    const claims = renameClaims(planned, scope);
    const outcomes = [
        ...planned.flatMap((d) => d.state === 'absent' ? planAbsent(d, index) : planPresent(d, scope, claims)),
        ...lookalikes,
    ];
    const pruned = options.prune
        ? planPrune(desired, remote, options.ignore)
        : { outcomes: [], kept: [] };
    const all = [...outcomes, ...pruned.outcomes];
    const changes = all
        .flatMap((o) => (o.type === 'change' ? [o.change] : []))
        .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        (0,compare/* compareText */.n6)(a.name, b.name) ||
        (0,compare/* compareText */.n6)(a.id ?? '', b.id ?? ''));
    const blocked = all
        .flatMap((o) => (o.type === 'blocked' ? [o.blocked] : []))
        .sort((a, b) => (0,compare/* compareText */.n6)(a.name, b.name) || (0,compare/* compareText */.n6)(a.id, b.id));
    const conflicts = all
        .flatMap((o) => (o.type === 'conflict' ? [o.conflict] : []))
        .sort((a, b) => (0,compare/* compareText */.n6)(a.name, b.name) || (0,compare/* compareText */.n6)(a.ids.join(), b.ids.join()));
    const kept = [...pruned.kept].sort((a, b) => (0,compare/* compareText */.n6)(a.name, b.name) || (0,compare/* compareText */.n6)(a.id, b.id));
    const count = (kind) => changes.filter((c) => c.kind === kind).length;
    const deletes = count('delete');
    const unsigned = {
        schemaVersion: 1,
        changes,
        blocked,
        conflicts,
        kept,
        counts: {
            creates: count('create'),
            updates: count('update'),
            renames: count('rename'),
            deletes,
            blocked: blocked.length,
            conflicts: conflicts.length,
            noops: all.filter((o) => o.type === 'noop').length,
        },
        guard: deleteGuard(deletes, options.maxDeletes, context.guardLiftedBy),
    };
    return { ...unsigned, fingerprint: fingerprintPlan(unsigned) };
}
/**
 * The guard's verdict. `liftedBy` is recorded only when it mattered (deletes above the
 * maximum), so a report never claims a guard was lifted that was never in the way.
 */
function deleteGuard(deletes, maxDeletes, liftedBy) {
    const over = deletes > maxDeletes;
    const lifted = over && liftedBy !== undefined && liftedBy !== '';
    return {
        maxDeletes,
        deletes,
        tripped: over && !lifted,
        ...(lifted ? { liftedBy } : {}),
    };
}
/**
 * Files that spell one name in two byte forms (NFC and NFD) would both match one remote
 * audience and write it twice. The loader only warns about such names, so the planner
 * plans the first and reports each later one as a conflict.
 */
function splitLookalikes(desired) {
    const first = new Map();
    const planned = [];
    const lookalikes = [];
    for (const d of desired) {
        const key = nameKey(d.name);
        const earlier = first.get(key);
        if (earlier === undefined) {
            first.set(key, d);
            planned.push(d);
            continue;
        }
        const at = `${earlier.source.file}:${earlier.source.line}`;
        lookalikes.push({
            type: 'conflict',
            conflict: conflict(d.name.trim(), [], `'${d.name.trim()}' is the name of the audience at ${at} in another Unicode spelling; both would write one audience: use one spelling`, d),
        });
    }
    return { planned, lookalikes };
}
function planPresent(d, scope, claims) {
    const name = d.name.trim();
    const own = lookup(scope.index, name);
    const previous = previousMatches(d, scope);
    if (own.length > 0) {
        // The new name exists, so the old ones cannot be renamed onto it; each is reported
        // and left for the user to resolve, never pruned and never merged.
        const stale = previous.map((m) => ({
            type: 'conflict',
            conflict: conflict(m.name, m.audiences, `both '${name}' and its previous name '${m.name}' exist; delete '${m.name}' with state: absent, or drop it from previousNames`, d),
        }));
        const [only, ...extra] = own;
        if (only === undefined || extra.length > 0)
            return [duplicateConflict(name, own, d), ...stale];
        return [updateOrNoop(d, only, undefined), ...stale];
    }
    const candidates = previous.flatMap((m) => m.audiences);
    const [source, ...others] = candidates;
    if (source === undefined)
        return [planCreate(d)];
    if (others.length > 0) {
        const found = candidates.map((r) => `'${r.name}' (${r.id})`).join(', ');
        return [
            {
                type: 'conflict',
                conflict: conflict(name, candidates, `the previous names of '${name}' match ${candidates.length} audiences in neuroflash: ${found}; the sync never picks one: delete or rename the extra ones in neuroflash, or shorten previousNames`, d),
            },
        ];
    }
    const claimants = claims.get(source.id) ?? [];
    if (claimants.length > 1) {
        return [
            {
                type: 'conflict',
                conflict: conflict(name, [source], `'${source.name}' is a previous name of several audiences (${claimants.map((c) => `'${c}'`).join(', ')}); keep it in the previousNames of one only`, d),
            },
        ];
    }
    return [updateOrNoop(d, source, source.name)];
}
function planAbsent(d, index) {
    const name = d.name.trim();
    const own = lookup(index, name);
    const [only, ...extra] = own;
    if (only === undefined)
        return [{ type: 'noop' }];
    if (extra.length > 0)
        return [duplicateConflict(name, own, d)];
    if (!only.permissions.canDelete) {
        return [
            {
                type: 'blocked',
                blocked: {
                    kind: 'blocked',
                    action: 'delete',
                    name: only.name,
                    id: only.id,
                    fieldChanges: [],
                    removed: removedProfile(only),
                    reason: 'owned by another user; only the creator may delete it',
                    source: d.source,
                },
            },
        ];
    }
    return [
        {
            type: 'change',
            change: {
                kind: 'delete',
                name: only.name,
                id: only.id,
                fieldChanges: [],
                deleteReason: 'absent',
                removed: removedProfile(only),
                ...updatedAt(only),
                source: d.source,
            },
        },
    ];
}

;// CONCATENATED MODULE: ./src/plan/lines.ts
/**
 * The plan as stable one-line statements, so that a later run can say exactly what differs
 * between the plan a reviewer approved and a fresh one, not just that the fingerprints do.
 *
 * A line carries what the fingerprint hashes, in the same canonical values, so two plans
 * with one fingerprint have the same lines and any difference in fingerprint shows up as
 * a differing line. Prefixes: `>` rename, `~` update, `+` create, `-` delete, `!` blocked,
 * `?` conflict. Remote ids are shown in brackets, so two audiences of one name stay apart.
 */



/**
 * The plan's meaning as stable, human-readable lines, one per change, blocked change and
 * conflict, in plan order; e.g. `~ Marketing leaders [3f2a…]: maxAge 45 → 50`.
 */
function planLines(plan) {
    return [
        ...plan.changes.map((change) => changeLine(canonicalChange(change))),
        ...plan.blocked.map((blocked) => changeLine(canonicalBlocked(blocked))),
        ...plan.conflicts.map(conflictLine),
    ];
}
/** The line of a conflict, as {@link planLines} writes it. */
function conflictLine(c) {
    return `? ${c.name.trim()}: conflict between ${[...c.ids].sort(compare/* compareText */.n6).join(', ')}`;
}
/**
 * What differs between two sets of plan lines, as multisets: the lines only in the
 * reviewed set (`removed`) and those only in the fresh one (`added`), each in its own order.
 */
function diffPlanLines(reviewed, fresh) {
    return { removed: without(reviewed, fresh), added: without(fresh, reviewed) };
}
/** The items of `from` left after taking away one occurrence per item of `other`. */
function without(from, other) {
    const available = new Map();
    for (const line of other)
        available.set(line, (available.get(line) ?? 0) + 1);
    return from.filter((line) => {
        const left = available.get(line) ?? 0;
        if (left === 0)
            return true;
        available.set(line, left - 1);
        return false;
    });
}
/** The line of a change (or blocked change) in canonical form, as {@link planLines} writes it. */
function changeLine(c) {
    const target = c.id === undefined ? '' : ` [${c.id}]`;
    const subject = c.fromName === undefined ? c.name : `${c.fromName} → ${c.name}`;
    // A rename's head already shows the name change.
    const fields = inProfileOrder(c.fieldChanges).filter((fc) => !(c.fromName !== undefined && fc.field === 'name'));
    switch (c.kind) {
        case 'create':
            return withFields(`+ ${subject}`, fields.filter((fc) => fc.field !== 'name').map(assignment));
        case 'update':
            return withFields(`~ ${subject}${target}`, fields.map(transition));
        case 'rename':
            return withFields(`> ${subject}${target}`, fields.map(transition));
        case 'delete':
            return `- ${subject}${target} (${c.deleteReason === 'prune' ? 'prune' : 'state: absent'})`;
        default:
            return withFields(`! ${subject}${target} ${c.kind.replace('-', ' ')}`, fields.map(transition));
    }
}
function withFields(head, parts) {
    return parts.length === 0 ? head : `${head}: ${parts.join('; ')}`;
}
function assignment(fc) {
    return `${fc.field} ${show(fc.after)}`;
}
function transition(fc) {
    return `${fc.field} ${show(fc.before)} → ${show(fc.after)}`;
}
function show(value) {
    return value === undefined ? '(unset)' : (0,compare/* canonicalJson */.dj)(value);
}
function inProfileOrder(changes) {
    const rank = (field) => {
        const i = model/* PROFILE_FIELDS */.sA.indexOf(field);
        return i === -1 ? model/* PROFILE_FIELDS */.sA.length : i;
    };
    return [...changes].sort((a, b) => rank(a.field) - rank(b.field));
}

;// CONCATENATED MODULE: ./src/plan/items.ts
/**
 * A plan as a set of items, each an audience, a field, a before value and an after value,
 * so that a plan made later can be checked against the one a reviewer approved item by
 * item (see docs/plan.md, "The reviewed plan and re-runs").
 *
 * A fresh plan whose every item was in the reviewed plan asks for nothing new: what is
 * missing was done in between (an earlier, partial apply, or a hand edit in neuroflash).
 * An item the reviewed plan lacks, or a `before` that moved, is a change of plan.
 * Nothing here does I/O.
 */


/** The plan's order of kinds, by the first character of their lines. */
const LINE_ORDER = '>~+-!?';
/**
 * The items of one change. A rename is an update whose items include `name`, so a rename
 * done by hand leaves the rest of it as a plain update of the same audience. An existing
 * audience is known by its id, a create by its name. A delete has one item.
 */
function changeItems(c) {
    const op = c.kind.replace('rename', 'update');
    const target = c.id === undefined ? { name: c.name } : { id: c.id };
    const fields = c.kind.endsWith('rename') && !c.fieldChanges.some((fc) => fc.field === 'name')
        ? [{ field: 'name', before: c.fromName, after: c.name }, ...c.fieldChanges]
        : c.fieldChanges;
    if (fields.length === 0)
        return [{ key: (0,compare/* canonicalJson */.dj)({ op, ...target }) }];
    return fields.map((field) => ({ key: (0,compare/* canonicalJson */.dj)({ op, ...target, ...field }), field }));
}
function conflictItem(c) {
    return (0,compare/* canonicalJson */.dj)({ op: 'conflict', name: c.name, ids: c.ids });
}
/** Every item of a plan, as comparable keys. */
function planItems(plan) {
    return new Set([
        ...[...plan.changes, ...plan.blocked].flatMap((c) => changeItems(c).map((i) => i.key)),
        ...plan.conflicts.map(conflictItem),
    ]);
}
/** Compares the items of a fresh plan with those of the reviewed one. */
function compareItems(reviewed, fresh) {
    const now = planItems(fresh);
    const before = planItems(reviewed);
    const within = [...now].every((item) => before.has(item));
    const done = [];
    for (const change of [...reviewed.changes, ...reviewed.blocked]) {
        const items = changeItems(change);
        const gone = items.filter((item) => !now.has(item.key));
        if (gone.length === 0)
            continue;
        if (gone.length === items.length) {
            done.push(changeLine(change));
            continue;
        }
        const fieldChanges = gone.flatMap((item) => (item.field ? [item.field] : []));
        // A rename whose new name is still to come: what is done are field updates.
        const renamePending = change.fromName !== undefined && !gone.some((i) => i.field?.field === 'name');
        const partial = renamePending
            ? {
                ...change,
                kind: change.kind.replace('rename', 'update'),
                name: change.fromName ?? change.name,
                fromName: undefined,
                fieldChanges,
            }
            : { ...change, fieldChanges };
        done.push(changeLine(partial));
    }
    for (const c of reviewed.conflicts)
        if (!now.has(conflictItem(c)))
            done.push(conflictLine(c));
    // The canonical form is sorted for hashing; a reader expects the plan's order of kinds.
    const rank = (line) => LINE_ORDER.indexOf(line.charAt(0));
    return { within, done: done.sort((a, b) => rank(a) - rank(b)) };
}

;// CONCATENATED MODULE: ./src/plan/index.ts
/**
 * The planner: pure functions from desired and remote audiences to a {@link Plan}, its
 * fingerprint and its lines. Nothing here does I/O.
 */








/***/ })

};
;