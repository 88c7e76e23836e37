import { TZDate } from '@date-fns/tz';
// One module per function and per locale: date-fns' index loads all of its 316 modules, three
// times a build (config, content layer, pages), and its locale index every locale there is.
import type { Locale } from 'date-fns';
import { format } from 'date-fns/format';
import { formatISO } from 'date-fns/formatISO';
import { ar } from 'date-fns/locale/ar';
import { enUS } from 'date-fns/locale/en-US';
import { es } from 'date-fns/locale/es';

/** A validated front-matter date: a calendar day, or an instant with its original offset. */
export type DateValue =
  | { kind: 'date'; year: number; month: number; day: number }
  | { kind: 'datetime'; epochMs: number };

/** The outcome of reading a date string: the value, or why it is not one. */
export type DateParseResult = { ok: true; value: DateValue } | { ok: false; reason: string };

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/i;

const EXPECTED = 'use YYYY-MM-DD, or a date-time with Z or an offset such as 2025-04-18T09:30:00Z';

/** Whether year/month/day name a day that exists (no roll-over: 2025-02-30 is not 2025-03-02). */
function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is this month's last day. UTC getters keep the machine's TZ out,
  // and plain arithmetic is ~50 times cheaper than a zoned date: every build parses every date.
  const last = new Date(0);
  last.setUTCFullYear(year, month, 0);
  return day <= last.getUTCDate();
}

/** The English month names, January first, lowercase: for reading dates editors type. */
export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** `YYYY-MM-DD` with zero padding. */
function isoDay(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `8 April`, to tell apart the two readings of 04/08/2025. */
function dayAndMonth(month: number, day: number): string {
  const name = MONTHS[month - 1]!;
  return `${day} ${name[0]!.toUpperCase()}${name.slice(1)}`;
}

/** The month a name or a 3-letter (or longer) prefix of one names, 1–12. */
function monthNamed(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return undefined;
  const index = MONTHS.findIndex((m) => m.startsWith(w));
  return index < 0 ? undefined : index + 1;
}

/** The calendar days a date written another way may mean (day/month order unknown: both). */
function readingsOf(written: string): { year: number; month: number; day: number }[] {
  const all = (year: number, pairs: [number, number][]) =>
    pairs.filter(([m, d]) => isRealDay(year, m, d)).map(([month, day]) => ({ year, month, day }));
  // `Friday, April 18, 2025`: the weekday says nothing the date does not.
  const text = written.replace(/^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i, '');
  let m = /^(\d{4})[-/.]?(\d{1,2})[-/.]?(\d{1,2})$/.exec(text);
  // `20250419` is year, month and day run together; `2025418` is too unclear to read.
  if (m && !/[-/.]/.test(text) && text.length !== 8) m = null;
  if (m) {
    const [y, a, b] = m.slice(1, 4).map(Number) as [number, number, number];
    // Year first is month first the world over; day first only where the month cannot be one.
    return all(y, isRealDay(y, a, b) ? [[a, b]] : [[b, a]]);
  }
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (m) {
    const [a, b, y] = m.slice(1, 4).map(Number) as [number, number, number];
    return all(
      y,
      a === b
        ? [[a, b]]
        : [
            [b, a],
            [a, b],
          ],
    );
  }
  // `1/12/26`, `26-12-01`: a two-digit year, read in this century, day and month either way;
  // with hyphens, the year may come first too, as YYYY-MM-DD writes it.
  m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2})$/.exec(text);
  if (m) {
    const [a, b, yy] = [m[1], m[3], m[4]].map(Number) as [number, number, number];
    const yearFirst = m[2] === '-' ? all(2000 + a, [[b, yy]]) : [];
    const rest = all(
      2000 + yy,
      a === b
        ? [[a, b]]
        : [
            [b, a],
            [a, b],
          ],
    );
    return [...yearFirst, ...rest];
  }
  m = /^([a-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i.exec(text);
  const n = m ?? /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+\.?),?\s+(\d{4})$/i.exec(text);
  if (n) {
    const [word, day] = m ? [n[1]!, Number(n[2])] : [n[2]!, Number(n[1])];
    const month = monthNamed(word);
    return month ? all(Number(n[3]), [[month, day]]) : [];
  }
  return [];
}

