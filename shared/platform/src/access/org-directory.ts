import fs from 'node:fs';
import { z } from 'zod';
import { DEMO_DEPARTMENTS } from '../demo/directory';

export interface Department {
  id: string;
  name: string;
  parentId: string | null;
}

const directorySchema = z.array(z.object({ id: z.string().min(1), name: z.string(), parentId: z.string().nullable() }));

/**
 * The department tree the data scopes need (DEPARTMENT_TREE = a department and its descendants). The gateway resolves
 * a caller's subtree once per request and signs it with the caller. ORG_DIRECTORY_FILE names a JSON array of
 * { id, name, parentId }; the demo organisation is the default.
 */
export class OrgDirectory {
  private readonly children = new Map<string, string[]>();

  constructor(departments: readonly Department[]) {
    for (const d of departments) {
      if (d.parentId === null) continue;
      const siblings = this.children.get(d.parentId);
      if (siblings) siblings.push(d.id);
      else this.children.set(d.parentId, [d.id]);
    }
  }

  static load(file: string | undefined): OrgDirectory {
    if (!file) return new OrgDirectory(DEMO_DEPARTMENTS);
    return new OrgDirectory(directorySchema.parse(JSON.parse(fs.readFileSync(file, 'utf8'))));
  }

  /** The department and all its descendants (cycles in bad data are cut). */
  subtreeOf(departmentId: string | null): string[] {
    if (!departmentId) return [];
    const seen = new Set<string>();
    const stack = [departmentId];
    while (stack.length) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      stack.push(...(this.children.get(id) ?? []));
    }
    return [...seen];
  }
}
