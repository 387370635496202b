import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated from the entities by `npm run migration:generate -- Governance`; review before committing. */
export class Governance1795725088401 implements MigrationInterface {
  name = 'Governance1795725088401';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`ix_credit_limit_scope\` ON \`credit_limit\``);
    await queryRunner.query(`CREATE TABLE \`audit_entry\` (\`id\` varchar(36) NOT NULL, \`at\` datetime(6) NOT NULL, \`actor_id\` varchar(64) NOT NULL, \`request_id\` varchar(64) NULL, \`entity_type\` varchar(64) NOT NULL, \`entity_id\` varchar(100) NOT NULL, \`action\` varchar(16) NOT NULL, \`changes\` text NOT NULL, \`note\` varchar(500) NULL, INDEX \`ix_audit_actor\` (\`actor_id\`, \`at\`), INDEX \`ix_audit_entity\` (\`entity_type\`, \`entity_id\`, \`at\`), INDEX \`ix_audit_at\` (\`at\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`approval_request\` (\`id\` varchar(36) NOT NULL, \`template\` varchar(40) NOT NULL, \`subject_type\` varchar(40) NOT NULL, \`subject_id\` varchar(100) NOT NULL, \`requester_id\` varchar(64) NOT NULL, \`attributes\` text NOT NULL, \`steps\` text NOT NULL, \`current_step\` int NOT NULL DEFAULT '0', \`current_role\` varchar(40) NULL, \`state\` varchar(16) NOT NULL, \`reason\` varchar(500) NULL, \`version\` int NOT NULL DEFAULT '1', \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`ix_approval_created\` (\`created_at\`, \`id\`), INDEX \`ix_approval_awaiting\` (\`current_role\`, \`state\`), INDEX \`ix_approval_state\` (\`state\`, \`created_at\`), INDEX \`ix_approval_subject\` (\`subject_type\`, \`subject_id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`ALTER TABLE \`credit_limit\` ADD \`state\` varchar(20) NOT NULL DEFAULT 'EFFECTIVE'`);
    await queryRunner.query(`ALTER TABLE \`credit_limit\` ADD \`approval_id\` varchar(36) NULL`);
    await queryRunner.query(`ALTER TABLE \`credit_limit\` ADD \`version\` int NOT NULL DEFAULT '1'`);
    await queryRunner.query(`CREATE INDEX \`ix_credit_limit_scope\` ON \`credit_limit\` (\`scope\`, \`scope_id\`, \`kind\`, \`state\`, \`valid_from\`)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`ix_credit_limit_scope\` ON \`credit_limit\``);
    await queryRunner.query(`ALTER TABLE \`credit_limit\` DROP COLUMN \`version\``);
    await queryRunner.query(`ALTER TABLE \`credit_limit\` DROP COLUMN \`approval_id\``);
    await queryRunner.query(`ALTER TABLE \`credit_limit\` DROP COLUMN \`state\``);
    await queryRunner.query(`DROP INDEX \`ix_approval_subject\` ON \`approval_request\``);
    await queryRunner.query(`DROP INDEX \`ix_approval_state\` ON \`approval_request\``);
    await queryRunner.query(`DROP INDEX \`ix_approval_awaiting\` ON \`approval_request\``);
    await queryRunner.query(`DROP INDEX \`ix_approval_created\` ON \`approval_request\``);
    await queryRunner.query(`DROP TABLE \`approval_request\``);
    await queryRunner.query(`DROP INDEX \`ix_audit_at\` ON \`audit_entry\``);
    await queryRunner.query(`DROP INDEX \`ix_audit_entity\` ON \`audit_entry\``);
    await queryRunner.query(`DROP INDEX \`ix_audit_actor\` ON \`audit_entry\``);
    await queryRunner.query(`DROP TABLE \`audit_entry\``);
    await queryRunner.query(`CREATE INDEX \`ix_credit_limit_scope\` ON \`credit_limit\` (\`scope\`, \`scope_id\`, \`kind\`, \`valid_from\`)`);
  }
}