/** A time written after a date: `10:30`, `T9:30:00Z`, ` 10:30:00 UTC`, `+02`, `10:30 PM`, `9am`. */
const TIME_AFTER =
  /(?:[ T]|,\s*)(\d{1,2})(?:[:.](\d{2})(?::(\d{2})(?:\.\d+)?)?)?(?:\s*([ap])\.?\s?m\.?)?(?:\s*(Z|UTC|GMT|[+-]\d{1,2}(?::?\d{2})?|[A-Z]{3,5}))?$/i;

/**
 * Zone letters that name one offset wherever an editor is likely to write them (`CST`, `IST`
 * and `BST` name several, and are left to the editor): the offset to write for each, and the
 * place whose clocks it is the time of, part of the year or all of it.
 */
const ZONE_LETTERS: Readonly<Record<string, { offset: string; place: string; zone: string }>> = {
  EST: { offset: '-05:00', place: 'Eastern', zone: 'America/New_York' },
  EDT: { offset: '-04:00', place: 'Eastern', zone: 'America/New_York' },
  CDT: { offset: '-05:00', place: 'Central', zone: 'America/Chicago' },
  MST: { offset: '-07:00', place: 'Mountain', zone: 'America/Denver' },
  MDT: { offset: '-06:00', place: 'Mountain', zone: 'America/Denver' },
  PST: { offset: '-08:00', place: 'Pacific', zone: 'America/Los_Angeles' },
  PDT: { offset: '-07:00', place: 'Pacific', zone: 'America/Los_Angeles' },
  AKST: { offset: '-09:00', place: 'Alaska', zone: 'America/Anchorage' },
  AKDT: { offset: '-08:00', place: 'Alaska', zone: 'America/Anchorage' },
  HST: { offset: '-10:00', place: 'Hawaii', zone: 'Pacific/Honolulu' },
  WET: { offset: '+00:00', place: 'Western European', zone: 'Europe/Lisbon' },
  WEST: { offset: '+01:00', place: 'Western European', zone: 'Europe/Lisbon' },
  CET: { offset: '+01:00', place: 'Central European', zone: 'Europe/Paris' },
  CEST: { offset: '+02:00', place: 'Central European', zone: 'Europe/Paris' },
  EET: { offset: '+02:00', place: 'Eastern European', zone: 'Europe/Athens' },
  EEST: { offset: '+03:00', place: 'Eastern European', zone: 'Europe/Athens' },
  MSK: { offset: '+03:00', place: 'Moscow', zone: 'Europe/Moscow' },
  SAST: { offset: '+02:00', place: 'South African', zone: 'Africa/Johannesburg' },
  JST: { offset: '+09:00', place: 'Japan', zone: 'Asia/Tokyo' },
  KST: { offset: '+09:00', place: 'Korea', zone: 'Asia/Seoul' },
  AEST: { offset: '+10:00', place: 'Sydney', zone: 'Australia/Sydney' },
  AEDT: { offset: '+11:00', place: 'Sydney', zone: 'Australia/Sydney' },
  NZST: { offset: '+12:00', place: 'New Zealand', zone: 'Pacific/Auckland' },
  NZDT: { offset: '+13:00', place: 'New Zealand', zone: 'Pacific/Auckland' },
};

/** An offset of minutes east of UTC as a date-time writes it: `-08:00`. */
function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const whole = Math.abs(minutes);
  return `${sign}${String(Math.floor(whole / 60)).padStart(2, '0')}:${String(whole % 60).padStart(2, '0')}`;
}

/**
 * What to say of zone letters after a day and time: the offset they stand for, and where the
 * place's clocks read another offset that day (`PDT` in December, when Pacific time is -08:00).
 */
