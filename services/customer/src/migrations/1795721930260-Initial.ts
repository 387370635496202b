import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated from the entities by `npm run migration:generate -- Initial`; review before committing. */
export class Initial1795721930260 implements MigrationInterface {
  // The platform's tables (number_sequence, audit_entry, approval_request) it once created come from the platform's
  // PlatformTables migration now, with the same DDL.
  name = 'Initial1795721930260';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`customer\` (\`id\` varchar(36) NOT NULL, \`code\` varchar(20) NOT NULL, \`name\` varchar(200) NOT NULL, \`uscc_code\` varchar(18) NULL, \`entity_kind\` varchar(16) NOT NULL, \`type\` varchar(16) NOT NULL, \`special_kind\` varchar(24) NULL, \`industry\` varchar(24) NULL, \`region\` varchar(64) NULL, \`legal_representative\` varchar(64) NULL, \`address\` varchar(300) NULL, \`postcode\` varchar(6) NULL, \`phone\` varchar(32) NULL, \`fax\` varchar(32) NULL, \`website\` varchar(200) NULL, \`business_scope\` varchar(1000) NULL, \`registered_capital\` decimal(18,2) NULL, \`founded_on\` date NULL, \`size\` varchar(16) NOT NULL DEFAULT 'ORDINARY', \`grade\` varchar(1) NULL, \`grade_provisional\` tinyint NOT NULL DEFAULT 0, \`lifecycle_stage\` varchar(16) NOT NULL, \`status\` varchar(16) NOT NULL, \`filing_status\` varchar(16) NOT NULL, \`confidentiality\` varchar(16) NOT NULL DEFAULT 'NONE', \`owner_id\` varchar(64) NOT NULL, \`owner_department_id\` varchar(64) NULL, \`version\` int NOT NULL DEFAULT '1', \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`created_by\` varchar(64) NOT NULL, \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`updated_by\` varchar(64) NOT NULL, \`deleted_at\` datetime(6) NULL, UNIQUE INDEX \`ux_customer_code\` (\`code\`), INDEX \`ix_customer_uscc\` (\`uscc_code\`), INDEX \`ix_customer_lifecycle\` (\`lifecycle_stage\`), INDEX \`ix_customer_owner\` (\`owner_id\`), INDEX \`ix_customer_grade_region\` (\`grade\`, \`region\`), INDEX \`ix_customer_name\` (\`name\`, \`id\`), INDEX \`ix_customer_updated\` (\`updated_at\`, \`id\`), INDEX \`ix_customer_created\` (\`created_at\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`ix_customer_created\` ON \`customer\``);
    await queryRunner.query(`DROP INDEX \`ix_customer_updated\` ON \`customer\``);
    await queryRunner.query(`DROP INDEX \`ix_customer_name\` ON \`customer\``);
    await queryRunner.query(`DROP INDEX \`ix_customer_grade_region\` ON \`customer\``);
    await queryRunner.query(`DROP INDEX \`ix_customer_owner\` ON \`customer\``);
    await queryRunner.query(`DROP INDEX \`ix_customer_lifecycle\` ON \`customer\``);
    await queryRunner.query(`DROP INDEX \`ix_customer_uscc\` ON \`customer\``);
    await queryRunner.query(`DROP INDEX \`ux_customer_code\` ON \`customer\``);
    await queryRunner.query(`DROP TABLE \`customer\``);
  }
}
