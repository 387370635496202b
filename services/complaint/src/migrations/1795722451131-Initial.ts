import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated from the entities by `npm run migration:generate -- Initial`; review before committing. */
export class Initial1795722451131 implements MigrationInterface {
  // The platform's tables (number_sequence, audit_entry, approval_request) it once created come from the platform's
  // PlatformTables migration now, with the same DDL.
  name = 'Initial1795722451131';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`complaint\` (\`id\` varchar(36) NOT NULL, \`number\` varchar(20) NOT NULL, \`case_type\` varchar(16) NOT NULL, \`channel\` varchar(16) NOT NULL, \`state\` varchar(16) NOT NULL, \`cycle\` int NOT NULL DEFAULT '1', \`customer_id\` varchar(36) NOT NULL, \`customer_grade_at_intake\` varchar(1) NULL, \`customer_size_at_intake\` varchar(16) NULL, \`complainant_type\` varchar(16) NOT NULL, \`complainants\` text NOT NULL, \`target_type\` varchar(16) NOT NULL, \`target_ref\` varchar(100) NOT NULL, \`narrative\` text NOT NULL, \`incident_at\` datetime(6) NULL, \`received_at\` datetime(6) NOT NULL, \`registered_at\` datetime(6) NOT NULL, \`registered_by\` varchar(64) NOT NULL, \`idempotency_key\` varchar(64) NULL, \`desired_resolution\` varchar(1000) NULL, \`order_no\` varchar(64) NULL, \`part_no\` varchar(64) NULL, \`quantity\` int NULL, \`defective_qty\` int NULL, \`delivery_date\` date NULL, \`customer_request\` varchar(1000) NULL, \`nature\` varchar(16) NULL, \`content_type\` varchar(16) NULL, \`severity\` varchar(16) NOT NULL, \`validity\` varchar(16) NOT NULL DEFAULT 'PENDING', \`important\` tinyint NOT NULL DEFAULT 0, \`responsible_dept_id\` varchar(64) NULL, \`handler_id\` varchar(64) NULL, \`closed_at\` datetime(6) NULL, \`version\` int NOT NULL DEFAULT '1', \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`created_by\` varchar(64) NOT NULL, \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`updated_by\` varchar(64) NOT NULL, UNIQUE INDEX \`ux_complaint_number\` (\`number\`), UNIQUE INDEX \`ux_complaint_idempotency\` (\`registered_by\`, \`idempotency_key\`), INDEX \`ix_complaint_severity\` (\`severity\`), INDEX \`ix_complaint_case_type\` (\`case_type\`), INDEX \`ix_complaint_state\` (\`state\`), INDEX \`ix_complaint_customer_state\` (\`customer_id\`, \`state\`), INDEX \`ix_complaint_customer_received\` (\`customer_id\`, \`received_at\`, \`id\`), INDEX \`ix_complaint_registered\` (\`registered_at\`, \`id\`), INDEX \`ix_complaint_received\` (\`received_at\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`ix_complaint_received\` ON \`complaint\``);
    await queryRunner.query(`DROP INDEX \`ix_complaint_registered\` ON \`complaint\``);
    await queryRunner.query(`DROP INDEX \`ix_complaint_customer_received\` ON \`complaint\``);
    await queryRunner.query(`DROP INDEX \`ix_complaint_customer_state\` ON \`complaint\``);
    await queryRunner.query(`DROP INDEX \`ix_complaint_state\` ON \`complaint\``);
    await queryRunner.query(`DROP INDEX \`ix_complaint_case_type\` ON \`complaint\``);
    await queryRunner.query(`DROP INDEX \`ix_complaint_severity\` ON \`complaint\``);
    await queryRunner.query(`DROP INDEX \`ux_complaint_idempotency\` ON \`complaint\``);
    await queryRunner.query(`DROP INDEX \`ux_complaint_number\` ON \`complaint\``);
    await queryRunner.query(`DROP TABLE \`complaint\``);
  }
}