function zoneLettersNote(
  letters: string,
  named: { offset: string; place: string; zone: string },
  day: { year: number; month: number; day: number },
  hour: number,
  minute: number,
): string {
  const there = new TZDate(day.year, day.month - 1, day.day, hour, minute, 0, 0, named.zone);
  const actual = offsetText(-there.getTimezoneOffset());
  if (actual === named.offset) return ` (${letters} is ${named.offset})`;
  return ` (${letters} is ${named.offset}, but that day ${named.place} time is ${actual}: write ${actual} if that is the time you mean)`;
}

/** A zone as a date-time writes it: `Z`, or `+02:00`; undefined for none or a name (`BST`). */
function zoneOf(written: string | undefined): string | undefined {
  if (!written) return undefined;
  if (/^(?:Z|UTC|GMT)$/i.test(written)) return 'Z';
  const offset = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(written);
  if (!offset) return undefined;
  return `${offset[1]}${offset[2]!.padStart(2, '0')}:${offset[3] ?? '00'}`;
}

/**
 * What to write instead of a date written another way (`2025-4-8`, `18/04/2025`,
 * `April 18, 2025`, `20250418`), with its time where it has one (`18.4.2025 10:30`).
 */
function dateHint(text: string): string | undefined {
  const found = TIME_AFTER.exec(text);
  // An hour alone is a time only with am or pm after it (`9am`): `2025 10` is no time.
  const time = found && (found[2] !== undefined || found[4] !== undefined) ? found : null;
  const readings = readingsOf(time ? text.slice(0, time.index).replace(/,\s*$/, '') : text);
  let after = '';
  let zoneNote = '';
  if (time) {
    const [, h, mi = '00', sec = '00', half, written] = time as unknown as string[];
    // `10:30 PM` is 22:30: a date-time counts the hours of the day from 00 to 23.
    if (half && (Number(h) < 1 || Number(h) > 12)) return undefined;
    const hour = half ? (Number(h) % 12) + (/p/i.test(half) ? 12 : 0) : Number(h);
    if (hour > 23 || Number(mi) > 59 || Number(sec) > 59) return undefined;
    const letters = written?.toUpperCase();
    const named = letters === undefined ? undefined : ZONE_LETTERS[letters];
    const zone = zoneOf(written) ?? named?.offset;
    after = `T${String(hour).padStart(2, '0')}:${mi}:${sec}${zone ?? ''}`;
    // Without an offset the build cannot tell when the time is; some zones' letters (BST, IST)
    // mean several offsets.
    if (named !== undefined && readings.length === 1) {
      zoneNote = zoneLettersNote(letters!, named, readings[0]!, hour, Number(mi));
    } else if (named !== undefined) {
      zoneNote = ` (${letters} is ${named.offset})`;
    } else if (zone === undefined) {
      zoneNote = written
        ? `, with the offset ${written} stands for that day after it, +HH:MM east of UTC or -HH:MM west (these letters can mean several)`
        : ', with your time zone after it: Z for UTC, or an offset such as +02:00';
    }
  }
  const iso = (r: { year: number; month: number; day: number }) =>
    `${isoDay(r.year, r.month, r.day)}${after}`;
  if (readings.length === 1) return `write it as ${iso(readings[0]!)}${zoneNote}`;
  if (readings.length > 1) {
    const each = readings.map((r) => `${iso(r)} for ${dayAndMonth(r.month, r.day)}`);
    const years = new Set(readings.map((r) => r.year)).size > 1 ? ' with the year in full' : '';
    const list = `${each.slice(0, -1).join(', ')}, or ${each.at(-1)}`;
    return `write it year first${years}, as YYYY-MM-DD: ${list}${zoneNote}`;
  }
  return undefined;
}

/**
 * The calendar days (YYYY-MM-DD) a date written another way may mean: `18/04/2025` one,
 * `12/03/2026` two (day and month either way), a phrase that is no date none.
 */
export function dateReadings(written: string): string[] {
  return readingsOf(written.trim()).map((r) => isoDay(r.year, r.month, r.day));
}

/** What to write for a date written another way (`write it as 2025-04-18`), or undefined. */
export function suggestDate(written: string): string | undefined {
  return dateHint(written.trim());
}

