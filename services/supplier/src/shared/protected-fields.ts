import type { ProtectedFields } from '@crm/platform';

/**
 * X-022 applied to the audit trail: the entity properties behind every field the SDL masks with @masked, with the
 * same permission and style, so a reader without supplier.bank:READ or supplier.contact:READ sees the trail masked
 * as they see the API. Keyed by table, then entity property (the names the trail records).
 */
export const SUPPLIER_PROTECTED_FIELDS: ProtectedFields = {
  supplier: {
    // 结算账户: SupplierBankAccount.accountNo.
    bankAccountNo: { permission: 'supplier.bank:READ', style: 'TAIL4' },
    // 联系人 and 联系电话.
    contactName: { permission: 'supplier.contact:READ', style: 'HIDE' },
    contactPhone: { permission: 'supplier.contact:READ', style: 'PHONE' },
  },
  blacklist_entry: {
    bankAccountNo: { permission: 'supplier.bank:READ', style: 'TAIL4' },
  },
};
