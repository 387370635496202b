import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated from the entities by `npm run migration:generate -- Initial`; review before committing. */
export class Initial1795722402537 implements MigrationInterface {
  // The platform's tables (number_sequence, audit_entry, approval_request) it once created come from the platform's
  // PlatformTables migration now, with the same DDL.
  name = 'Initial1795722402537';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`supplier\` (\`id\` varchar(36) NOT NULL, \`code\` varchar(20) NOT NULL, \`name\` varchar(200) NOT NULL, \`uscc_code\` varchar(18) NOT NULL, \`customer_id\` varchar(36) NULL, \`kind\` varchar(16) NOT NULL, \`scopes\` varchar(200) NOT NULL, \`owning_unit_id\` varchar(64) NOT NULL, \`is_counterparty\` tinyint NOT NULL DEFAULT 0, \`is_direct\` tinyint NOT NULL DEFAULT 1, \`important\` tinyint NOT NULL DEFAULT 0, \`status\` varchar(16) NOT NULL, \`bank_name\` varchar(100) NOT NULL, \`bank_account_no\` varchar(32) NOT NULL, \`legal_representative\` varchar(64) NULL, \`address\` varchar(300) NULL, \`contact_name\` varchar(64) NULL, \`contact_phone\` varchar(32) NULL, \`version\` int NOT NULL DEFAULT '1', \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`created_by\` varchar(64) NOT NULL, \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`updated_by\` varchar(64) NOT NULL, UNIQUE INDEX \`ux_supplier_code\` (\`code\`), INDEX \`ix_supplier_uscc\` (\`uscc_code\`), INDEX \`ix_supplier_customer\` (\`customer_id\`), INDEX \`ix_supplier_bank_account\` (\`bank_account_no\`), INDEX \`ix_supplier_status_kind\` (\`status\`, \`kind\`), INDEX \`ix_supplier_unit_status\` (\`owning_unit_id\`, \`status\`), INDEX \`ix_supplier_name\` (\`name\`, \`id\`), INDEX \`ix_supplier_updated\` (\`updated_at\`, \`id\`), INDEX \`ix_supplier_created\` (\`created_at\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`supply_item\` (\`id\` varchar(36) NOT NULL, \`code\` varchar(20) NOT NULL, \`name\` varchar(100) NOT NULL, \`owning_unit_id\` varchar(64) NOT NULL, \`category\` varchar(16) NOT NULL, \`annual_spend\` decimal(18,2) NOT NULL, \`exit_only\` tinyint NOT NULL DEFAULT 0, \`version\` int NOT NULL DEFAULT '1', \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`created_by\` varchar(64) NOT NULL, \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`updated_by\` varchar(64) NOT NULL, UNIQUE INDEX \`ux_supply_item_code\` (\`code\`), INDEX \`ix_supply_item_exit_only\` (\`exit_only\`), INDEX \`ix_supply_item_unit\` (\`owning_unit_id\`, \`category\`), INDEX \`ix_supply_item_name\` (\`name\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`in_supply_link\` (\`supply_item_id\` varchar(36) NOT NULL, \`supplier_id\` varchar(36) NOT NULL, \`since\` date NOT NULL, INDEX \`ix_in_supply_link_supplier\` (\`supplier_id\`), PRIMARY KEY (\`supply_item_id\`, \`supplier_id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`blacklist_entry\` (\`id\` varchar(36) NOT NULL, \`supplier_id\` varchar(36) NULL, \`uscc_code\` varchar(18) NULL, \`bank_account_no\` varchar(32) NULL, \`reason\` varchar(32) NOT NULL, \`listed_on\` date NOT NULL, \`banned_through\` date NOT NULL, \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`created_by\` varchar(64) NOT NULL, INDEX \`ix_blacklist_uscc\` (\`uscc_code\`), INDEX \`ix_blacklist_bank_account\` (\`bank_account_no\`), INDEX \`ix_blacklist_created\` (\`created_at\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `ALTER TABLE \`in_supply_link\` ADD CONSTRAINT \`fk_in_supply_link_item\` FOREIGN KEY (\`supply_item_id\`) REFERENCES \`supply_item\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`in_supply_link\` ADD CONSTRAINT \`fk_in_supply_link_supplier\` FOREIGN KEY (\`supplier_id\`) REFERENCES \`supplier\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`in_supply_link\` DROP FOREIGN KEY \`fk_in_supply_link_supplier\``);
    await queryRunner.query(`ALTER TABLE \`in_supply_link\` DROP FOREIGN KEY \`fk_in_supply_link_item\``);
    await queryRunner.query(`DROP INDEX \`ix_blacklist_created\` ON \`blacklist_entry\``);
    await queryRunner.query(`DROP INDEX \`ix_blacklist_bank_account\` ON \`blacklist_entry\``);
    await queryRunner.query(`DROP INDEX \`ix_blacklist_uscc\` ON \`blacklist_entry\``);
    await queryRunner.query(`DROP TABLE \`blacklist_entry\``);
    await queryRunner.query(`DROP INDEX \`ix_in_supply_link_supplier\` ON \`in_supply_link\``);
    await queryRunner.query(`DROP TABLE \`in_supply_link\``);
    await queryRunner.query(`DROP INDEX \`ix_supply_item_name\` ON \`supply_item\``);
    await queryRunner.query(`DROP INDEX \`ix_supply_item_unit\` ON \`supply_item\``);
    await queryRunner.query(`DROP INDEX \`ix_supply_item_exit_only\` ON \`supply_item\``);
    await queryRunner.query(`DROP INDEX \`ux_supply_item_code\` ON \`supply_item\``);
    await queryRunner.query(`DROP TABLE \`supply_item\``);
    await queryRunner.query(`DROP INDEX \`ix_supplier_created\` ON \`supplier\``);
    await queryRunner.query(`DROP INDEX \`ix_supplier_updated\` ON \`supplier\``);
    await queryRunner.query(`DROP INDEX \`ix_supplier_name\` ON \`supplier\``);
    await queryRunner.query(`DROP INDEX \`ix_supplier_unit_status\` ON \`supplier\``);
    await queryRunner.query(`DROP INDEX \`ix_supplier_status_kind\` ON \`supplier\``);
    await queryRunner.query(`DROP INDEX \`ix_supplier_bank_account\` ON \`supplier\``);
    await queryRunner.query(`DROP INDEX \`ix_supplier_customer\` ON \`supplier\``);
    await queryRunner.query(`DROP INDEX \`ix_supplier_uscc\` ON \`supplier\``);
    await queryRunner.query(`DROP INDEX \`ux_supplier_code\` ON \`supplier\``);
    await queryRunner.query(`DROP TABLE \`supplier\``);
  }
}
