/**
 * File names for exported audiences. A slug must be stable (the same name gives the same
 * file on every export, so re-exports diff cleanly), portable (ASCII, lower-case, safe on
 * case-insensitive and Windows file systems) and never empty.
 */
import { compareText } from '../plan/compare.js';

/** Letters that Unicode decomposition does not reduce to ASCII, spelled the common way. */
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
  þ: 'th',
  Þ: 'th',
  ł: 'l',
  Ł: 'l',
  ı: 'i',
};

/** Device names that Windows refuses as file names, whatever the extension. */
const WINDOWS_RESERVED = new Set([
  'con',
  'prn',
  'aux',
  'nul',
  ...Array.from({ length: 9 }, (_, i) => `com${i + 1}`),
  ...Array.from({ length: 9 }, (_, i) => `lpt${i + 1}`),
]);

/** Long names make unwieldy paths; 60 characters keep a slug readable and unique enough. */
const MAX_SLUG_LENGTH = 60;

const FALLBACK_SLUG = 'audience';

/**
 * The file-name stem for an audience name: ASCII, lower-case, `-` separated. Accented
 * letters lose their accents (é→e, ü→u), a few letters are spelled out (ß→ss), anything
 * else non-ASCII (CJK, emoji) is dropped. An empty result becomes `audience`.
 */
export function slugify(name: string): string {
  const spelled = Array.from(name, (ch) => SPECIAL_LETTERS[ch] ?? ch).join('');
  const ascii = spelled
    .normalize('NFKD')
    // Combining marks are what NFKD split off the base letters.
    .replace(/\p{M}/gu, '')
    .toLowerCase();
  let slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length > MAX_SLUG_LENGTH) {
    slug = slug.slice(0, MAX_SLUG_LENGTH).replace(/-+$/, '');
  }
  if (slug === '') return FALLBACK_SLUG;
  if (WINDOWS_RESERVED.has(slug)) return `${slug}-audience`;
  return slug;
}

/**
 * Gives each item a distinct slug. Items are taken in order of name, then id, so the same
 * workspace always yields the same file names; a slug already taken gets `-2`, `-3`, …
 * Returns the slugs by id.
 */
export function assignSlugs(items: readonly { id: string; name: string }[]): Map<string, string> {
  const ordered = [...items].sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id));
  const taken = new Set<string>();
  const byId = new Map<string, string>();
  for (const item of ordered) {
    const base = slugify(item.name);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    byId.set(item.id, slug);
  }
  return byId;
}
