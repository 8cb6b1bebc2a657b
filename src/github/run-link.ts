/**
 * Telling whether a text that audience-sync keeps on GitHub (the plan comment, the drift
 * issue) would really change. Every run renders a link to itself, so two runs that found
 * the same plan render bodies that differ only in that link; editing for it would make
 * an edit on every run, the comment's "edited" history noise, and the apply rate limit
 * pay for nothing. The kept body goes on linking the older run, which showed the same.
 */

/** A markdown link target that is a workflow run: `](https://…/actions/runs/123…)`. */
const RUN_LINK = /\]\(https?:\/\/[^\s()]+\/actions\/runs\/\d+[^\s()]*\)/g;

/**
 * True when `a` and `b` are equal once every markdown link to a workflow run is set
 * aside. The hidden markers (key, fingerprint, commit, plan lines) hold no links, so any
 * change of plan or commit still makes the bodies differ.
 */
export function sameButRunLinks(a: string, b: string): boolean {
  return a === b || withoutRunLinks(a) === withoutRunLinks(b);
}

function withoutRunLinks(text: string): string {
  return text.replace(RUN_LINK, '](run)');
}
