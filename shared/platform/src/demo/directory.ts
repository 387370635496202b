import { z } from 'zod';
import { readDeployConfig } from '../config/deploy-config';

/**
 * The demo organisation shared by every subgraph's demo data and by `npm run token`: departments, staff and the
 * ids of the demo customers, so data seeded independently in five databases refers to the same people and customers.
 * Not used outside the embedded demo and development: in production the organisation and staff directories are
 * required configuration (ORG_DIRECTORY_FILE, STAFF_DIRECTORY_FILE).
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

const organisationSchema = z.object({
  departments: z.array(z.object({ id: z.string().min(1), name: z.string(), parentId: z.string().nullable() })),
  staff: z.array(z.object({ id: z.string().min(1), name: z.string(), departmentId: z.string().min(1), roles: z.array(z.string()) })),
  /** The staff who own demo customers, in the order customers are dealt to them. */
  salesOwners: z.array(z.string()),
  /** Short role names `npm run token -- --role` accepts besides the policy's own. */
  roleAliases: z.record(z.string(), z.string()),
});

/** The demo organisation as data (deploy/config/demo-organisation.json). */
const DEMO_ORGANISATION = organisationSchema.parse(readDeployConfig('demo-organisation.json'));

export const DEMO_DEPARTMENTS: readonly DemoDepartment[] = DEMO_ORGANISATION.departments;

export const DEMO_STAFF: readonly DemoStaff[] = DEMO_ORGANISATION.staff;

/** Sales staff who own demo customers, in the order customers are dealt to them. */
export const DEMO_SALES_OWNERS: readonly DemoStaff[] = DEMO_ORGANISATION.salesOwners.map((id) => {
  const owner = DEMO_STAFF.find((s) => s.id === id);
  if (!owner) throw new Error(`demo organisation: sales owner ${id} is not on the staff`);
  return owner;
});

export const DEMO_CUSTOMER_COUNT = 60;

/** Stable id of the n-th demo customer (1-based). */
export function demoCustomerId(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

/** Staff member holding a role (case-insensitive, `sales_manager` style accepted), for dev tokens. */
export function demoStaffWithRole(role: string): DemoStaff | undefined {
  const wanted = role.toUpperCase().replace(/-/g, '_');
  const code = DEMO_ORGANISATION.roleAliases[wanted] ?? wanted;
  return DEMO_STAFF.find((s) => s.roles.includes(code));
}
