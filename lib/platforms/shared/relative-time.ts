/**
 * Reads the time labels LinkedIn and Facebook put on posts and comments, in English and Dutch,
 * into epoch milliseconds. The result is approximate by nature: "2d" means anything from 48 to 71
 * hours ago, and months and years are taken as 30 and 365 days.
 *
 * Forms (shared/dom-facts.md §1.7, §2.2, §2.3):
 * - short: "18h", "2d •", "1w", "3mo", "1yr" (LinkedIn), "2h", "3 hrs", "4 yrs" (Facebook);
 *   "mo" and "yr" must win over "m", which is minutes.
 * - long: "2 days ago", "3 hours ago • Visible to anyone…", "an hour ago".
 * - Dutch [U, CLDR-derived]: "3 dagen geleden", "een uur geleden", "5 uur", "2 mnd", "1 jr",
 *   "3 d", "1 w", "5 u". CLDR's narrow "2 m" for months collides with minutes; we read "m" as
 *   minutes, as both sites do in English.
 * - words: "just now", "zojuist", "Yesterday at 3:45 PM", "Gisteren om 15:45",
 *   "Monday at 9:00 AM", "maandag om 09:00".
 * - absolute (Facebook, older posts): "March 3 at 10:00 AM", "March 3, 2023", "3 March 2023",
 *   "3 maart om 10:00", "3 mrt 2023".
 *
 * Calendar forms are read in the browser's local time zone, which is the zone the site rendered
 * them in. Anything else is null: an unknown time is not "now".
 */

import { cleanText } from './text';

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Unit words (lower case) → milliseconds. Longest first so the regex alternation prefers them. */
const UNIT_MS: ReadonlyArray<[string[], number]> = [
  [['seconds', 'second', 'seconden', 'seconde', 'secs', 'sec', 's'], SECOND],
  [['minutes', 'minute', 'minuten', 'minuut', 'mins', 'min', 'm'], MINUTE],
  [['hours', 'hour', 'uren', 'uur', 'hrs', 'hr', 'h', 'u'], HOUR],
  [['days', 'day', 'dagen', 'dag', 'd'], DAY],
  [['weeks', 'week', 'weken', 'wks', 'wk', 'w'], 7 * DAY],
  [['months', 'month', 'maanden', 'maand', 'mnd', 'mos', 'mo'], 30 * DAY],
  [['years', 'year', 'jaren', 'jaar', 'yrs', 'yr', 'jr', 'y', 'j'], 365 * DAY],
];

const UNIT_WORDS = UNIT_MS.flatMap(([words]) => words).sort((a, b) => b.length - a.length);

/**
 * "<n> <unit> [ago|geleden]" at the start. A unit may not run on into a letter, so "5 mensen"
 * is not five minutes and "3mo" is not three minutes. The article forms ("an hour ago",
 * "een dag geleden") need the "ago"/"geleden" to be sure they are times at all.
 */
const AMOUNT_PATTERN = new RegExp(
  String.raw`^(?:(\d{1,3})\s?(${UNIT_WORDS.join('|')})(?![\p{L}])(?:\s+(?:ago|geleden))?|(an?|one|een)\s+(${UNIT_WORDS.join('|')})\s+(?:ago|geleden))`,
  'u',
);

const JUST_NOW = /^(?:just now|now|zojuist|nu)(?![\p{L}])/u;
/** A bare "yesterday"; with a clock time it is YESTERDAY_AT's, valid or not. */
const YESTERDAY = /^(?:yesterday|gisteren)(?![\p{L}])(?!,?\s+(?:at|om)\s)/u;

const MONTHS: Readonly<Record<string, number>> = {
  january: 0, jan: 0, januari: 0,
  february: 1, feb: 1, februari: 1,
  march: 2, mar: 2, maart: 2, mrt: 2,
  april: 3, apr: 3,
  may: 4, mei: 4,
  june: 5, jun: 5, juni: 5,
  july: 6, jul: 6, juli: 6,
  august: 7, aug: 7, augustus: 7,
  september: 8, sep: 8, sept: 8,
  october: 9, oct: 9, oktober: 9, okt: 9,
  november: 10, nov: 10,
  december: 11, dec: 11,
};

const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0, zondag: 0,
  monday: 1, maandag: 1,
  tuesday: 2, dinsdag: 2,
  wednesday: 3, woensdag: 3,
  thursday: 4, donderdag: 4,
  friday: 5, vrijdag: 5,
  saturday: 6, zaterdag: 6,
};

