import fs from 'node:fs';
import { z } from 'zod';
import { ConfigError } from '../config/config-error';
import { DEMO_STAFF } from '../demo/directory';

export interface StaffMember {
  id: string;
  name: string;
  departmentId: string;
}

const staffSchema = z.array(z.object({ id: z.string().min(1), name: z.string(), departmentId: z.string().min(1) }).passthrough());

/**
 * Who works in which department, for rules that place a record by a staff member other than the caller (a customer
 * opened for a rep belongs to the rep's department, CUS-001, X-021). The caller's own department is the one the
 * gateway signed. STAFF_DIRECTORY_FILE names a JSON array of { id, name, departmentId }; the demo staff is the default.
 */
export class StaffDirectory {
  private readonly byId: ReadonlyMap<string, StaffMember>;

  constructor(staff: readonly StaffMember[]) {
    this.byId = new Map(staff.map((s) => [s.id, { id: s.id, name: s.name, departmentId: s.departmentId }]));
  }

  /** The directory of STAFF_DIRECTORY_FILE; without one the demo staff, which production refuses. */
  static load(service: string, file: string | undefined, production = false): StaffDirectory {
    if (!file && production)
      throw new ConfigError(service, 'STAFF_DIRECTORY_FILE', 'is required in production (the demo staff are for development)');
    if (!file) return new StaffDirectory(DEMO_STAFF);
    try {
      return new StaffDirectory(staffSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8'))));
    } catch (error: unknown) {
      throw new ConfigError(service, 'STAFF_DIRECTORY_FILE', `${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  member(staffId: string): StaffMember | null {
    return this.byId.get(staffId) ?? null;
  }

  /** The staff member's department, or null for someone the directory does not know. */
  departmentOf(staffId: string): string | null {
    return this.byId.get(staffId)?.departmentId ?? null;
  }
}
