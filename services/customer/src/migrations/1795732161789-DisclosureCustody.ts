import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated from the entities by `npm run migration:generate -- DisclosureCustody`; review before committing. */
export class DisclosureCustody1795732161789 implements MigrationInterface {
  name = 'DisclosureCustody1795732161789';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`custody_audit\` (\`id\` varchar(36) NOT NULL, \`audited_at\` datetime(6) NOT NULL, \`audited_on\` date NOT NULL, \`audited_by\` varchar(64) NOT NULL, \`files_without_custodian\` int NOT NULL, \`overdue_loans\` int NOT NULL, \`classified_files_accessed\` int NOT NULL, \`findings_count\` int NOT NULL, \`note\` varchar(1000) NULL, \`next_due_on\` date NOT NULL, INDEX \`ix_custody_audit_at\` (\`audited_at\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`disclosure_consent\` (\`id\` varchar(36) NOT NULL, \`customer_id\` varchar(36) NOT NULL, \`purposes\` text NOT NULL, \`data_categories\` text NOT NULL, \`scope\` varchar(1000) NOT NULL, \`evidence_ref\` varchar(200) NULL, \`given_on\` date NOT NULL, \`expires_on\` date NULL, \`recorded_by\` varchar(64) NOT NULL, \`recorded_at\` datetime(6) NOT NULL, \`revoked_at\` datetime(6) NULL, \`revoked_by\` varchar(64) NULL, \`revocation_reason\` varchar(1000) NULL, INDEX \`ix_disclosure_consent_customer\` (\`customer_id\`, \`revoked_at\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`disclosure_request\` (\`id\` varchar(36) NOT NULL, \`customer_id\` varchar(36) NOT NULL, \`consent_id\` varchar(36) NOT NULL, \`recipient_organisation\` varchar(200) NOT NULL, \`recipient_person\` varchar(100) NULL, \`purpose\` varchar(32) NOT NULL, \`purpose_detail\` varchar(1000) NOT NULL, \`data_categories\` text NOT NULL, \`requester_id\` varchar(64) NOT NULL, \`requester_department_id\` varchar(64) NULL, \`state\` varchar(16) NOT NULL, \`approval_id\` varchar(36) NULL, \`decided_by\` varchar(64) NULL, \`decided_at\` datetime(6) NULL, \`disclosed_at\` datetime(6) NULL, \`idempotency_key\` varchar(64) NULL, \`created_at\` datetime(6) NOT NULL, UNIQUE INDEX \`ux_disclosure_request_idempotency\` (\`requester_id\`, \`idempotency_key\`), INDEX \`ix_disclosure_request_customer\` (\`customer_id\`, \`state\`), INDEX \`ix_disclosure_request_list\` (\`created_at\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`leak_report\` (\`id\` varchar(36) NOT NULL, \`description\` varchar(2000) NOT NULL, \`customer_ids\` text NOT NULL, \`remedial_action\` varchar(1000) NULL, \`reporter_id\` varchar(64) NOT NULL, \`reporter_department_id\` varchar(64) NULL, \`reported_at\` datetime(6) NOT NULL, \`notified\` text NOT NULL, \`idempotency_key\` varchar(64) NULL, UNIQUE INDEX \`ux_leak_report_idempotency\` (\`reporter_id\`, \`idempotency_key\`), INDEX \`ix_leak_report_list\` (\`reported_at\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(`ALTER TABLE \`communication_record\` ADD \`idempotency_key\` varchar(64) NULL`);
    await queryRunner.query(`ALTER TABLE \`customer_contact\` ADD \`idempotency_key\` varchar(64) NULL`);
    await queryRunner.query(`ALTER TABLE \`customer\` ADD \`idempotency_key\` varchar(64) NULL`);
    await queryRunner.query(`ALTER TABLE \`customer_event\` ADD \`idempotency_key\` varchar(64) NULL`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX \`ux_communication_idempotency\` ON \`communication_record\` (\`recorded_by\`, \`idempotency_key\`)`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX \`ux_contact_idempotency\` ON \`customer_contact\` (\`created_by\`, \`idempotency_key\`)`);
    await queryRunner.query(`CREATE UNIQUE INDEX \`ux_customer_idempotency\` ON \`customer\` (\`created_by\`, \`idempotency_key\`)`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX \`ux_customer_event_idempotency\` ON \`customer_event\` (\`recorded_by\`, \`idempotency_key\`)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`ux_customer_event_idempotency\` ON \`customer_event\``);
    await queryRunner.query(`DROP INDEX \`ux_customer_idempotency\` ON \`customer\``);
    await queryRunner.query(`DROP INDEX \`ux_contact_idempotency\` ON \`customer_contact\``);
    await queryRunner.query(`DROP INDEX \`ux_communication_idempotency\` ON \`communication_record\``);
    await queryRunner.query(`ALTER TABLE \`customer_event\` DROP COLUMN \`idempotency_key\``);
    await queryRunner.query(`ALTER TABLE \`customer\` DROP COLUMN \`idempotency_key\``);
    await queryRunner.query(`ALTER TABLE \`customer_contact\` DROP COLUMN \`idempotency_key\``);
    await queryRunner.query(`ALTER TABLE \`communication_record\` DROP COLUMN \`idempotency_key\``);
    await queryRunner.query(`DROP INDEX \`ix_leak_report_list\` ON \`leak_report\``);
    await queryRunner.query(`DROP INDEX \`ux_leak_report_idempotency\` ON \`leak_report\``);
    await queryRunner.query(`DROP TABLE \`leak_report\``);
    await queryRunner.query(`DROP INDEX \`ix_disclosure_request_list\` ON \`disclosure_request\``);
    await queryRunner.query(`DROP INDEX \`ix_disclosure_request_customer\` ON \`disclosure_request\``);
    await queryRunner.query(`DROP INDEX \`ux_disclosure_request_idempotency\` ON \`disclosure_request\``);
    await queryRunner.query(`DROP TABLE \`disclosure_request\``);
    await queryRunner.query(`DROP INDEX \`ix_disclosure_consent_customer\` ON \`disclosure_consent\``);
    await queryRunner.query(`DROP TABLE \`disclosure_consent\``);
    await queryRunner.query(`DROP INDEX \`ix_custody_audit_at\` ON \`custody_audit\``);
    await queryRunner.query(`DROP TABLE \`custody_audit\``);
  }
}
