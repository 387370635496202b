import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated from the entities by `npm run migration:generate -- ListAndBiIndexes`; review before committing. */
export class ListAndBiIndexes1795732710787 implements MigrationInterface {
  name = 'ListAndBiIndexes1795732710787';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`ix_customer_grade_region\` ON \`customer\``);
    await queryRunner.query(`CREATE INDEX \`ix_communication_visits\` ON \`communication_record\` (\`counted_as_visit\`, \`occurred_on\`)`);
    await queryRunner.query(`CREATE INDEX \`ix_customer_grade_stage\` ON \`customer\` (\`deleted_at\`, \`grade\`, \`lifecycle_stage\`)`);
    await queryRunner.query(
      `CREATE INDEX \`ix_customer_grade_region\` ON \`customer\` (\`grade\`, \`region\`, \`deleted_at\`, \`created_at\`, \`id\`)`,
    );
    await queryRunner.query(`CREATE INDEX \`ix_points_month\` ON \`points_entry\` (\`occurred_on\`)`);
    await queryRunner.query(`CREATE INDEX \`ix_survey_quarter\` ON \`satisfaction_survey\` (\`surveyed_on\`)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`ix_survey_quarter\` ON \`satisfaction_survey\``);
    await queryRunner.query(`DROP INDEX \`ix_points_month\` ON \`points_entry\``);
    await queryRunner.query(`DROP INDEX \`ix_customer_grade_region\` ON \`customer\``);
    await queryRunner.query(`DROP INDEX \`ix_customer_grade_stage\` ON \`customer\``);
    await queryRunner.query(`DROP INDEX \`ix_communication_visits\` ON \`communication_record\``);
    await queryRunner.query(`CREATE INDEX \`ix_customer_grade_region\` ON \`customer\` (\`grade\`, \`region\`)`);
  }
}
