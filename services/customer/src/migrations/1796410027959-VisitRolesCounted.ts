import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated from the entities by `npm run migration:generate -- VisitRolesCounted`; review before committing. */
export class VisitRolesCounted1796410027959 implements MigrationInterface {
  name = 'VisitRolesCounted1796410027959';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`communication_record\` ADD \`counted_for_roles\` varchar(200) NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`communication_record\` DROP COLUMN \`counted_for_roles\``);
  }
}
