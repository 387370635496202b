import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated from the entities by `npm run migration:generate -- Initial`; review before committing. */
export class Initial1795722309742 implements MigrationInterface {
  name = 'Initial1795722309742';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`credit_limit\` (\`id\` varchar(36) NOT NULL, \`scope\` varchar(16) NOT NULL, \`scope_id\` varchar(36) NULL, \`amount\` decimal(18,2) NOT NULL, \`kind\` varchar(16) NOT NULL, \`valid_from\` date NOT NULL, \`valid_until\` date NULL, \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`created_by\` varchar(64) NOT NULL, INDEX \`ix_credit_limit_scope\` (\`scope\`, \`scope_id\`, \`kind\`, \`valid_from\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`credit_profile\` (\`customer_id\` varchar(36) NOT NULL, \`subject_type\` varchar(16) NOT NULL, \`admission_type\` varchar(16) NOT NULL, \`admission_state\` varchar(16) NOT NULL, \`admitted_on\` date NULL, \`monitored_industry\` tinyint NOT NULL DEFAULT 0, \`grade\` varchar(1) NULL, \`notch\` varchar(12) NULL, \`rating_valid_until\` date NULL, \`payment_term_days\` int NULL, \`on_hold\` tinyint NOT NULL DEFAULT 0, \`aml_level\` varchar(16) NOT NULL DEFAULT 'UNASSESSED', \`version\` int NOT NULL DEFAULT '1', \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`created_by\` varchar(64) NOT NULL, \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`updated_by\` varchar(64) NOT NULL, INDEX \`ix_credit_profile_admission\` (\`admission_state\`), INDEX \`ix_credit_profile_grade\` (\`grade\`), PRIMARY KEY (\`customer_id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`receivable\` (\`id\` varchar(36) NOT NULL, \`invoice_ref\` varchar(64) NOT NULL, \`customer_id\` varchar(36) NOT NULL, \`department_id\` varchar(64) NOT NULL, \`amount\` decimal(18,2) NOT NULL, \`paid_amount\` decimal(18,2) NOT NULL DEFAULT '0.00', \`invoice_date\` date NOT NULL, \`term_days\` int NOT NULL, \`due_date\` date NOT NULL, \`state\` varchar(16) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`created_by\` varchar(64) NOT NULL, \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`updated_by\` varchar(64) NOT NULL, UNIQUE INDEX \`ux_receivable_invoice_ref\` (\`invoice_ref\`), INDEX \`ix_receivable_created\` (\`created_at\`, \`id\`), INDEX \`ix_receivable_amount\` (\`amount\`, \`id\`), INDEX \`ix_receivable_invoice_date\` (\`invoice_date\`, \`id\`), INDEX \`ix_receivable_due\` (\`due_date\`, \`id\`), INDEX \`ix_receivable_state\` (\`state\`), INDEX \`ix_receivable_department\` (\`department_id\`), INDEX \`ix_receivable_customer_state\` (\`customer_id\`, \`state\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`ix_receivable_customer_state\` ON \`receivable\``);
    await queryRunner.query(`DROP INDEX \`ix_receivable_department\` ON \`receivable\``);
    await queryRunner.query(`DROP INDEX \`ix_receivable_state\` ON \`receivable\``);
    await queryRunner.query(`DROP INDEX \`ix_receivable_due\` ON \`receivable\``);
    await queryRunner.query(`DROP INDEX \`ix_receivable_invoice_date\` ON \`receivable\``);
    await queryRunner.query(`DROP INDEX \`ix_receivable_amount\` ON \`receivable\``);
    await queryRunner.query(`DROP INDEX \`ix_receivable_created\` ON \`receivable\``);
    await queryRunner.query(`DROP INDEX \`ux_receivable_invoice_ref\` ON \`receivable\``);
    await queryRunner.query(`DROP TABLE \`receivable\``);
    await queryRunner.query(`DROP INDEX \`ix_credit_profile_grade\` ON \`credit_profile\``);
    await queryRunner.query(`DROP INDEX \`ix_credit_profile_admission\` ON \`credit_profile\``);
    await queryRunner.query(`DROP TABLE \`credit_profile\``);
    await queryRunner.query(`DROP INDEX \`ix_credit_limit_scope\` ON \`credit_limit\``);
    await queryRunner.query(`DROP TABLE \`credit_limit\``);
  }
}
