import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated from the entities by `npm run migration:generate -- Governance`; review before committing. */
export class Governance1795725088401 implements MigrationInterface {
  // The platform's tables (number_sequence, audit_entry, approval_request) it once created come from the platform's
  // PlatformTables migration now, with the same DDL.
  name = 'Governance1795725088401';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`ix_credit_limit_scope\` ON \`credit_limit\``);
    await queryRunner.query(`ALTER TABLE \`credit_limit\` ADD \`state\` varchar(20) NOT NULL DEFAULT 'EFFECTIVE'`);
    await queryRunner.query(`ALTER TABLE \`credit_limit\` ADD \`approval_id\` varchar(36) NULL`);
    await queryRunner.query(`ALTER TABLE \`credit_limit\` ADD \`version\` int NOT NULL DEFAULT '1'`);
    await queryRunner.query(
      `CREATE INDEX \`ix_credit_limit_scope\` ON \`credit_limit\` (\`scope\`, \`scope_id\`, \`kind\`, \`state\`, \`valid_from\`)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`ix_credit_limit_scope\` ON \`credit_limit\``);
    await queryRunner.query(`ALTER TABLE \`credit_limit\` DROP COLUMN \`version\``);
    await queryRunner.query(`ALTER TABLE \`credit_limit\` DROP COLUMN \`approval_id\``);
    await queryRunner.query(`ALTER TABLE \`credit_limit\` DROP COLUMN \`state\``);
    await queryRunner.query(
      `CREATE INDEX \`ix_credit_limit_scope\` ON \`credit_limit\` (\`scope\`, \`scope_id\`, \`kind\`, \`valid_from\`)`,
    );
  }
}
