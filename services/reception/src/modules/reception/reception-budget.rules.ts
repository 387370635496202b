import { addMoney } from '@crm/platform';

/** 接待预算 as the API shows it: the four separately budgeted categories (REC-005) and their sum. */
export interface ReceptionBudgetModel {
  hospitality: string;
  lodging: string;
  transport: string;
  gifts: string;
  total: string;
}

export interface BudgetColumns {
  budgetHospitality: string;
  budgetLodging: string;
  budgetTransport: string;
  budgetGifts: string;
}

export function budgetOf(row: BudgetColumns): ReceptionBudgetModel {
  return {
    hospitality: row.budgetHospitality,
    lodging: row.budgetLodging,
    transport: row.budgetTransport,
    gifts: row.budgetGifts,
    total: addMoney(row.budgetHospitality, row.budgetLodging, row.budgetTransport, row.budgetGifts),
  };
}
