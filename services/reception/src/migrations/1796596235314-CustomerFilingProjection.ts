import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated from the entities by `npm run migration:generate -- CustomerFilingProjection`; review before committing. */
export class CustomerFilingProjection1796596235314 implements MigrationInterface {
  name = 'CustomerFilingProjection1796596235314';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`customer_filing\` (\`customer_id\` varchar(36) NOT NULL, \`filing_status\` varchar(16) NOT NULL, \`deleted\` tinyint NOT NULL, \`merged_into_id\` varchar(36) NULL, \`changed_at\` datetime(6) NOT NULL, PRIMARY KEY (\`customer_id\`)) ENGINE=InnoDB`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE \`customer_filing\``);
  }
}
