import { MigrationInterface } from 'typeorm';

/**
 * The platform's governance tables (audit_entry, approval_request; ). Generated with the platform's
 * migration generator from the entities plus those two (`npm run migration:generate` does not yet see the tables the
 * platform adds to a governed subgraph); review before committing.
 */
export class Governance1795724699125 implements MigrationInterface {
  // The platform's tables (number_sequence, audit_entry, approval_request) it once created come from the platform's
  // PlatformTables migration now, with the same DDL.
  name = 'Governance1795724699125';

  async up(): Promise<void> {
    // Only platform tables were created here; see above.
  }

  async down(): Promise<void> {
    // Only platform tables were created here; see above.
  }
}
