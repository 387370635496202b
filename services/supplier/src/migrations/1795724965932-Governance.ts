import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated from the entities by `npm run migration:generate -- Governance`; review before committing. */
export class Governance1795724965932 implements MigrationInterface {
  name = 'Governance1795724965932';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`audit_entry\` (\`id\` varchar(36) NOT NULL, \`at\` datetime(6) NOT NULL, \`actor_id\` varchar(64) NOT NULL, \`request_id\` varchar(64) NULL, \`entity_type\` varchar(64) NOT NULL, \`entity_id\` varchar(100) NOT NULL, \`action\` varchar(16) NOT NULL, \`changes\` text NOT NULL, \`note\` varchar(500) NULL, INDEX \`ix_audit_actor\` (\`actor_id\`, \`at\`), INDEX \`ix_audit_entity\` (\`entity_type\`, \`entity_id\`, \`at\`), INDEX \`ix_audit_at\` (\`at\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`approval_request\` (\`id\` varchar(36) NOT NULL, \`template\` varchar(40) NOT NULL, \`subject_type\` varchar(40) NOT NULL, \`subject_id\` varchar(100) NOT NULL, \`requester_id\` varchar(64) NOT NULL, \`attributes\` text NOT NULL, \`steps\` text NOT NULL, \`current_step\` int NOT NULL DEFAULT '0', \`current_role\` varchar(40) NULL, \`state\` varchar(16) NOT NULL, \`reason\` varchar(500) NULL, \`version\` int NOT NULL DEFAULT '1', \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`ix_approval_created\` (\`created_at\`, \`id\`), INDEX \`ix_approval_awaiting\` (\`current_role\`, \`state\`), INDEX \`ix_approval_state\` (\`state\`, \`created_at\`), INDEX \`ix_approval_subject\` (\`subject_type\`, \`subject_id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`ix_approval_subject\` ON \`approval_request\``);
    await queryRunner.query(`DROP INDEX \`ix_approval_state\` ON \`approval_request\``);
    await queryRunner.query(`DROP INDEX \`ix_approval_awaiting\` ON \`approval_request\``);
    await queryRunner.query(`DROP INDEX \`ix_approval_created\` ON \`approval_request\``);
    await queryRunner.query(`DROP TABLE \`approval_request\``);
    await queryRunner.query(`DROP INDEX \`ix_audit_at\` ON \`audit_entry\``);
    await queryRunner.query(`DROP INDEX \`ix_audit_entity\` ON \`audit_entry\``);
    await queryRunner.query(`DROP INDEX \`ix_audit_actor\` ON \`audit_entry\``);
    await queryRunner.query(`DROP TABLE \`audit_entry\``);
  }
}
