import type { ApprovalTemplate } from '@crm/platform';
import { DEPARTMENT_HEAD } from '@crm/platform';
import type { ApprovalEffect } from '../../shared/customer-approvals';
import { exportDecided, fileAccessDecided, fileLoanDecided } from './confidentiality.service';

/** File access, loans and exports: a decided request grants, lends or clears the export. */
export const CONFIDENTIALITY_APPROVAL_EFFECTS: Readonly<Record<string, ApprovalEffect>> = {
  FILE_ACCESS: fileAccessDecided,
  FILE_LOAN: fileLoanDecided,
  EXPORT: exportDecided,
};

/** Confidentiality: reading a file, lending it, exporting customer data. */
export const CONFIDENTIALITY_APPROVAL_TEMPLATES: readonly ApprovalTemplate[] = [
  {
    code: 'FILE_ACCESS',
    title: '档案查阅',
    chains: [
      { when: { levels: ['CONFIDENTIAL', 'TOP_SECRET'] }, steps: [DEPARTMENT_HEAD, 'INFO_SPECIALIST', 'CS_MANAGER'] },
      { steps: [DEPARTMENT_HEAD, 'INFO_SPECIALIST'] },
    ],
  },
  { code: 'FILE_LOAN', title: '档案借阅', chains: [{ steps: [DEPARTMENT_HEAD, 'INFO_SPECIALIST'] }] },
  // one approver, any of the level's roles ("SECRET → INFO_SUPERVISOR or GM; CONFIDENTIAL/TOP_SECRET → GM or VP").
  {
    code: 'EXPORT',
    title: '客户资料导出',
    chains: [{ when: { levels: ['CONFIDENTIAL', 'TOP_SECRET'] }, steps: ['GM|VP'] }, { steps: ['INFO_SUPERVISOR|GM'] }],
  },
];
