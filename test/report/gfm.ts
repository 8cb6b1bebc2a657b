/**
 * Renders markdown the way GitHub parses it (CommonMark + GFM tables, strikethrough,
 * autolinks), with raw HTML passed through as GitHub passes `<details>`: so a test sees
 * what a reader sees, and any markup our escaping let slip shows up as an element.
 */
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

/** The HTML of a markdown document. */
export function toHtml(markdown: string): string {
  return micromark(markdown, {
    allowDangerousHtml: true,
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
  });
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
};

/** The text a browser shows for an HTML fragment: tags dropped, entities decoded once. */
export function visibleText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      const known = ENTITIES[name];
      if (known !== undefined) return known;
      if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return whole;
    });
}

/** Each rendered table as rows of cell counts: header first. */
export function tableShapes(html: string): number[][] {
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map(([, table]) =>
    [...(table ?? '').matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(
      ([, row]) => (row ?? '').match(/<t[hd][ >]/g)?.length ?? 0,
    ),
  );
}

/** The cells of a markdown table row, split at the pipes a GFM table would split at. */
export function markdownCells(row: string): string[] {
  const out: string[] = [];
  let cell = '';
  for (let i = 0; i < row.length; i++) {
    const ch = row[i];
    if (ch === '\\') {
      cell += ch + (row[i + 1] ?? '');
      i++;
    } else if (ch === '|') {
      out.push(cell);
      cell = '';
    } else {
      cell += ch;
    }
  }
  out.push(cell);
  return out.slice(1, -1).map((c) => c.trim());
}
