import { ValueTransformer } from 'typeorm';
import { normaliseDecimal } from '../graphql/scalars';

/**
 * DECIMAL(18,2) columns read back as canonical two-place strings on both drivers (mysql2 returns strings, SQLite
 * numbers), so money never becomes a float in the code.
 */
export const decimalTransformer: ValueTransformer = {
  to: (value: string | null | undefined) => value,
  from: (value: string | number | null) => {
    if (value === null || value === undefined) return null;
    return normaliseDecimal(typeof value === 'number' ? value.toFixed(2) : value);
  },
};

export const moneyColumn = { type: 'decimal', precision: 18, scale: 2, transformer: decimalTransformer } as const;

/** Instants: `datetime` on SQLite, DATETIME(6) on MySQL (the precision TypeORM gives CURRENT_TIMESTAMP defaults). */
export const instantColumn = { type: 'datetime', precision: 6 } as const;
