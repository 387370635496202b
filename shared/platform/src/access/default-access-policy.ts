import { AccessPolicy } from './access-policy';

/**
 * The role → scope and permission table (X-020…X-026), the default configuration. Deployments replace it with a
 * JSON file of the same shape (ACCESS_POLICY_FILE). The README shows it as a table.
 *
 * Field groups: `customer.contact` phone/fax numbers (X-022), `customer.protected` legal representative, business
 * scope, registered capital, USCC (X-031), `customer.strategic` strategic influence (CUS-016), `credit.rating`
 * internal grade, notch, AML level, limit, exposure (X-024), `complaint.content` narrative and complainants'
 * phones (CMP-041), `supplier.bank` bank account (X-031), `supplier.contact` supplier contact (X-025).
 *
 * Approval requests need no grant to list or withdraw one's own (`signedIn`); approving needs `approval:APPROVE`.
 * `headsDepartment` marks the roles of department heads (负责人), who decide the DEPARTMENT_HEAD steps (X-054).
 */
export const DEFAULT_ACCESS_POLICY: AccessPolicy = {
  SALES_REP: {
    title: '业务员',
    scope: 'OWN',
    grants: ['customer:READ', 'customer:CREATE', 'customer:UPDATE', 'customer:AGGREGATE', 'customer.contact:READ', 'customer.protected:READ', 'credit:READ', 'complaint:READ', 'complaint:CREATE', 'reception:READ', 'reception:CREATE', 'reception:UPDATE'],
  },
  KEY_ACCOUNT_MANAGER: {
    title: '客户经理',
    scope: 'OWN',
    grants: ['customer:READ', 'customer:CREATE', 'customer:UPDATE', 'customer:AGGREGATE', 'customer.contact:READ', 'customer.protected:READ', 'credit:READ', 'complaint:READ', 'complaint:CREATE', 'reception:READ', 'reception:CREATE', 'reception:UPDATE'],
  },
  SECTION_CHIEF: {
    headsDepartment: true,
    title: '销售科长',
    scope: 'DEPARTMENT',
    grants: ['customer:READ', 'customer:CREATE', 'customer:UPDATE', 'customer:AGGREGATE', 'customer.contact:READ', 'customer.protected:READ', 'credit:READ', 'complaint:READ', 'complaint:CREATE', 'reception:*', 'approval:*'],
  },
  OFFICE_DIRECTOR: {
    headsDepartment: true,
    title: '办事处主任',
    scope: 'DEPARTMENT',
    grants: ['customer:READ', 'customer:CREATE', 'customer:UPDATE', 'customer:AGGREGATE', 'customer.contact:READ', 'customer.protected:READ', 'credit:READ', 'complaint:READ', 'complaint:CREATE', 'reception:*', 'approval:*'],
  },
  SALES_DEPT_MANAGER: {
    headsDepartment: true,
    title: '业务部经理',
    scope: 'DEPARTMENT_TREE',
    grants: ['customer:*', 'customer.contact:READ', 'customer.protected:READ', 'customer.strategic:*', 'credit:READ', 'credit.rating:READ', 'complaint:READ', 'complaint:CREATE', 'reception:*', 'approval:*'],
  },
  CUSTOMER_DEPT_MANAGER: {
    headsDepartment: true,
    title: '客户部经理',
    scope: 'DEPARTMENT_TREE',
    grants: ['customer:*', 'customer.contact:READ', 'customer.protected:READ', 'customer.strategic:*', 'credit:READ', 'complaint:READ', 'reception:*', 'approval:*'],
  },
  SALES_DIRECTOR: {
    headsDepartment: true,
    title: '销售部长',
    scope: 'DEPARTMENT_TREE',
    grants: ['customer:*', 'customer.contact:READ', 'customer.protected:READ', 'customer.strategic:*', 'credit:READ', 'complaint:READ', 'reception:*', 'approval:*'],
  },
  VP: { title: '主管副总经理', scope: 'ALL', grants: ['customer:*', 'customer.contact:READ', 'customer.protected:READ', 'customer.strategic:*', 'credit:*', 'credit.rating:READ', 'complaint:*', 'complaint.content:READ', 'supplier:*', 'supplier.bank:READ', 'supplier.contact:READ', 'reception:*', 'approval:*'] },
  GM: { title: '总经理', scope: 'ALL', headsDepartment: true, grants: ['*:*'] },
  CHAIRMAN: { title: '董事长', scope: 'ALL', grants: ['*:*'] },
  // An approval group: decides GIFT_IMPORTANT (REC-009) and reads the receptions it decides on.
  EXEC_COMMITTEE: { title: '执行委员会', scope: 'ALL', grants: ['reception:READ', 'approval:*'] },
  CS_AGENT: { title: '客服人员', scope: 'DEPARTMENT', grants: ['customer:READ', 'customer.contact:READ', 'complaint:READ', 'complaint:CREATE', 'complaint:UPDATE', 'complaint.content:READ'] },
  CS_ASSISTANT: { title: '客户服务助理', scope: 'DEPARTMENT', grants: ['customer:READ', 'customer.contact:READ', 'complaint:READ', 'complaint:CREATE', 'complaint.content:READ'] },
  CS_SUPERVISOR: { title: '客服主管', scope: 'DEPARTMENT', grants: ['customer:READ', 'customer.contact:READ', 'complaint:*', 'complaint.content:READ', 'approval:*'] },
  CS_MANAGER: { title: '客户服务部经理', scope: 'ALL', headsDepartment: true, grants: ['customer:READ', 'customer:AGGREGATE', 'customer.contact:READ', 'customer.protected:READ', 'complaint:*', 'complaint.content:READ', 'approval:*'] },
  INFO_SPECIALIST: { title: '客户信息专员', scope: 'ALL', grants: ['customer:*', 'customer.contact:READ', 'customer.protected:READ', 'supplier:READ', 'approval:*'] },
  INFO_SUPERVISOR: { title: '客户信息主管', scope: 'ALL', grants: ['customer:*', 'customer.contact:READ', 'customer.protected:READ', 'supplier:READ', 'approval:*'] },
  FINANCE: { title: '财务部', scope: 'ALL', grants: ['customer:READ', 'customer.protected:READ', 'credit:*', 'credit.rating:READ', 'supplier:READ', 'supplier.bank:READ', 'reception:READ', 'approval:*'] },
  CREDIT_CONTROLLER: { title: '信用控制人', scope: 'ALL', grants: ['customer:READ', 'customer.protected:READ', 'credit:*', 'credit.rating:READ', 'approval:*'] },
  RISK_CONTROL: { title: '风控部', scope: 'ALL', grants: ['customer:READ', 'customer.protected:READ', 'credit:READ', 'credit.rating:READ', 'supplier:READ', 'supplier.bank:READ', 'approval:*'] },
  // X-024 names the readers of internal ratings and limits; LEGAL is not one of them.
  LEGAL: { title: '法务', scope: 'ALL', grants: ['customer:READ', 'customer.protected:READ', 'credit:READ', 'supplier:READ', 'approval:*'] },
  QUALITY: { title: '质量管理部', scope: 'OWN', grants: ['customer:READ', 'complaint:READ', 'complaint:UPDATE', 'complaint.content:READ'] },
  PLANNING_DEPT: { title: '企划部', scope: 'ALL', grants: ['credit:READ'] },
  PROCUREMENT_UNIT: { title: '归口管理单位', scope: 'DEPARTMENT_TREE', grants: ['supplier:*', 'supplier.bank:READ', 'supplier.contact:READ', 'approval:*'] },
  ENTERPRISE_MGMT: { title: '企管处', scope: 'ALL', grants: ['customer:READ', 'supplier:READ', 'supplier.contact:READ', 'complaint:READ', 'reception:READ'] },
  AUDIT: {
    title: '监察审计处',
    scope: 'ALL',
    grants: ['*:READ', '*:AGGREGATE', 'audit:READ', 'audit:EXPORT'],
  },
  HR: { title: '人力资源部', scope: 'ALL', grants: ['supplier:READ'] },
  FRONT_DESK: { title: '前台', scope: 'ALL', grants: ['reception:READ', 'reception:UPDATE'] },
  DC_SUPERVISOR: { title: '数据中心主管', scope: 'ALL', grants: ['reception:*', 'approval:*'] },
  DC_SERVICE: { title: '数据中心客服', scope: 'ALL', grants: ['reception:READ', 'reception:CREATE', 'reception:UPDATE'] },
  BI_READER: { title: 'BI 报表', scope: 'ALL', grants: ['*:AGGREGATE'] },
  SYSTEM_ADMIN: { title: '系统管理员', scope: 'ALL', grants: ['audit:READ', 'config:*'] },
  SYSTEM: { title: '系统任务', scope: 'ALL', grants: ['*:*'] },
};
