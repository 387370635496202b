import { Caller, DEV_JWT_SECRET, demoStaffWithRole, issueClientToken } from '@crm/platform';

/** Who the benchmark calls as: the general manager (GM), whose data scope is the whole company. */
export interface BenchCaller {
  caller: Caller;
  /** Client bearer token (HS256, the development JWT_SECRET), valid for 12 h. */
  token: string;
}

export async function benchCaller(role = 'GM'): Promise<BenchCaller> {
  const staff = demoStaffWithRole(role);
  if (!staff) throw new Error(`no demo staff member holds ${role}`);
  const caller: Caller = { id: staff.id, name: staff.name, roles: [...staff.roles], departmentId: staff.departmentId };
  return { caller, token: await issueClientToken(DEV_JWT_SECRET, caller) };
}
