import { MigrationInterface } from 'typeorm';

/** Generated from the entities by `npm run migration:generate -- Governance`; review before committing. */
export class Governance1795724965932 implements MigrationInterface {
  // The platform's tables (number_sequence, audit_entry, approval_request) it once created come from the platform's
  // PlatformTables migration now, with the same DDL.
  name = 'Governance1795724965932';

  async up(): Promise<void> {
    // Only platform tables were created here; see above.
  }

  async down(): Promise<void> {
    // Only platform tables were created here; see above.
  }
}
