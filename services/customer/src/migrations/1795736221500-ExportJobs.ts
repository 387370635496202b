import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated from the entities by `npm run migration:generate -- ExportJobs`; review before committing. */
export class ExportJobs1795736221500 implements MigrationInterface {
  name = 'ExportJobs1795736221500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`export_file_part\` (\`request_id\` varchar(36) NOT NULL, \`seq\` int NOT NULL, \`content\` text NOT NULL, PRIMARY KEY (\`request_id\`, \`seq\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(`ALTER TABLE \`export_request\` ADD \`job_state\` varchar(16) NULL`);
    await queryRunner.query(`ALTER TABLE \`export_request\` ADD \`job_caller\` varchar(4000) NULL`);
    await queryRunner.query(`ALTER TABLE \`export_request\` ADD \`rows_done\` int NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE \`export_request\` ADD \`rows_total\` int NULL`);
    await queryRunner.query(`ALTER TABLE \`export_request\` ADD \`file_name\` varchar(100) NULL`);
    await queryRunner.query(`ALTER TABLE \`export_request\` ADD \`finished_at\` datetime(6) NULL`);
    await queryRunner.query(`ALTER TABLE \`export_request\` ADD \`job_error\` varchar(1000) NULL`);
    await queryRunner.query(`CREATE INDEX \`ix_export_request_job\` ON \`export_request\` (\`job_state\`)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`ix_export_request_job\` ON \`export_request\``);
    await queryRunner.query(`ALTER TABLE \`export_request\` DROP COLUMN \`job_error\``);
    await queryRunner.query(`ALTER TABLE \`export_request\` DROP COLUMN \`finished_at\``);
    await queryRunner.query(`ALTER TABLE \`export_request\` DROP COLUMN \`file_name\``);
    await queryRunner.query(`ALTER TABLE \`export_request\` DROP COLUMN \`rows_total\``);
    await queryRunner.query(`ALTER TABLE \`export_request\` DROP COLUMN \`rows_done\``);
    await queryRunner.query(`ALTER TABLE \`export_request\` DROP COLUMN \`job_caller\``);
    await queryRunner.query(`ALTER TABLE \`export_request\` DROP COLUMN \`job_state\``);
    await queryRunner.query(`DROP TABLE \`export_file_part\``);
  }
}
