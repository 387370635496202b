import { EntityMetadata, ObjectLiteral } from 'typeorm';
import { FieldChange } from './audit-entry.entity';

/** A column value as it is kept in the audit trail: JSON, instants as ISO strings. */
export function auditValue(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value === 'bigint') return value.toString();
  return value;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(auditValue(a)) === JSON.stringify(auditValue(b));
}

/** Every column of a new record, for the create snapshot. */
export function snapshotOf(metadata: EntityMetadata, entity: ObjectLiteral): FieldChange[] {
  return metadata.columns
    .filter((c) => entity[c.propertyName] !== undefined)
    .map((c) => ({ field: c.propertyName, old: null, new: auditValue(entity[c.propertyName]) }));
}

/** The fields whose value differs between `before` and the written `patch`. */
export function diffOf(before: ObjectLiteral, patch: ObjectLiteral): FieldChange[] {
  return Object.keys(patch)
    .filter((field) => patch[field] !== undefined && !same(before[field], patch[field]))
    .map((field) => ({ field, old: auditValue(before[field]), new: auditValue(patch[field]) }));
}

/** The primary key of a record as one string (composite keys joined with ':'). */
export function entityIdOf(metadata: EntityMetadata, entity: ObjectLiteral): string {
  const parts = metadata.primaryColumns.map((c) => c.getEntityValue(entity) ?? entity[c.propertyName]);
  return parts.every((p) => p === undefined || p === null) ? '' : parts.map((p) => String(p ?? '')).join(':');
}
