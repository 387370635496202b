/**
 * The demo organisation shared by every subgraph's demo data and by `npm run token`: departments, staff and the
 * ids of the demo customers, so data seeded independently in five databases refers to the same people and customers.
 * Not used outside the embedded demo.
 */
export interface DemoDepartment {
  id: string;
  name: string;
  parentId: string | null;
}

export interface DemoStaff {
  id: string;
  name: string;
  departmentId: string;
  roles: string[];
}

export const DEMO_DEPARTMENTS: readonly DemoDepartment[] = [
  { id: 'd-hq', name: '总经理办公室', parentId: null },
  { id: 'd-sales', name: '营销中心', parentId: 'd-hq' },
  { id: 'd-sales-east', name: '华东办事处', parentId: 'd-sales' },
  { id: 'd-sales-south', name: '华南办事处', parentId: 'd-sales' },
  { id: 'd-sales-north', name: '华北办事处', parentId: 'd-sales' },
  { id: 'd-cs', name: '客户服务部', parentId: 'd-hq' },
  { id: 'd-finance', name: '财务部', parentId: 'd-hq' },
  { id: 'd-quality', name: '质量管理部', parentId: 'd-hq' },
  { id: 'd-procurement', name: '采购部', parentId: 'd-hq' },
  // SUP-003 owning units (归口管理单位): each manages its own categories' suppliers.
  { id: 'd-energy', name: '机动能源处', parentId: 'd-procurement' },
  { id: 'd-projects', name: '工管处', parentId: 'd-procurement' },
  { id: 'd-labour', name: '劳人处', parentId: 'd-procurement' },
  { id: 'd-tech-centre', name: '技术中心', parentId: 'd-procurement' },
  { id: 'd-raw-materials', name: '原料部', parentId: 'd-procurement' },
  { id: 'd-equipment', name: '设备材料部', parentId: 'd-procurement' },
  { id: 'd-logistics', name: '物流中心', parentId: 'd-procurement' },
  { id: 'd-admin', name: '行政部', parentId: 'd-hq' },
  { id: 'd-risk', name: '风控部', parentId: 'd-hq' },
  { id: 'd-audit', name: '监察审计处', parentId: 'd-hq' },
];

export const DEMO_STAFF: readonly DemoStaff[] = [
  { id: 's-zhangwei', name: '张伟', departmentId: 'd-sales-east', roles: ['SALES_REP'] },
  { id: 's-lina', name: '李娜', departmentId: 'd-sales-east', roles: ['SALES_REP'] },
  { id: 's-wangfang', name: '王芳', departmentId: 'd-sales-south', roles: ['SALES_REP'] },
  { id: 's-liuyang', name: '刘洋', departmentId: 'd-sales-north', roles: ['KEY_ACCOUNT_MANAGER'] },
  { id: 's-chenjing', name: '陈静', departmentId: 'd-sales-east', roles: ['OFFICE_DIRECTOR'] },
  { id: 's-heyong', name: '何勇', departmentId: 'd-sales-south', roles: ['SECTION_CHIEF'] },
  { id: 's-luoping', name: '罗平', departmentId: 'd-sales', roles: ['SALES_DIRECTOR'] },
  { id: 's-yangmin', name: '杨敏', departmentId: 'd-sales', roles: ['SALES_DEPT_MANAGER'] },
  { id: 's-zhaolei', name: '赵磊', departmentId: 'd-hq', roles: ['VP', 'EXEC_COMMITTEE'] },
  { id: 's-huangqiang', name: '黄强', departmentId: 'd-hq', roles: ['GM', 'CREDIT_CONTROLLER'] },
  { id: 's-zhouxin', name: '周欣', departmentId: 'd-cs', roles: ['CS_AGENT'] },
  { id: 's-wuhui', name: '吴慧', departmentId: 'd-cs', roles: ['CS_MANAGER'] },
  { id: 's-xujun', name: '徐军', departmentId: 'd-finance', roles: ['FINANCE'] },
  { id: 's-sunli', name: '孙丽', departmentId: 'd-quality', roles: ['QUALITY'] },
  { id: 's-majie', name: '马杰', departmentId: 'd-procurement', roles: ['PROCUREMENT_UNIT'] },
  { id: 's-tangli', name: '唐丽', departmentId: 'd-equipment', roles: ['PROCUREMENT_UNIT'] },
  { id: 's-zhuhong', name: '朱红', departmentId: 'd-admin', roles: ['FRONT_DESK'] },
  { id: 's-hulin', name: '胡林', departmentId: 'd-risk', roles: ['RISK_CONTROL'] },
  { id: 's-guoping', name: '郭平', departmentId: 'd-audit', roles: ['AUDIT'] },
  { id: 's-admin', name: '系统管理员', departmentId: 'd-hq', roles: ['SYSTEM_ADMIN'] },
  { id: 's-bi', name: 'BI 报表', departmentId: 'd-hq', roles: ['BI_READER'] },
];

/** Sales staff who own demo customers, in the order customers are dealt to them. */
export const DEMO_SALES_OWNERS = DEMO_STAFF.filter((s) => s.roles.includes('SALES_REP') || s.roles.includes('KEY_ACCOUNT_MANAGER'));

export const DEMO_CUSTOMER_COUNT = 60;

/** Stable id of the n-th demo customer (1-based). */
export function demoCustomerId(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

/** Staff member holding a role (case-insensitive, `sales_manager` style accepted), for dev tokens. */
export function demoStaffWithRole(role: string): DemoStaff | undefined {
  const wanted = role.toUpperCase().replace(/-/g, '_');
  const alias: Record<string, string> = { SALES_MANAGER: 'SALES_DEPT_MANAGER', ADMIN: 'SYSTEM_ADMIN', AUDITOR: 'AUDIT' };
  const code = alias[wanted] ?? wanted;
  return DEMO_STAFF.find((s) => s.roles.includes(code));
}
