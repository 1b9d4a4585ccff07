import type { CollectionEntry } from 'astro:content';
import { z } from 'astro/zod';
import { phone, publishing } from './common.ts';

/** What a place is; the labels are station.kind.* in the strings file. */
export const STATION_KINDS = ['branch', 'station'] as const;

const line = z.string().trim().min(1, 'must not be empty');

export const stationSchema = z.object({
  /** e.g. 清源县驻东莞流动党员党支部. */
  title: line.max(120),
  kind: z.enum(STATION_KINDS),
  /** Full province name, e.g. 广东省 or 上海市; the finder groups by it. */
  province: line,
  /** City, e.g. 东莞市; for a municipality its district, e.g. 浦东新区. */
  city: line,
  address: line,
  /** Digits, spaces and hyphens; shown as a tap-to-call link. */
  phone,
  /** e.g. 周一至周五 9:00–17:00，周六上午. */
  hours: line,
  /** What members can do there, e.g. 报到登记, 组织关系转接, 党费收缴. */
  offers: z.array(line).min(1, 'needs at least one service'),
  /** The person to ask for. */
  contact: line.optional(),
  /** Invented sample entry: shown with an "example" mark until the organization replaces it. */
  example: z.boolean().default(false),
  ...publishing,
});

export type StationData = z.infer<typeof stationSchema>;

/** A station as Astro loads it from content/stations/. */
export type Station = CollectionEntry<'stations'>;

/** Whether an entry of any collection is a station. */
export const isStation = (entry: { collection: string }): entry is Station => entry.collection === 'stations';
