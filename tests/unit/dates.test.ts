import { afterEach, describe, expect, it } from 'vitest';
import {
  ENGLISH_DATES,
  calendarDay,
  formatAfter,
  formatDate,
  formatDay,
  isOnOrAfter,
  isValidTimeZone,
  timeZoneProblem,
  mustParseDate,
  parseDateValue,
  sortTime,
} from '../../src/lib/dates.ts';

const ZONES = [
  'UTC',
  'America/Los_Angeles',
  'Pacific/Kiritimati',
  'Asia/Kolkata',
  'Pacific/Pago_Pago',
];
const originalTz = process.env.TZ;

afterEach(() => {
  process.env.TZ = originalTz;
});

describe('parseDateValue', () => {
  it('reads a calendar date', () => {
    expect(parseDateValue('2025-04-18')).toEqual({
      ok: true,
      value: { kind: 'date', year: 2025, month: 4, day: 18 },
    });
  });

  it("names a word processor's quotes around a date, which are read as part of it", () => {
    expect(parseDateValue('“2025-04-10”')).toEqual({
      ok: false,
      reason:
        '"“2025-04-10”" is in a word processor\'s quotes, which are read as part of it (delete them: 2025-04-10)',
    });
    expect(parseDateValue('‘2025-04-10T09:30:00Z’')).toMatchObject({
      reason: expect.stringMatching(/\(delete them: 2025-04-10T09:30:00Z\)$/),
    });
    expect(parseDateValue('“April 10”')).toMatchObject({
      reason: expect.stringMatching(/ is not a date/),
    });
  });

  it("names a word processor's dashes where the hyphens go", () => {
    expect(parseDateValue('2026–12–04')).toEqual({
      ok: false,
      reason:
        '"2026–12–04" is written with dashes (–) where a date has hyphens (-): write 2026-12-04',
    });
    expect(parseDateValue('2026‑12‑04T09:30:00Z')).toMatchObject({
      reason: expect.stringMatching(
        /\(‑\) where a date has hyphens \(-\): write 2026-12-04T09:30:00Z$/,
      ),
    });
    // Hyphens would not make it a date: the usual words.
    expect(parseDateValue('2026–13–04')).toMatchObject({
      reason: expect.stringMatching(/^"2026–13–04" is not a date/),
    });
  });

  it('accepts 29 February in a leap year only', () => {
    expect(parseDateValue('2024-02-29').ok).toBe(true);
    expect(parseDateValue('2025-02-29').ok).toBe(false);
  });

  it.each([
    ['2025-02-30', 'February 2025 has 28 days'],
    ['2025-04-31', 'April 2025 has 30 days'],
    ['2025-13-01', 'there is no month 13: did you mean 2025-01-13?'],
    ['2025-18-04', 'there is no month 18: did you mean 2025-04-18?'],
    ['2025-13-13', 'there is no month 13: months are 01 to 12'],
    ['2025-00-10', 'there is no month 0: months are 01 to 12'],
    ['2025-01-00', 'there is no day 0: days start at 01'],
  ])('rejects the impossible date %s without rolling it over, saying why', (input, why) => {
    expect(parseDateValue(input)).toEqual({
      ok: false,
      reason: `"${input}" is not a real date (${why})`,
    });
  });

  it('keeps the time in the date-time a swapped day and month meant', () => {
    expect(parseDateValue('2025-18-04T09:30:00+02:00')).toEqual({
      ok: false,
      reason:
        '"2025-18-04T09:30:00+02:00" is not a real date-time (there is no month 18: did you mean 2025-04-18T09:30:00+02:00?)',
    });
  });

  it.each([
    ['2025-4-8', '2025-04-08'],
    ['2025/04/18', '2025-04-18'],
    ['2025.4.8', '2025-04-08'],
    ['18/04/2025', '2025-04-18'],
    ['4/18/2025', '2025-04-18'],
    ['5.5.2025', '2025-05-05'],
    ['April 18, 2025', '2025-04-18'],
    ['18 April 2025', '2025-04-18'],
    ['Apr. 8 2025', '2025-04-08'],
    ['8th Sept 2025', '2025-09-08'],
  ])('names the YYYY-MM-DD a date written as %j means', (input, iso) => {
    expect(parseDateValue(input)).toEqual({
      ok: false,
      reason: `"${input}" is not a date (write it as ${iso})`,
    });
  });

  it.each([
    [
      '18.4.2025 10:30',
      '2025-04-18T10:30:00, with your time zone after it: Z for UTC, or an offset such as +02:00',
    ],
    ['2025-4-18T9:30:00Z', '2025-04-18T09:30:00Z'],
    ['2025-04-18T10:30:00 UTC', '2025-04-18T10:30:00Z'],
    ['April 18, 2025 10:30 GMT', '2025-04-18T10:30:00Z'],
    ['2025-04-18T10:30:00 +02:00', '2025-04-18T10:30:00+02:00'],
    ['2025-04-18T10:30:00+02', '2025-04-18T10:30:00+02:00'],
    ['2025-01-18T10:30:00 EST', '2025-01-18T10:30:00-05:00 (EST is -05:00)'],
    [
      '2025-04-18T10:30:00 EST',
      '2025-04-18T10:30:00-05:00 (EST is -05:00, but that day Eastern time is -04:00: write -04:00 if that is the time you mean)',
    ],
    ['July 5, 2026 2:30 pm pdt', '2026-07-05T14:30:00-07:00 (PDT is -07:00)'],
    [
      'November 5, 2026 2:30 pm PDT',
      '2026-11-05T14:30:00-07:00 (PDT is -07:00, but that day Pacific time is -08:00: write -08:00 if that is the time you mean)',
    ],
    ['2025-04-18 10:30 CEST', '2025-04-18T10:30:00+02:00 (CEST is +02:00)'],
    [
      '2025-04-18T10:30:00 BST',
      '2025-04-18T10:30:00, with the offset BST stands for that day after it, +HH:MM east of UTC or -HH:MM west (these letters can mean several)',
    ],
    ['Friday, April 18, 2025', '2025-04-18'],
    ['20250419', '2025-04-19'],
    ['2025-04-18 10:30 PM UTC', '2025-04-18T22:30:00Z'],
    ['April 18, 2025, 9am GMT', '2025-04-18T09:00:00Z'],
    ['18 April 2025 12:05 a.m. +01:00', '2025-04-18T00:05:00+01:00'],
    ['2025-04-18T12:15 pm Z', '2025-04-18T12:15:00Z'],
  ])('names the date-time a date written as %j means, with its own time', (input, iso) => {
    expect(parseDateValue(input)).toEqual({
      ok: false,
      reason: `"${input}" is not a date (write it as ${iso})`,
    });
  });

  it.each(['2025-04-18 13:30 PM', '2025-04-18 0:30 am', '2025 10'])(
    'names no time for %j, which has none that can be',
    (input) => {
      expect(parseDateValue(input)).toMatchObject({
        ok: false,
        reason: expect.stringContaining('(use YYYY-MM-DD, or a date-time'),
      });
    },
  );

  it.each([
    ['2025-02-29T10:00:00Z', 'February 2025 has 28 days'],
    ['2024-02-29T25:00:00Z', 'there is no hour 25: hours are 00 to 23'],
    ['2025-04-18T10:61:00Z', 'there is no minute or second 61: they are 00 to 59'],
  ])('says why the date-time %s is impossible', (input, why) => {
    expect(parseDateValue(input)).toEqual({
      ok: false,
      reason: `"${input}" is not a real date-time (${why})`,
    });
  });

  it('gives both readings of a date whose day and month could be either', () => {
    expect(parseDateValue('04/08/2025')).toEqual({
      ok: false,
      reason:
        '"04/08/2025" is not a date (write it year first, as YYYY-MM-DD: 2025-08-04 for 4 August, or 2025-04-08 for 8 April)',
    });
  });

  it('reads a two-digit year in this century, and with hyphens as the year first too', () => {
    const reason = (input: string) => (parseDateValue(input) as { reason: string }).reason;
    expect(reason('1/12/26')).toBe(
      '"1/12/26" is not a date (write it year first, as YYYY-MM-DD: 2026-12-01 for 1 December, or 2026-01-12 for 12 January)',
    );
    expect(reason('26-12-01')).toBe(
      '"26-12-01" is not a date (write it year first with the year in full, as YYYY-MM-DD: 2026-12-01 for 1 December, or 2001-12-26 for 26 December)',
    );
  });

  it("tells a time zone's name with the offset it has on that day", () => {
    const reason = (input: string) => (parseDateValue(input) as { reason: string }).reason;
    expect(reason('2026-07-01 09:00 Europe/London')).toBe(
      '"2026-07-01 09:00 Europe/London" names its time zone, Europe/London, where a date-time gives the offset (write 2026-07-01T09:00:00+01:00, the offset Europe/London has then)',
    );
    expect(reason('2026-12-01T09:30:15 America/St_Johns')).toBe(
      '"2026-12-01T09:30:15 America/St_Johns" names its time zone, America/St_Johns, where a date-time gives the offset (write 2026-12-01T09:30:15-03:30, the offset America/St_Johns has then)',
    );
    expect(reason('2026-12-01 09:00 Mars/Base')).toMatch(/is not a date/);
    expect(reason('2025-04-18T09:00:00+01:00[Europe/London]')).toBe(
      '"2025-04-18T09:00:00+01:00[Europe/London]" ends with a time zone\'s name in brackets, which is not read here: the offset says the time (delete [Europe/London]: 2025-04-18T09:00:00+01:00)',
    );
    expect(reason('2025-04-18T09:00:00[Europe/London]')).toMatch(
      /names its time zone, Europe\/London, .* \(write 2025-04-18T09:00:00\+01:00, /,
    );
  });

  it.each(['yesterday', 'Smarch 8 2025', '31/02/2025', '', '2025-04-18T25:00:00Z'])(
    'rejects %j as not a date, without guessing',
    (input) => {
      const result = parseDateValue(input);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.reason).not.toMatch(/write it/);
    },
  );

  it('reads date-times with Z or an offset as instants', () => {
    const z = parseDateValue('2025-04-18T09:30:00Z');
    const offset = parseDateValue('2025-04-18T11:30:00+02:00');
    const compact = parseDateValue('2025-04-18T11:30+0200');
    expect(z).toEqual({
      ok: true,
      value: { kind: 'datetime', epochMs: Date.UTC(2025, 3, 18, 9, 30) },
    });
    expect(offset).toEqual(z);
    expect(compact).toEqual(z);
  });

  it('rejects a date-time without a zone, saying what to add', () => {
    const result = parseDateValue('2025-04-18T09:30:00');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/has no time zone \(add Z or an offset/);
    // Written the short way, the forms to write are whole.
    expect(parseDateValue('2026-12-05 14:00')).toEqual({
      ok: false,
      reason:
        '"2026-12-05 14:00" has no time zone (add Z or an offset: 2026-12-05T14:00:00Z for 14:00 UTC, 2026-12-05T14:00:00+02:00 for 14:00 two hours ahead of UTC; or use YYYY-MM-DD)',
    });
  });
});