/**
 * Why a YYYY-MM-DD that is not a day is not one, with the day it may have meant; `time`, what
 * follows the day as written (`T09:30:00Z`), is kept in that suggestion.
 */
function whyNotReal(year: number, month: number, day: number, time = ''): string {
  if (month > 12 && day >= 1 && day <= 12 && isRealDay(year, day, month)) {
    return `there is no month ${month}: did you mean ${isoDay(year, day, month)}${time}?`;
  }
  if (month < 1 || month > 12) return `there is no month ${month}: months are 01 to 12`;
  if (day < 1) return `there is no day ${day}: days start at 01`;
  const last = new Date(0);
  last.setUTCFullYear(year, month, 0);
  const name = MONTHS[month - 1]!;
  return `${name[0]!.toUpperCase()}${name.slice(1)} ${year} has ${last.getUTCDate()} days`;
}

/**
 * `2026-12-01T09:00:00 Europe/London`: a date-time with a time zone's name after it, told with
 * the offset that zone has at that time (a name is not ISO 8601, and the offset changes in summer).
 */
function namedZone(text: string): string | undefined {
  const named = /^(\S+(?:[ T]\d\S*)?)\s+([A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+)$/.exec(text);
  if (!named || !isValidTimeZone(named[2]!)) return undefined;
  const [, written, zone] = named as unknown as [string, string, string];
  const local = DATE_TIME.exec(written);
  if (!local || local[8]) return undefined;
  const [year, month, day, hour, minute, second] = local.slice(1, 7).map((n) => Number(n ?? 0));
  if (!isRealDay(year!, month!, day!) || hour! > 23 || minute! > 59 || second! > 59)
    return undefined;
  const zoned = new TZDate(year!, month! - 1, day!, hour!, minute!, second!, 0, zone);
  const ahead = -zoned.getTimezoneOffset();
  const hours = String(Math.floor(Math.abs(ahead) / 60)).padStart(2, '0');
  const offset = `${ahead < 0 ? '-' : '+'}${hours}:${String(Math.abs(ahead) % 60).padStart(2, '0')}`;
  const whole = `${written.slice(0, 10)}T${local[4]}:${local[5]}:${String(second).padStart(2, '0')}`;
  return `names its time zone, ${zone}, where a date-time gives the offset (write ${whole}${offset}, the offset ${zone} has then)`;
}

/** Parses `YYYY-MM-DD` or an ISO 8601 date-time with `Z` or an offset, rejecting impossible values. */
export function parseDateValue(input: string): DateParseResult {
  const text = input.trim();
  const dateOnly = DATE_ONLY.exec(text);
  if (dateOnly) {
    const [year, month, day] = dateOnly.slice(1, 4).map(Number) as [number, number, number];
    if (!isRealDay(year, month, day)) {
      return {
        ok: false,
        reason: `"${input}" is not a real date (${whyNotReal(year, month, day)})`,
      };
    }
    return { ok: true, value: { kind: 'date', year, month, day } };
  }
  const dateTime = DATE_TIME.exec(text);
  if (!dateTime) {
    // A word processor's dashes look like hyphens: the date is right but for them.
    const hyphened = text.replace(/[‐‑‒–—−]/gu, '-');
    if (hyphened !== text && parseDateValue(hyphened).ok) {
      const dash = /[‐‑‒–—−]/u.exec(text)![0];
      return {
        ok: false,
        reason: `"${input}" is written with dashes (${dash}) where a date has hyphens (-): write ${hyphened}`,
      };
    }
    // `“2025-04-18”`, pasted with a word processor's quotes (YAML reads only straight ones).
    const unquoted = text.replace(/^[“”„‘’«»‹›]+|[“”„‘’«»‹›]+$/gu, '').trim();
    if (unquoted !== text && parseDateValue(unquoted).ok) {
      return {
        ok: false,
        reason: `"${input}" is in a word processor's quotes, which are read as part of it (delete them: ${unquoted})`,
      };
    }
    // `2025-04-18T09:00:00+01:00[Europe/London]`, as RFC 9557 writes a zone beside an offset.
    const bracket = /^(.+?)\[([^\]]+)\]$/.exec(text);
    const [rest, zone] = bracket ? [bracket[1]!.trim(), bracket[2]!] : [];
    if (rest && parseDateValue(rest).ok) {
      return {
        ok: false,
        reason: `"${input}" ends with a time zone's name in brackets, which is not read here: the offset says the time (delete [${zone}]: ${rest})`,
      };
    }
    const zoned = namedZone(rest ? `${rest} ${zone}` : text);
    if (zoned) return { ok: false, reason: `"${input}" ${zoned}` };
    const hint = dateHint(text);
    return { ok: false, reason: `"${input}" is not a date (${hint ?? EXPECTED})` };
  }
  const [, y, mo, d, h, mi, s = '0', frac = '0', zone] = dateTime as unknown as string[];
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as number[];
  const why = !isRealDay(year!, month!, day!)
    ? whyNotReal(year!, month!, day!, text.slice(10))
    : hour! > 23
      ? `there is no hour ${hour}: hours are 00 to 23`
      : minute! > 59 || second! > 59
        ? `there is no minute or second ${Math.max(minute!, second!)}: they are 00 to 59`
        : undefined;
  if (why) return { ok: false, reason: `"${input}" is not a real date-time (${why})` };
  if (!zone) {
    // Written out whole, seconds and all, so either form can be pasted as it stands.
    const whole = `${text.slice(0, 10)}T${h}:${mi}:${(s ?? '0').padStart(2, '0')}`;
    return {
      ok: false,
      reason: `"${input}" has no time zone (add Z or an offset: ${whole}Z for ${h}:${mi} UTC, ${whole}+02:00 for ${h}:${mi} two hours ahead of UTC; or use YYYY-MM-DD)`,
    };
  }
  let offsetMinutes = 0;
  if (zone.toUpperCase() !== 'Z') {
    const digits = zone.replace(':', '');
    const oh = Number(digits.slice(1, 3));
    const om = Number(digits.slice(3, 5));
    if (oh > 23 || om > 59) {
      return { ok: false, reason: `"${input}" has an impossible offset (${EXPECTED})` };
    }
    offsetMinutes = (digits.startsWith('-') ? -1 : 1) * (oh * 60 + om);
  }
  const ms = Math.round(Number(`0.${frac}`) * 1000);
  const utc = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!, ms);
  return { ok: true, value: { kind: 'datetime', epochMs: utc - offsetMinutes * 60_000 } };
}

