/**
 * The default draft of the URL import. The real service reads the pages with a model;
 * here the draft is a pure function of the URLs, so tests can predict it, and it is
 * always a valid create body.
 */
import { createHash } from 'node:crypto';

/** The only audience model id the docs publish. */
export const DOCUMENTED_MODEL_ID = '538b1efc6f88ad88feebf7acd8c618facb54fe82';

interface Locale {
  residence: string;
  country: string;
  nativeLanguage: string;
}

const LOCALES: Record<string, Locale> = {
  de: { residence: 'Berlin', country: 'DE', nativeLanguage: 'de' },
  at: { residence: 'Vienna', country: 'AT', nativeLanguage: 'de' },
  ch: { residence: 'Zurich', country: 'CH', nativeLanguage: 'de' },
  fr: { residence: 'Paris', country: 'FR', nativeLanguage: 'fr' },
  es: { residence: 'Madrid', country: 'ES', nativeLanguage: 'es' },
  it: { residence: 'Rome', country: 'IT', nativeLanguage: 'it' },
  nl: { residence: 'Amsterdam', country: 'NL', nativeLanguage: 'nl' },
  uk: { residence: 'London', country: 'GB', nativeLanguage: 'en' },
};
const DEFAULT_LOCALE: Locale = { residence: 'New York', country: 'US', nativeLanguage: 'en' };

const NEEDS = [
  'save time on routine work',
  'trustworthy product information',
  'clear pricing',
  'fast customer support',
  'ideas for growing their business',
  'proof that a product works',
];
const PAIN_POINTS = [
  'too many tools to juggle',
  'tight budgets',
  'information overload',
  'slow approval processes',
  'hard-to-compare offers',
  'little time for research',
];

const MAX_INTERESTS = 8;
const NAME_MAX = 100;

/** A deterministic, valid profile drafted from the URLs; it has no id. */
export function draftFromUrls(urls: readonly string[]): Record<string, unknown> {
  const parsed = urls.map((url) => new URL(url));
  const first = parsed[0];
  if (!first) throw new Error('emulator: draftFromUrls needs at least one URL');
  const host = first.hostname.replace(/^www\./, '');
  const labels = host.split('.');
  const brand = titleCase(labels[0] ?? host);
  const locale = LOCALES[labels[labels.length - 1] ?? ''] ?? DEFAULT_LOCALE;
  const hash = createHash('sha256').update(urls.join('\n')).digest();
  const byte = (i: number): number => hash[i] ?? 0;

  const minAge = 18 + (byte(0) % 20);
  const maxAge = minAge + 15 + (byte(1) % 20);
  // Whole percentages that add up to 100, so the shares sum to 1 within float noise.
  const female = 30 + (byte(2) % 40);
  const nonBinary = 1 + (byte(3) % 5);
  const preferNotToSay = 1 + (byte(4) % 5);
  const male = 100 - female - nonBinary - preferNotToSay;

  return {
    name: `${brand} visitors`.slice(0, NAME_MAX),
    residence: locale.residence,
    country: locale.country,
    nativeLanguage: locale.nativeLanguage,
    minAge,
    maxAge,
    genderDistribution: {
      female: female / 100,
      male: male / 100,
      nonBinary: nonBinary / 100,
      preferNotToSay: preferNotToSay / 100,
    },
    interests: interestsFrom(parsed, brand),
    needs: pick(NEEDS, byte(5), 2),
    painPoints: pick(PAIN_POINTS, byte(6), 2),
    additionalInformation: `Drafted from ${urls.length} page(s) of ${host}.`,
  };
}

function titleCase(label: string): string {
  return label
    .split(/[-_]+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

// The words of the paths are the best stand-in for "what the site is about".
function interestsFrom(urls: readonly URL[], brand: string): string[] {
  const words = new Set<string>();
  for (const url of urls) {
    for (const word of safeDecode(url.pathname)
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)) {
      if (word.length >= 3 && !/^\d+$/.test(word)) words.add(word);
    }
  }
  const interests = [...words].slice(0, MAX_INTERESTS);
  return interests.length > 0 ? interests : [brand.toLowerCase()];
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function pick(list: readonly string[], seed: number, count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const item = list[(seed + i) % list.length];
    if (item !== undefined) out.push(item);
  }
  return out;
}