describe('formatDate', () => {
  it('shows a calendar date as that day whatever TZ the machine has', () => {
    const offsets = new Set<number>();
    for (const zone of ZONES) {
      process.env.TZ = zone;
      offsets.add(new Date(Date.UTC(2025, 0, 1)).getTimezoneOffset());
      expect(formatDate(mustParseDate('2025-01-01'), 'UTC')).toEqual({
        datetime: '2025-01-01',
        text: 'January 1, 2025',
        units: ['January 1, 2025'],
      });
      expect(formatDate(mustParseDate('2025-01-01'), 'Pacific/Kiritimati').text).toBe(
        'January 1, 2025',
      );
    }
    // The machine's zone really changed between rounds, so the loop tested something.
    expect(offsets.size).toBeGreaterThan(1);
  });

  it('shows a date-time in the configured zone, the same on every machine', () => {
    const value = mustParseDate('2025-04-18T23:30:00-05:00');
    for (const zone of ZONES) {
      process.env.TZ = zone;
      expect(formatDate(value, 'UTC')).toEqual({
        datetime: '2025-04-19T04:30:00Z',
        text: 'April 19, 2025, 4:30 AM UTC',
        units: ['April 19, 2025,', '4:30 AM UTC'],
      });
      expect(formatDate(value, 'America/New_York')).toEqual({
        datetime: '2025-04-19T00:30:00-04:00',
        text: 'April 19, 2025, 12:30 AM EDT',
        units: ['April 19, 2025,', '12:30 AM EDT'],
      });
    }
  });

  it('keeps a date-time whose pattern has no comma whole: the pattern marks no place to break', () => {
    const style = { ...ENGLISH_DATES, dateTime: 'yyyy-MM-dd HH:mm' };
    const shown = formatDate(mustParseDate('2025-04-18T21:05:00Z'), 'UTC', style);
    expect(shown.units).toEqual(['2025-04-18 21:05 UTC']);
    expect(shown.text).toBe('2025-04-18 21:05 UTC');
  });
});

