import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A slice of a produced export file, in order. The file is kept in slices small enough for a TEXT column on
 * both databases (≤ EXPORT_PART_CHARS characters of UTF-8), so one job writes page by page without rewriting a
 * growing value and without a dialect-specific LONGTEXT.
 */
@Entity({ name: 'export_file_part' })
export class ExportFilePartEntity {
  @PrimaryColumn({ type: 'varchar', length: 36, name: 'request_id' })
  requestId: string;

  @PrimaryColumn({ type: 'int' })
  seq: number;

  @Column({ type: 'text' })
  content: string;
}

/** 4 bytes per character at most in utf8mb4: 16,000 characters stay under MySQL's 65,535-byte TEXT. */
export const EXPORT_PART_CHARS = 16000;
