import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated from the entities by `npm run migration:generate -- Initial`; review before committing. */
export class Initial1795722284280 implements MigrationInterface {
  name = 'Initial1795722284280';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`reception\` (\`id\` varchar(36) NOT NULL, \`class\` varchar(1) NOT NULL, \`hosted_party_type\` varchar(16) NOT NULL, \`customer_id\` varchar(36) NULL, \`supplier_id\` varchar(36) NULL, \`organisation\` varchar(200) NOT NULL, \`customer_grade_at_request\` varchar(1) NULL, \`customer_size_at_request\` varchar(16) NULL, \`customer_filed_at_request\` tinyint NULL, \`guest_count\` int NOT NULL, \`guests\` text NOT NULL, \`host_id\` varchar(64) NOT NULL, \`host_rank\` varchar(24) NOT NULL, \`host_substitution_reason\` varchar(500) NULL, \`start_on\` date NOT NULL, \`end_on\` date NOT NULL, \`purpose\` varchar(2000) NOT NULL, \`budget_hospitality\` decimal(18,2) NOT NULL DEFAULT '0.00', \`budget_lodging\` decimal(18,2) NOT NULL DEFAULT '0.00', \`budget_transport\` decimal(18,2) NOT NULL DEFAULT '0.00', \`budget_gifts\` decimal(18,2) NOT NULL DEFAULT '0.00', \`cost_department_id\` varchar(64) NOT NULL, \`state\` varchar(24) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`created_by\` varchar(64) NOT NULL, \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`updated_by\` varchar(64) NOT NULL, INDEX \`ix_reception_class\` (\`class\`), INDEX \`ix_reception_state\` (\`state\`), INDEX \`ix_reception_host\` (\`host_id\`), INDEX \`ix_reception_supplier\` (\`supplier_id\`), INDEX \`ix_reception_customer_start\` (\`customer_id\`, \`start_on\`, \`id\`), INDEX \`ix_reception_updated\` (\`updated_at\`, \`id\`), INDEX \`ix_reception_created\` (\`created_at\`, \`id\`), INDEX \`ix_reception_start\` (\`start_on\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`reception_expense\` (\`id\` varchar(36) NOT NULL, \`reception_id\` varchar(36) NOT NULL, \`category\` varchar(16) NOT NULL, \`day\` date NOT NULL, \`amount\` decimal(18,2) NOT NULL, \`invoice_ref\` varchar(64) NULL, \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`created_by\` varchar(64) NOT NULL, INDEX \`ix_reception_expense_reception\` (\`reception_id\`, \`day\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`ix_reception_expense_reception\` ON \`reception_expense\``);
    await queryRunner.query(`DROP TABLE \`reception_expense\``);
    await queryRunner.query(`DROP INDEX \`ix_reception_start\` ON \`reception\``);
    await queryRunner.query(`DROP INDEX \`ix_reception_created\` ON \`reception\``);
    await queryRunner.query(`DROP INDEX \`ix_reception_updated\` ON \`reception\``);
    await queryRunner.query(`DROP INDEX \`ix_reception_customer_start\` ON \`reception\``);
    await queryRunner.query(`DROP INDEX \`ix_reception_supplier\` ON \`reception\``);
    await queryRunner.query(`DROP INDEX \`ix_reception_host\` ON \`reception\``);
    await queryRunner.query(`DROP INDEX \`ix_reception_state\` ON \`reception\``);
    await queryRunner.query(`DROP INDEX \`ix_reception_class\` ON \`reception\``);
    await queryRunner.query(`DROP TABLE \`reception\``);
  }
}
