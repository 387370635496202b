import type { MaskStyle, ProtectedFields } from '@crm/platform';

/** CMP-041: who holds this permission (the handling roles) reads complaint content and complainant phones in full. */
export const COMPLAINT_CONTENT_PERMISSION = 'complaint.content:READ';

/** The audited table of complaints (ComplaintEntity's table name, as the trail names it). */
export const COMPLAINT_TABLE = 'complaint';

/** Where the value of one field the SDL masks (@masked) is kept, and how the audit trail hides it. */
export interface ConfidentialColumn {
  /** Property of ComplaintEntity whose old → new values the trail records. */
  column: string;
  permission: string;
  style: MaskStyle;
}

/**
 * Every field the SDL masks with @masked, by schema coordinate, mapped to its audited column: the trail must hide
 * what the API hides (X-022 applies to the trail too). The phone of a complainant lives inside the complainants JSON
 * column together with names and units, so the trail hides that whole column rather than trying to mask inside it.
 */
export const MASKED_FIELD_COLUMNS: Readonly<Record<string, ConfidentialColumn>> = {
  'Complaint.narrative': { column: 'narrative', permission: COMPLAINT_CONTENT_PERMISSION, style: 'HIDE' },
  'Complaint.desiredResolution': { column: 'desiredResolution', permission: COMPLAINT_CONTENT_PERMISSION, style: 'HIDE' },
  'Complainant.phone': { column: 'complainants', permission: COMPLAINT_CONTENT_PERMISSION, style: 'HIDE' },
  'QualityDetails.customerRequest': { column: 'customerRequest', permission: COMPLAINT_CONTENT_PERMISSION, style: 'HIDE' },
};

/** The platform's view of the same table: table → column → permission and mask, for the trail and its export. */
export const COMPLAINT_PROTECTED_FIELDS: ProtectedFields = {
  [COMPLAINT_TABLE]: Object.fromEntries(
    Object.values(MASKED_FIELD_COLUMNS).map(({ column, permission, style }) => [column, { permission, style }]),
  ),
};
