/**
 * A workspace of 25 audiences built to break a naive export: names YAML would misread,
 * names that slug alike or to nothing, values YAML 1.1 would turn into booleans, exact
 * numbers, multi-line text, and one audience owned by someone else.
 */
import type { SeedAudience } from '../emulator/types.js';

export const OTHER_USER = '7d6f1a2e-0000-4000-8000-00000000beef';

export const SEEDS: SeedAudience[] = [
  { name: 'yes' },
  { name: 'null', country: 'NO', nativeLanguage: 'no' },
  { name: '123', minAge: 0, maxAge: 120 },
  { name: ' padded ' },
  { name: 'a: b' },
  { name: '# hash' },
  { name: '*star' },
  { name: '- dash' },
  { name: 'She said "hi" & it\'s fine' },
  { name: 'EMEA / DACH leads', residence: 'Munich / Vienna' },
  { name: '🚀 Rocket founders', interests: ['🚀', 'growth'] },
  { name: 'Zürich Ärzte', residence: 'Zürich', country: 'CH', createdByUserId: OTHER_USER },
  { name: '東京 マーケティング', residence: '東京', nativeLanguage: 'ja' },
  { name: 'Café Owners' },
  { name: 'Cafe-Owners' },
  {
    name: 'Marketing leaders',
    residence: 'Berlin',
    country: 'US',
    nativeLanguage: 'en',
    minAge: 25,
    maxAge: 45,
    genderDistribution: { female: 0.5, male: 0.4, nonBinary: 0.07, preferNotToSay: 0.03 },
    interests: ['content marketing', 'AI', 'yes'],
    needs: ['scale content production'],
    painPoints: ['manual workflows', 'on'],
    shared: true,
  },
  {
    name: 'E-commerce founders',
    genderDistribution: {
      female: 0.123456789,
      male: 0.2,
      nonBinary: 0.3,
      preferNotToSay: 0.376543211,
    },
    shared: false,
  },
  {
    name: 'HR managers in DACH',
    additionalInformation: 'Two lines:\n  the second is indented, and ends with spaces  \n',
  },
  { name: 'B2B SaaS buyers', interests: ['z last', 'a first', 'm middle'] },
  { name: 'Retail pharmacists', minAge: 30, maxAge: 65 },
  { name: 'Agency owners', additionalInformation: 'true' },
  { name: 'Nonprofit fundraisers', residence: '1:20' },
  { name: 'Gen Z gamers', minAge: 16, maxAge: 26 },
  { name: 'Solo consultants', needs: ['~', 'null', '0x1F'] },
  { name: 'Ølbryggeri Æble' },
];

/** The file each seed is exported to, in the order of SEEDS. */
export const EXPECTED_FILES = [
  'yes.yml',
  'null.yml',
  '123.yml',
  'padded.yml',
  'a-b.yml',
  'hash.yml',
  'star.yml',
  'dash.yml',
  'she-said-hi-it-s-fine.yml',
  'emea-dach-leads.yml',
  'rocket-founders.yml',
  'zurich-arzte.yml',
  'audience.yml',
  // 'Cafe-Owners' sorts before 'Café Owners' ('-' < 'é'), so it keeps the plain slug.
  'cafe-owners-2.yml',
  'cafe-owners.yml',
  'marketing-leaders.yml',
  'e-commerce-founders.yml',
  'hr-managers-in-dach.yml',
  'b2b-saas-buyers.yml',
  'retail-pharmacists.yml',
  'agency-owners.yml',
  'nonprofit-fundraisers.yml',
  'gen-z-gamers.yml',
  'solo-consultants.yml',
  'olbryggeri-aeble.yml',
];