describe('formatAfter', () => {
  const story = mustParseDate('2025-04-18T21:05:00Z');

  it('writes only the time of an update on the story’s day, in the site’s zone', () => {
    expect(formatAfter(mustParseDate('2025-04-18T23:40:00Z'), story, 'UTC')).toEqual({
      datetime: '2025-04-18T23:40:00Z',
      text: '11:40 PM UTC',
      units: ['11:40 PM UTC'],
    });
    // 23:40 UTC is already the 19th in Tokyo, where the story was on the 19th too (06:05).
    expect(formatAfter(mustParseDate('2025-04-18T23:40:00Z'), story, 'Asia/Tokyo').text).toBe(
      '8:40 AM GMT+9',
    );
    // A story dated by its day alone is on that day as well.
    const day = mustParseDate('2025-04-18');
    expect(formatAfter(mustParseDate('2025-04-18T09:30:00Z'), day, 'UTC').text).toBe('9:30 AM UTC');
  });

  it('writes the whole date of an update on another day, or of a day without a time', () => {
    expect(formatAfter(mustParseDate('2025-04-19T00:10:00Z'), story, 'UTC').text).toBe(
      'April 19, 2025, 12:10 AM UTC',
    );
    // 00:10 UTC on the 19th is still the 18th in New York, the story's day there too.
    expect(formatAfter(mustParseDate('2025-04-19T00:10:00Z'), story, 'America/New_York').text).toBe(
      '8:10 PM EDT',
    );
    expect(formatAfter(mustParseDate('2025-04-18'), story, 'UTC').text).toBe('April 18, 2025');
  });
});

