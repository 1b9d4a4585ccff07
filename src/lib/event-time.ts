/**
 * Event times: editors write the organizer's wall-clock time and its IANA zone; pages, feeds
 * and calendar files need the instant. Intl knows every zone's offsets, so nothing is bundled.
 */

/** 2026-12-05 19:30 (a T instead of the space is accepted too). */
export const LOCAL_TIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})$/;

export interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** The parts of a local time, or undefined when it does not exist (2026-02-30, 24:10). */
export function parseLocalTime(text: string): LocalTime | undefined {
  const m = LOCAL_TIME_PATTERN.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  const check = new Date(Date.UTC(year, month - 1, day, hour, minute));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return undefined;
  return { year, month, day, hour, minute };
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}

// Making a formatter costs far more than using one (about 0.7 ms each): one per zone is kept.
const wallClocks = new Map<string, Intl.DateTimeFormat>();

/** Offset of `zone` from UTC at `instant`, in minutes (Asia/Shanghai: 480). */
export function zoneOffset(instant: Date, zone: string): number {
  let format = wallClocks.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    wallClocks.set(zone, format);
  }
  const parts = format.formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((wall - instant.getTime()) / 60_000);
}

/**
 * The instant a wall-clock time in `zone` stands for. In a daylight-saving gap the clock time
 * does not exist and the later offset is taken; in an overlap, the first of the two instants.
 */
export function zonedInstant(local: LocalTime, zone: string): Date {
  const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  // Two rounds settle any zone: guess with the offset at the wall time read as UTC, then correct.
  let instant = wall - zoneOffset(new Date(wall), zone) * 60_000;
  instant = wall - zoneOffset(new Date(instant), zone) * 60_000;
  const earlier = wall - zoneOffset(new Date(instant - 3 * 3_600_000), zone) * 60_000;
  if (earlier < instant && zoneOffset(new Date(earlier), zone) === zoneOffset(new Date(instant - 3 * 3_600_000), zone))
    instant = earlier;
  return new Date(instant);
}

/** The start and end instants of an event. */
export function eventInstants(event: { start: string; end: string; timeZone: string }): { start: Date; end: Date } {
  const start = parseLocalTime(event.start);
  const end = parseLocalTime(event.end);
  if (!start || !end) throw new Error(`invalid event time: ${event.start} – ${event.end}`);
  return { start: zonedInstant(start, event.timeZone), end: zonedInstant(end, event.timeZone) };
}

/** 2026年12月5日（星期六） 19:30–21:00, in `zone`; the end shows its date only when it differs. */
export function formatRange(start: Date, end: Date, zone: string): string {
  const day = new Intl.DateTimeFormat('zh-CN', {
    timeZone: zone,
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    weekday: 'long',
  });
  const time = new Intl.DateTimeFormat('zh-CN', {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const sameDay = day.format(start) === day.format(end);
  return sameDay
    ? `${day.format(start)} ${time.format(start)}–${time.format(end)}`
    : `${day.format(start)} ${time.format(start)} – ${day.format(end)} ${time.format(end)}`;
}

/** The zone's Chinese name, e.g. 中国标准时间, 中欧标准时间 (Intl's; the IANA id when it has none). */
export function zoneName(zone: string, at: Date): string {
  const part = new Intl.DateTimeFormat('zh-CN', { timeZone: zone, timeZoneName: 'long' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? zone;
}
