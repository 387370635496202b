import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated from the entities by `npm run migration:generate -- Gifts`; review before committing. */
export class Gifts1795731867695 implements MigrationInterface {
  name = 'Gifts1795731867695';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`gift_request\` (\`id\` varchar(36) NOT NULL, \`reception_id\` varchar(36) NOT NULL, \`items\` text NOT NULL, \`total\` decimal(18,2) NOT NULL, \`important\` tinyint NOT NULL, \`approval_id\` varchar(36) NULL, \`version\` int NOT NULL DEFAULT '1', \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`created_by\` varchar(64) NOT NULL, \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`updated_by\` varchar(64) NOT NULL, UNIQUE INDEX \`ux_gift_request_reception\` (\`reception_id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`ux_gift_request_reception\` ON \`gift_request\``);
    await queryRunner.query(`DROP TABLE \`gift_request\``);
  }
}