describe('calendarDay, sortTime and isOnOrAfter', () => {
  it('places a date-time on the calendar of the site zone', () => {
    const value = mustParseDate('2025-04-18T23:30:00-05:00');
    expect(calendarDay(value, 'UTC')).toBe('2025-04-19');
    expect(calendarDay(value, 'America/Chicago')).toBe('2025-04-18');
  });

  it('puts a calendar day at its midnight in the site zone', () => {
    expect(sortTime(mustParseDate('2025-04-18'), 'UTC')).toBe(Date.UTC(2025, 3, 18));
    expect(sortTime(mustParseDate('2025-04-18'), 'Asia/Kolkata')).toBe(
      Date.UTC(2025, 3, 17, 18, 30),
    );
  });

  it('compares by day when either side has no time', () => {
    const day = mustParseDate('2025-04-18');
    expect(isOnOrAfter(mustParseDate('2025-04-18T08:00:00Z'), day, 'UTC')).toBe(true);
    expect(isOnOrAfter(day, mustParseDate('2025-04-18T08:00:00Z'), 'UTC')).toBe(true);
    expect(isOnOrAfter(mustParseDate('2025-04-17'), day, 'UTC')).toBe(false);
    expect(
      isOnOrAfter(
        mustParseDate('2025-04-18T08:00:00Z'),
        mustParseDate('2025-04-18T09:00:00Z'),
        'UTC',
      ),
    ).toBe(false);
  });
});

describe('formatDay', () => {
  it('writes the calendar day of a date-time in the zone, without the time', () => {
    const late = mustParseDate('2025-04-18T23:30:00-07:00');
    expect(formatDay(late, 'America/Los_Angeles')).toBe('April 18, 2025');
    expect(formatDay(late, 'UTC')).toBe('April 19, 2025');
    expect(formatDay(mustParseDate('2025-04-18'), 'Pacific/Kiritimati')).toBe('April 18, 2025');
  });
});

describe('timeZoneProblem', () => {
  it('takes a zone by its name, and UTC or GMT', () => {
    for (const zone of [
      'Europe/London',
      'America/Argentina/Buenos_Aires',
      'UTC',
      'GMT',
      'Etc/UTC',
    ]) {
      expect(timeZoneProblem(zone), zone).toBeUndefined();
    }
  });

  it('refuses an abbreviation, which the runtime reads as some other place', () => {
    expect(timeZoneProblem('BST')).toBe(
      `"BST" is an abbreviation, read here as Asia/Dhaka: write the zone of the newsroom's city by its name (e.g. Europe/London, America/New_York, UTC)`,
    );
    expect(timeZoneProblem('EST')).toMatch(
      /^"EST" is an abbreviation, read here as America\/Panama/,
    );
  });

  it('refuses Etc/GMT+1, which is an hour behind UTC, saying so', () => {
    expect(timeZoneProblem('Etc/GMT+1')).toMatch(/^"Etc\/GMT\+1" is UTC−1 \(these names turn/);
    expect(timeZoneProblem('Etc/GMT-5')).toMatch(/^"Etc\/GMT-5" is UTC\+5 /);
  });

  it('refuses a name no zone has', () => {
    expect(timeZoneProblem('Mars/Base')).toBe(
      '"Mars/Base" is not an IANA time zone (e.g. Europe/London, America/New_York, UTC)',
    );
  });
});

describe('isValidTimeZone', () => {
  it('knows IANA zones and rejects others', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});
