import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The platform's own tables in every subgraph's database: business number sequences, the audit trail and approval
 * requests. Every subgraph runs it before its own migrations (createServiceDataSource).
 * `IF NOT EXISTS`: databases created before the platform owned these tables got them from the subgraph's migrations,
 * with the same DDL, so there this migration changes nothing.
 */
export class PlatformTables1795700000000 implements MigrationInterface {
  name = 'PlatformTables1795700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS \`number_sequence\` (\`name\` varchar(64) NOT NULL, \`last_value\` int NOT NULL DEFAULT '0', PRIMARY KEY (\`name\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS \`audit_entry\` (\`id\` varchar(36) NOT NULL, \`at\` datetime(6) NOT NULL, \`actor_id\` varchar(64) NOT NULL, \`request_id\` varchar(64) NULL, \`entity_type\` varchar(64) NOT NULL, \`entity_id\` varchar(100) NOT NULL, \`action\` varchar(16) NOT NULL, \`changes\` text NOT NULL, \`note\` varchar(500) NULL, INDEX \`ix_audit_actor\` (\`actor_id\`, \`at\`), INDEX \`ix_audit_entity\` (\`entity_type\`, \`entity_id\`, \`at\`), INDEX \`ix_audit_at\` (\`at\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS \`approval_request\` (\`id\` varchar(36) NOT NULL, \`template\` varchar(40) NOT NULL, \`subject_type\` varchar(40) NOT NULL, \`subject_id\` varchar(100) NOT NULL, \`requester_id\` varchar(64) NOT NULL, \`attributes\` text NOT NULL, \`steps\` text NOT NULL, \`current_step\` int NOT NULL DEFAULT '0', \`current_role\` varchar(40) NULL, \`state\` varchar(16) NOT NULL, \`reason\` varchar(500) NULL, \`version\` int NOT NULL DEFAULT '1', \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`ix_approval_created\` (\`created_at\`, \`id\`), INDEX \`ix_approval_awaiting\` (\`current_role\`, \`state\`), INDEX \`ix_approval_state\` (\`state\`, \`created_at\`), INDEX \`ix_approval_subject\` (\`subject_type\`, \`subject_id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS \`approval_request\``);
    await queryRunner.query(`DROP TABLE IF EXISTS \`audit_entry\``);
    await queryRunner.query(`DROP TABLE IF EXISTS \`number_sequence\``);
  }
}

/**
 * Domain events: the transactional outbox a subgraph publishes from, and on the consumer side the events applied
 * (idempotency), the embedded read positions and the dead letters.
 */
export class PlatformEvents1796500000000 implements MigrationInterface {
  name = 'PlatformEvents1796500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS \`outbox_event\` (\`seq\` int UNSIGNED NOT NULL AUTO_INCREMENT, \`id\` varchar(36) NOT NULL, \`type\` varchar(80) NOT NULL, \`version\` int NOT NULL, \`aggregate_id\` varchar(100) NOT NULL, \`occurred_at\` datetime(6) NOT NULL, \`actor_id\` varchar(64) NOT NULL, \`request_id\` varchar(64) NULL, \`payload\` text NOT NULL, \`published_at\` datetime(6) NULL, \`position\` bigint NULL, INDEX \`ix_outbox_unpublished\` (\`published_at\`, \`seq\`), UNIQUE INDEX \`ux_outbox_event_id\` (\`id\`), UNIQUE INDEX \`ux_outbox_position\` (\`position\`), PRIMARY KEY (\`seq\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS \`processed_event\` (\`consumer\` varchar(80) NOT NULL, \`event_id\` varchar(36) NOT NULL, \`processed_at\` datetime(6) NOT NULL, PRIMARY KEY (\`consumer\`, \`event_id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS \`event_consumer_position\` (\`consumer\` varchar(80) NOT NULL, \`position\` bigint NOT NULL, \`updated_at\` datetime(6) NOT NULL, PRIMARY KEY (\`consumer\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS \`dead_letter_event\` (\`id\` varchar(36) NOT NULL, \`consumer\` varchar(80) NOT NULL, \`event_id\` varchar(36) NOT NULL, \`event_type\` varchar(80) NOT NULL, \`aggregate_id\` varchar(100) NOT NULL, \`envelope\` text NOT NULL, \`error\` text NOT NULL, \`attempts\` int NOT NULL, \`failed_at\` datetime(6) NOT NULL, \`redriven_at\` datetime(6) NULL, INDEX \`ix_dead_letter_open\` (\`consumer\`, \`redriven_at\`, \`failed_at\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS \`dead_letter_event\``);
    await queryRunner.query(`DROP TABLE IF EXISTS \`event_consumer_position\``);
    await queryRunner.query(`DROP TABLE IF EXISTS \`processed_event\``);
    await queryRunner.query(`DROP TABLE IF EXISTS \`outbox_event\``);
  }
}

/** The platform's migrations, oldest first. */
export const PLATFORM_MIGRATIONS = [PlatformTables1795700000000, PlatformEvents1796500000000];