/** Parses a date string already validated by the schema; throws if it is not one. */
export function mustParseDate(input: string): DateValue {
  const result = parseDateValue(input);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

/** Calendar days of instants already worked out, by instant and zone. */
const days = new Map<string, string>();

/** The calendar month a value falls in in `timeZone`, as `YYYY-MM`. */
export function calendarMonth(value: DateValue, timeZone: string): string {
  return calendarDay(value, timeZone).slice(0, 7);
}

/** The calendar day a value falls on in `timeZone`, as `YYYY-MM-DD`. */
export function calendarDay(value: DateValue, timeZone: string): string {
  if (value.kind === 'date') {
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    return `${pad(value.year, 4)}-${pad(value.month)}-${pad(value.day)}`;
  }
  const key = `${value.epochMs} ${timeZone}`;
  let day = days.get(key);
  if (day === undefined) {
    day = format(new TZDate(value.epochMs, timeZone), 'yyyy-MM-dd');
    days.set(key, day);
  }
  return day;
}

/** Midnights already worked out: a zone's rules cost far more to apply than to look up. */
const midnights = new Map<string, number>();

/** Milliseconds for ordering: an instant as is, a calendar day at its midnight in `timeZone`. */
export function sortTime(value: DateValue, timeZone: string): number {
  if (value.kind === 'datetime') return value.epochMs;
  const key = `${value.year}-${value.month}-${value.day} ${timeZone}`;
  let midnight = midnights.get(key);
  if (midnight === undefined) {
    midnight = new TZDate(value.year, value.month - 1, value.day, timeZone).getTime();
    midnights.set(key, midnight);
  }
  return midnight;
}

/** Whether `later` is on or after `earlier` (by calendar day when either has no time). */
export function isOnOrAfter(later: DateValue, earlier: DateValue, timeZone: string): boolean {
  if (later.kind === 'datetime' && earlier.kind === 'datetime') {
    return later.epochMs >= earlier.epochMs;
  }
  return calendarDay(later, timeZone) >= calendarDay(earlier, timeZone);
}

/** What a `<time>` element needs: the machine-readable `datetime` and the text a reader sees. */
export interface FormattedDate {
  datetime: string;
  text: string;
  /**
   * The text in the pieces a line may break between, joined by spaces: the day and the time
   * (`April 18, 2025,` and `9:30 AM UTC`), so a narrow column never strands `PM UTC`.
   */
  units: readonly string[];
}

/**
 * Results already worked out, by instant and zone or by calendar day: zone rules are costly to
 * apply, and a story's date is written on every page that lists it.
 */
const zoned = new Map<string, FormattedDate>();

/** How a language writes dates: its date-fns locale and patterns (see strings.ts). */
export interface DateStyle {
  locale: Locale;
  /** A calendar day: `MMMM d, yyyy`. */
  date: string;
  /** A day and a time: `MMMM d, yyyy, h:mm a` (the zone's name follows). */
  dateTime: string;
  /** A month: `MMMM yyyy`. */
  month: string;
  /** A front page's day, with its weekday: `EEEE, MMMM d, yyyy`. */
  edition: string;
}

/** English, as dates were always written: April 18, 2025. */
export const ENGLISH_DATES: DateStyle = {
  locale: enUS,
  date: 'MMMM d, yyyy',
  dateTime: 'MMMM d, yyyy, h:mm a',
  month: 'MMMM yyyy',
  edition: 'EEEE, MMMM d, yyyy',
};

/** Formats a date for display in the site's time zone; a calendar day is never shifted. */
export function formatDate(
  value: DateValue,
  timeZone: string,
  style: DateStyle = ENGLISH_DATES,
): FormattedDate {
  if (value.kind === 'date') {
    // A calendar day has no zone: it is written as the same day everywhere.
    const key = `${value.year}-${value.month}-${value.day} ${style.date} ${style.locale.code}`;
    let result = zoned.get(key);
    if (!result) {
      const day = new TZDate(value.year, value.month - 1, value.day, 'UTC');
      const text = format(day, style.date, { locale: style.locale });
      result = { datetime: calendarDay(value, timeZone), text, units: [text] };
      zoned.set(key, result);
    }
    return result;
  }
  const key = `${value.epochMs} ${timeZone} ${style.dateTime} ${style.locale.code}`;
  let result = zoned.get(key);
  if (!result) {
    const date = new TZDate(value.epochMs, timeZone);
    const zone = zoneName(value.epochMs, timeZone);
    const [dayPattern, timePattern] = dayAndTime(style.dateTime);
    const time = `${format(date, timePattern, { locale: style.locale })} ${zone}`;
    const units = dayPattern ? [format(date, dayPattern, { locale: style.locale }), time] : [time];
    result = { datetime: formatISO(date), text: units.join(' '), units };
    zoned.set(key, result);
  }
  return result;
}

/**
 * A date shown after another, as an update after the story's date: on the same calendar day
 * in `timeZone` only its time is written (`Updated 11:57 PM UTC`), as wire services do.
 */
export function formatAfter(
  value: DateValue,
  earlier: DateValue,
  timeZone: string,
  style: DateStyle = ENGLISH_DATES,
): FormattedDate {
  const shown = formatDate(value, timeZone, style);
  if (
    value.kind !== 'datetime' ||
    calendarDay(value, timeZone) !== calendarDay(earlier, timeZone)
  ) {
    return shown;
  }
  const time = shown.units.at(-1)!;
  return { datetime: shown.datetime, text: time, units: [time] };
}

/**
 * A date-time pattern cut after its last comma (`,` or Arabic `،`), where every language's
 * table puts the time: `['MMMM d, yyyy,', 'h:mm a']`; a pattern without one is all time.
 */
function dayAndTime(pattern: string): [string, string] {
  const cut = Math.max(pattern.lastIndexOf(', '), pattern.lastIndexOf('، '));
  if (cut < 0) return ['', pattern];
  return [pattern.slice(0, cut + 1), pattern.slice(cut + 2)];
}

/** The calendar day of a date in `timeZone`, written without a time: `April 18, 2025`. */
export function formatDay(
  value: DateValue,
  timeZone: string,
  style: DateStyle = ENGLISH_DATES,
): string {
  return formatDate(mustParseDate(calendarDay(value, timeZone)), timeZone, style).text;
}

/** The day of the instant `epochMs` in `timeZone`, as a front page dates its edition. */
export function formatEditionDay(
  epochMs: number,
  timeZone: string,
  style: DateStyle = ENGLISH_DATES,
): FormattedDate {
  const day = calendarDay({ kind: 'datetime', epochMs }, timeZone);
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const text = format(new TZDate(year, month - 1, date, 'UTC'), style.edition, {
    locale: style.locale,
  });
  return { datetime: day, text, units: [text] };
}

/** The short name of `timeZone` at an instant ("UTC", "PDT", or "GMT+14" where there is none). */
function zoneName(epochMs: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' }).formatToParts(
    epochMs,
  );
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/** Whether `timeZone` is an IANA zone name this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

const ZONE_EXAMPLES = '(e.g. Europe/London, America/New_York, UTC)';

/**
 * What is wrong with `timeZone` as the site's zone, or undefined: a name no zone has; an
 * abbreviation, which the runtime reads as one place's zone of its choosing (`BST` as Dhaka's,
 * `EST` as Panama's); or `Etc/GMT+1`, whose sign is the reverse of its offset.
 */
export function timeZoneProblem(timeZone: string): string | undefined {
  if (!isValidTimeZone(timeZone)) return `"${timeZone}" is not an IANA time zone ${ZONE_EXAMPLES}`;
  const read = new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
  if (!timeZone.includes('/') && read !== 'UTC') {
    return `"${timeZone}" is an abbreviation, read here as ${read}: write the zone of the newsroom's city by its name ${ZONE_EXAMPLES}`;
  }
  const fixed = /^Etc\/GMT([+-])(\d+)$/i.exec(timeZone);
  if (fixed && Number(fixed[2]) !== 0) {
    const offset = `UTC${fixed[1] === '+' ? '−' : '+'}${Number(fixed[2])}`;
    return `"${timeZone}" is ${offset} (these names turn the sign round) and never changes for summer time: write the zone of the newsroom's city by its name ${ZONE_EXAMPLES}`;
  }
  return undefined;
}

/** A month's name and year for headings: `April 2025`. */
export function formatMonth(year: number, month: number, style: DateStyle = ENGLISH_DATES): string {
  return format(new TZDate(year, month - 1, 1, 'UTC'), style.month, { locale: style.locale });
}

/** RFC 3339 instants already worked out, by instant and zone. */
const instants = new Map<string, string>();

/** An RFC 3339 instant for feeds and metadata: a calendar day is its midnight in `timeZone`. */
export function toIsoInstant(value: DateValue, timeZone: string): string {
  const time = sortTime(value, timeZone);
  const key = `${time} ${timeZone}`;
  let iso = instants.get(key);
  if (iso === undefined) {
    iso = formatISO(new TZDate(time, timeZone));
    instants.set(key, iso);
  }
  return iso;
}

const LOCALES: Record<string, Locale> = { en: enUS, es, ar };

/** The date style of a language, from its date-fns locale and its table's patterns. */
export function dateStyle(
  lang: string,
  patterns: {
    dateFormat: string;
    dateTimeFormat: string;
    monthFormat: string;
    editionDateFormat: string;
  },
): DateStyle {
  return {
    locale: LOCALES[lang.toLowerCase().split('-')[0]!] ?? enUS,
    date: patterns.dateFormat,
    dateTime: patterns.dateTimeFormat,
    month: patterns.monthFormat,
    edition: patterns.editionDateFormat,
  };
}
