import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated from the entities by `npm run migration:generate -- Governance`; review before committing. */
export class Governance1795725013754 implements MigrationInterface {
  // The platform's tables (number_sequence, audit_entry, approval_request) it once created come from the platform's
  // PlatformTables migration now, with the same DDL.
  name = 'Governance1795725013754';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`reception\` ADD \`approval_id\` varchar(36) NULL`);
    await queryRunner.query(`ALTER TABLE \`reception\` ADD \`over_standard_approval_id\` varchar(36) NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`reception\` DROP COLUMN \`over_standard_approval_id\``);
    await queryRunner.query(`ALTER TABLE \`reception\` DROP COLUMN \`approval_id\``);
  }
}
