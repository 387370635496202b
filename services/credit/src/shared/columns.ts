/**
 * Date-only columns (DATE on both databases). `utc` makes TypeORM turn a Date parameter (a keyset cursor on a date
 * column) into YYYY-MM-DD from its UTC fields, so the process time zone can never shift a date by a day.
 */
export const dateColumn = { type: 'date', utc: true } as const;
