import fs from 'node:fs';
import { z } from 'zod';
import { ConfigError } from '../config/config-error';
import { DEMO_STAFF } from '../demo/directory';

export interface StaffMember {
  id: string;
  name: string;
  departmentId: string;
}

const staffSchema = z.array(z.object({ id: z.string().min(1), name: z.string(), departmentId: z.string().min(1) }));

/**
 * Who works in which department, for rules about someone other than the caller (whose department the gateway signs):
 * a subgraph never takes a staff member's department from the client. STAFF_DIRECTORY_FILE names a JSON array of
 * { id, name, departmentId }; the demo staff are the default.
 */
export class StaffDirectory {
  private readonly byId: ReadonlyMap<string, StaffMember>;

  constructor(staff: readonly StaffMember[]) {
    this.byId = new Map(staff.map((s) => [s.id, s]));
  }

  static load(service: string, file: string | undefined): StaffDirectory {
    if (!file) return new StaffDirectory(DEMO_STAFF);
    try {
      return new StaffDirectory(staffSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8'))));
    } catch (error: unknown) {
      throw new ConfigError(service, 'STAFF_DIRECTORY_FILE', `${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** The staff member, or undefined when the directory does not know them. */
  find(staffId: string): StaffMember | undefined {
    return this.byId.get(staffId);
  }
}