const MONTH_WORD = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})\\.?`;
const WEEKDAY_WORD = `(${Object.keys(WEEKDAYS).join('|')})`;
/** " at 3:45 PM" / " om 15:45", optional. Groups: hour, minute, am/pm. */
const CLOCK = String.raw`(?:,?\s+(?:at|om)\s+(\d{1,2})[:.](\d{2})(?:\s*([ap])\.?m\.?)?)?`;
const YEAR = String.raw`(?:,?\s+(\d{4}))?`;

/** "March 3[, 2023][ at 10:00 AM]" (US English). */
const MONTH_FIRST = new RegExp(`^${MONTH_WORD}\\s+(\\d{1,2})${YEAR}${CLOCK}(?![\\p{L}\\p{N}])`, 'u');
/** "3 maart[ 2023][ om 10:00]", "3 March 2023 at 10:00" (Dutch, British English). */
const DAY_FIRST = new RegExp(`^(\\d{1,2})\\s+${MONTH_WORD}${YEAR}${CLOCK}(?![\\p{L}\\p{N}])`, 'u');
/** "Monday at 3:45 PM" / "maandag om 15:45": Facebook's form for the past week. */
const WEEKDAY_AT = new RegExp(`^${WEEKDAY_WORD}${CLOCK}(?![\\p{L}\\p{N}])`, 'u');
/** "Yesterday at 3:45 PM" / "Gisteren om 15:45". */
const YESTERDAY_AT = new RegExp(`^(?:yesterday|gisteren)${CLOCK}(?![\\p{L}\\p{N}])`, 'u');

/** Parses a post or comment time label into epoch ms, or null when it is not one we know. */
export function parseRelativeTime(text: string, now: number): number | null {
  const label = cleanText(text).toLowerCase().replace(/^[·•]\s*/, '');
  if (label === '') return null;
  return amountAgo(label, now) ?? calendarTime(label, now) ?? wordTime(label, now);
}

function amountAgo(label: string, now: number): number | null {
  const match = AMOUNT_PATTERN.exec(label);
  if (!match) return null;
  const amount = match[1] === undefined ? 1 : Number(match[1]);
  const unit = unitMs(match[2] ?? match[4]);
  return unit === null ? null : now - amount * unit;
}

function unitMs(word: string | undefined): number | null {
  for (const [words, ms] of UNIT_MS) {
    if (word !== undefined && words.includes(word)) return ms;
  }
  return null;
}

function wordTime(label: string, now: number): number | null {
  if (JUST_NOW.test(label)) return now;
  // A bare "yesterday" (comment labels) has no clock time: a day before now is the best guess.
  if (YESTERDAY.test(label)) return now - DAY;
  return null;
}

function calendarTime(label: string, now: number): number | null {
  const today = new Date(now);
  let match = YESTERDAY_AT.exec(label);
  if (match?.[1] !== undefined) {
    return atClock(shiftDays(today, -1), match[1], match[2], match[3]);
  }
  match = WEEKDAY_AT.exec(label);
  if (match?.[1] !== undefined) {
    const weekday = WEEKDAYS[match[1]] ?? 0;
    // The most recent such weekday before today: Facebook uses "Xh" for today itself.
    const back = (today.getDay() - weekday + 7) % 7 || 7;
    return atClock(shiftDays(today, -back), match[2], match[3], match[4]);
  }
  match = MONTH_FIRST.exec(label);
  if (match) return onDate(today, match[1], match[2], match[3], match.slice(4, 7));
  match = DAY_FIRST.exec(label);
  if (match) return onDate(today, match[2], match[1], match[3], match.slice(4, 7));
  return null;
}

/** A calendar date with an optional year; without one it is the latest such date not after now. */
function onDate(
  today: Date,
  monthWord: string | undefined,
  dayText: string | undefined,
  yearText: string | undefined,
  clock: Array<string | undefined>,
): number | null {
  const month = monthWord === undefined ? undefined : MONTHS[monthWord];
  const day = Number(dayText);
  if (month === undefined || day < 1 || day > 31) return null;
  const year = yearText === undefined ? today.getFullYear() : Number(yearText);
  const date = new Date(year, month, day);
  if (date.getMonth() !== month) return null; // "31 February"
  const [hour, minute, meridiem] = clock;
  let result = atClock(date, hour, minute, meridiem);
  if (result !== null && yearText === undefined && result > today.getTime()) {
    result = atClock(new Date(year - 1, month, day), hour, minute, meridiem);
  }
  return result;
}

function shiftDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

/** The given day at "h:mm [am|pm]"; midnight when no clock time was shown. */
function atClock(
  day: Date,
  hourText: string | undefined,
  minuteText: string | undefined,
  meridiem: string | undefined,
): number | null {
  if (hourText === undefined || minuteText === undefined) return day.getTime();
  let hour = Number(hourText);
  const minute = Number(minuteText);
  if (minute > 59) return null;
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  } else if (hour > 23) {
    return null;
  }
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), hour, minute).getTime();
}
