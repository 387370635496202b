import { Access } from '@crm/platform';
import type { Caller } from '@crm/platform';
import type { Ctx, CustomerRuntime } from './runtime';

/** The caller of work no user asked for directly (applying another subgraph's events): the SYSTEM role. */
export const SYSTEM_CALLER: Caller = { id: 'SYSTEM', name: '系统任务', roles: ['SYSTEM'], departmentId: null };

/** A use-case context for the system: the SYSTEM role's grants from the configured policy, Chinese messages. */
export function systemContext(rt: Pick<CustomerRuntime, 'config' | 'clock'>): Ctx {
  return { caller: SYSTEM_CALLER, access: new Access(SYSTEM_CALLER, rt.config.accessPolicy), lang: 'zh-CN', clock: rt.clock };
}
