/**
 * Identifiers the forms ask for: UPN, LAESTAB, URN, UK postcode, email address and UK phone number.
 * Each `normalise…` returns the stored form; each `is…` says whether a normalised value is well formed.
 */

import { englishLaCodes } from './la-codes.js';

/** The UPN check-letter table: 23 letters, I, O and S never used. */
const UPN_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';
const UPN_PATTERN = /^[A-HJ-NP-RT-Z]\d{11}[\dA-HJ-NP-RT-Z]$/;

export interface UpnCheck {
  /** Well formed and the check letter matches. */
  valid: boolean;
  /** Upper case, no spaces. */
  normalised: string;
  /** What is wrong when not valid. */
  problem?: 'format' | 'check-letter';
  /** A temporary UPN ends in a letter. */
  temporary: boolean;
  /** The 3-digit local authority code inside the UPN. */
  laCode: string;
  /** False when that code is not on the DfE list (new codes appear, so this is only ever a warning). */
  knownLa: boolean;
}

export function normaliseUpn(upn: string): string {
  return upn.replace(/\s+/g, '').toUpperCase();
}

/** The check letter a UPN's last twelve characters call for. */
export function upnCheckLetter(rest: string): string {
  let sum = 0;
  for (let index = 0; index < rest.length; index++) {
    const char = rest[index] as string;
    const value = /\d/.test(char) ? Number(char) : UPN_LETTERS.indexOf(char);
    sum += value * (index + 2);
  }
  return UPN_LETTERS[sum % 23] as string;
}

export function validateUpn(upn: string): UpnCheck {
  // Anything but a string (from plain JavaScript) is checked as nothing typed: `String()` of an object may throw.
  const normalised = normaliseUpn(typeof upn === 'string' ? upn : '');
  const laCode = normalised.slice(1, 4);
  const base = { normalised, laCode, temporary: /[A-Z]$/.test(normalised), knownLa: englishLaCodes.has(laCode) };
  if (!UPN_PATTERN.test(normalised)) return { ...base, valid: false, problem: 'format' };
  if (upnCheckLetter(normalised.slice(1)) !== normalised[0]) return { ...base, valid: false, problem: 'check-letter' };
  return { ...base, valid: true };
}

/** LAESTAB (DfE number) as 7 digits: accepts `830/1234`, `830 1234`, `830-1234` and `8301234`. */
export function normaliseLaestab(laestab: string): string {
  const trimmed = laestab.trim();
  return /^\d{3}\s*[/\s-]\s*\d{4}$/.test(trimmed) ? trimmed.replace(/\D/g, '') : trimmed;
}

export function isLaestab(laestab: string): boolean {
  return /^\d{7}$/.test(laestab);
}

export function isUrn(urn: string): boolean {
  return /^\d{6}$/.test(urn);
}

const POSTCODE = /^(GIR ?0AA|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})$/;

/** Upper case with exactly one space before the inward code (`de43ag` → `DE4 3AG`). */
export function normalisePostcode(postcode: string): string {
  const compact = postcode.replace(/\s+/g, '').toUpperCase();
  return compact.length > 3 ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact;
}

export function isPostcode(postcode: string): boolean {
  return POSTCODE.test(postcode);
}

export function isEmail(email: string): boolean {
  return email.length <= 254 && /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:".]{2,}$/.test(email);
}

/** A UK phone number: 10 or 11 digits starting 0, or the same after +44 / 0044; spaces, dashes, brackets allowed. */
export function isUkPhone(phone: string): boolean {
  if (!/^[\d\s()+-]+$/.test(phone)) return false;
  const digits = phone.replace(/[\s()-]/g, '').replace(/^(\+44|0044)\(?0?\)?/, '0');
  return /^0\d{9,10}$/.test(digits);
}
