/**
 * Sample audiences for `npm run emulator` (and anyone who wants a lived-in workspace):
 * realistic profiles, one of them created by a colleague, so it is read-only to the
 * service account, as in a real shared workspace.
 */
import type { SeedAudience } from './types.js';

/** A user no emulator client acts as. */
export const COLLEAGUE_USER_ID = '9b2d7c1e-4f3a-4e8b-b6d5-2c1a0f9e8d7c';

export const SAMPLE_AUDIENCES: SeedAudience[] = [
  {
    name: 'Marketing leaders',
    residence: 'Berlin',
    country: 'DE',
    nativeLanguage: 'de',
    minAge: 30,
    maxAge: 50,
    genderDistribution: { female: 0.5, male: 0.44, nonBinary: 0.03, preferNotToSay: 0.03 },
    interests: ['AI', 'content marketing', 'brand strategy'],
    needs: ['scale content production', 'consistent brand voice'],
    painPoints: ['manual workflows', 'small teams'],
    shared: true,
  },
  {
    name: 'Startup founders',
    residence: 'London',
    country: 'GB',
    nativeLanguage: 'en',
    minAge: 24,
    maxAge: 40,
    genderDistribution: { female: 0.35, male: 0.6, nonBinary: 0.03, preferNotToSay: 0.02 },
    interests: ['fundraising', 'growth hacking', 'product-led growth'],
    needs: ['fast go-to-market', 'investor-ready messaging'],
    painPoints: ['no marketing team', 'limited runway'],
    shared: true,
  },
  {
    name: 'E-commerce managers',
    residence: 'Hamburg',
    country: 'DE',
    nativeLanguage: 'de',
    minAge: 27,
    maxAge: 45,
    genderDistribution: { female: 0.55, male: 0.41, nonBinary: 0.02, preferNotToSay: 0.02 },
    interests: ['conversion optimisation', 'product descriptions', 'marketplaces'],
    needs: ['thousands of product texts', 'SEO traffic'],
    painPoints: ['duplicate content', 'seasonal peaks'],
    shared: false,
  },
  {
    name: 'Content creators',
    residence: 'Austin',
    country: 'US',
    nativeLanguage: 'en',
    minAge: 18,
    maxAge: 34,
    genderDistribution: { female: 0.52, male: 0.4, nonBinary: 0.05, preferNotToSay: 0.03 },
    interests: ['social media', 'video', 'personal branding'],
    needs: ['daily post ideas', 'captions that convert'],
    painPoints: ['creative burnout', 'algorithm changes'],
  },
  {
    name: 'HR professionals',
    residence: 'Zurich',
    country: 'CH',
    nativeLanguage: 'de',
    minAge: 28,
    maxAge: 55,
    genderDistribution: { female: 0.68, male: 0.29, nonBinary: 0.01, preferNotToSay: 0.02 },
    interests: ['employer branding', 'recruiting', 'workplace culture'],
    needs: ['inclusive job ads', 'clear internal communication'],
    painPoints: ['talent shortage', 'slow hiring processes'],
    shared: true,
    additionalInformation: 'Mostly mid-sized companies in the DACH region.',
  },
  {
    name: 'Agency partners',
    residence: 'Amsterdam',
    country: 'NL',
    nativeLanguage: 'nl',
    minAge: 26,
    maxAge: 48,
    genderDistribution: { female: 0.46, male: 0.5, nonBinary: 0.02, preferNotToSay: 0.02 },
    interests: ['client reporting', 'campaign planning', 'white-label tools'],
    needs: ['many brand voices in one place', 'quick turnaround'],
    painPoints: ['client approval loops', 'tight margins'],
    shared: true,
    createdByUserId: COLLEAGUE_USER_ID,
  },
];
