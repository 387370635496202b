import type { ValueTransformer } from 'typeorm';

/** A short list of codes (roles, ids) stored as one comma-separated varchar, the same on SQLite and MySQL. */
export const codeListTransformer: ValueTransformer = {
  to: (value: readonly string[] | null | undefined) => (value ? value.join(',') : value),
  from: (value: string | null) => (value ? value.split(',') : []),
};

export const codeListColumn = (length: number) => ({ type: 'varchar', length, transformer: codeListTransformer }) as const;
