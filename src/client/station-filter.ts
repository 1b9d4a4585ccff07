/** The station finder's filter (src/client/station-finder.ts), kept apart so it can be tested. */
export interface StationFilter {
  /** '' for any. */
  province: string;
  /** '' for any. */
  city: string;
  /** Words separated by spaces; a station matches when its text contains every one. */
  keyword: string;
}

export interface StationFacts {
  province: string;
  city: string;
  /** Everything its card shows, lower-cased. */
  text: string;
}

export function matchesStation(station: StationFacts, filter: StationFilter): boolean {
  if (filter.province && station.province !== filter.province) return false;
  if (filter.city && station.city !== filter.city) return false;
  const words = filter.keyword
    .toLowerCase()
    .split(/[\s,，、]+/)
    .filter(Boolean);
  return words.every((word) => station.text.includes(word));
}
