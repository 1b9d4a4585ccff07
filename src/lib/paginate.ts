import { listingPagePath } from './paths.ts';

export interface ListingPage<T> {
  items: T[];
  /** 1-based number of this page. */
  current: number;
  total: number;
  prev?: string | undefined;
  next?: string | undefined;
}

/** Splits `items` into pages of `size` with links between them (site-relative). */
export function paginate<T>(items: readonly T[], size: number, root: string): ListingPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a positive integer, got ${size}`);
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, index) => {
    const current = index + 1;
    return {
      items: items.slice(index * size, current * size),
      current,
      total,
      prev: current > 1 ? listingPagePath(root, current - 1) : undefined,
      next: current < total ? listingPagePath(root, current + 1) : undefined,
    };
  });
}
