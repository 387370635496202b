/** 合并 (CUS-006): which profile fields conflict, and which customer's value each field takes. */

/** The profile fields a merge chooses between; everything else (grade, lifecycle, ownership) stays the survivor's. */
export const MERGE_FIELDS = [
  'name',
  'usccCode',
  'entityKind',
  'type',
  'specialKind',
  'industry',
  'region',
  'customerGroupId',
  'legalRepresentative',
  'address',
  'postcode',
  'phone',
  'fax',
  'website',
  'businessScope',
  'registeredCapital',
  'foundedOn',
  'custodianId',
  'keyAccountManagerId',
] as const;

export type MergeField = (typeof MERGE_FIELDS)[number];

export type MergeRecord = { id: string } & Record<MergeField, string | null>;

export interface FieldConflict {
  field: MergeField;
  values: { customerId: string; value: string | null }[];
  chosenCustomerId: string;
}

const present = (value: string | null | undefined): value is string => value !== null && value !== undefined && value !== '';

/**
 * For every field, the customer whose value the survivor keeps: the caller's choice, else the survivor's own value,
 * else the first merged customer that has one. A conflict is a field with two or more different non-empty values.
 */
export function planMerge(
  survivor: MergeRecord,
  merged: readonly MergeRecord[],
  choices: ReadonlyMap<string, string>,
): { conflicts: FieldConflict[]; winners: Record<MergeField, string> } {
  const all = [survivor, ...merged];
  const conflicts: FieldConflict[] = [];
  const winners = {} as Record<MergeField, string>;
  for (const field of MERGE_FIELDS) {
    const chosen = choices.get(field);
    const fallback = present(survivor[field]) ? survivor.id : (merged.find((m) => present(m[field]))?.id ?? survivor.id);
    winners[field] = chosen ?? fallback;
    const distinct = new Set(all.map((c) => c[field]).filter(present));
    if (distinct.size > 1)
      conflicts.push({ field, values: all.map((c) => ({ customerId: c.id, value: c[field] })), chosenCustomerId: winners[field] });
  }
  return { conflicts, winners };
}

/** Problems with the merge request itself, before any record is read. */
export function mergeRequestProblems(
  survivorId: string,
  mergedIds: readonly string[],
  choices: readonly { field: string; customerId: string }[],
): { code: string; field: string[]; zh: string; en: string }[] {
  const problems: { code: string; field: string[]; zh: string; en: string }[] = [];
  if (!mergedIds.length)
    problems.push({ code: 'REQUIRED', field: ['input', 'mergedIds'], zh: '请选择要合并的客户', en: 'Choose the customers to merge' });
  if (mergedIds.includes(survivorId))
    problems.push({
      code: 'SURVIVOR_IN_MERGED',
      field: ['input', 'mergedIds'],
      zh: '保留的客户不能同时被合并',
      en: 'The survivor cannot also be merged',
    });
  if (new Set(mergedIds).size !== mergedIds.length)
    problems.push({ code: 'DUPLICATE_ID', field: ['input', 'mergedIds'], zh: '客户重复', en: 'A customer is listed twice' });
  const ids = new Set([survivorId, ...mergedIds]);
  choices.forEach((choice, index) => {
    if (!(MERGE_FIELDS as readonly string[]).includes(choice.field)) {
      problems.push({
        code: 'NOT_MERGEABLE',
        field: ['input', 'fieldChoices', String(index), 'field'],
        zh: `字段 ${choice.field} 不能选择`,
        en: `${choice.field} is not a field to choose`,
      });
    }
    if (!ids.has(choice.customerId)) {
      problems.push({
        code: 'NOT_IN_MERGE',
        field: ['input', 'fieldChoices', String(index), 'customerId'],
        zh: '所选客户不在合并范围内',
        en: 'The chosen customer is not part of the merge',
      });
    }
  });
  return problems;
}
