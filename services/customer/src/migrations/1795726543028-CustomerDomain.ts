import { MigrationInterface, QueryRunner } from 'typeorm';
import { normaliseName, normalisePhone } from '../modules/duplicates-merge/duplicates.rules';

/** name_key / phone_key of the customers that existed before this migration, in batches. */
async function backfillDuplicateKeys(queryRunner: QueryRunner): Promise<void> {
  let after = '';
  for (;;) {
    const rows = (await queryRunner.query('SELECT `id`, `name`, `phone` FROM `customer` WHERE `id` > ? ORDER BY `id` LIMIT 500', [
      after,
    ])) as { id: string; name: string; phone: string | null }[];
    if (!rows.length) return;
    for (const row of rows) {
      await queryRunner.query('UPDATE `customer` SET `name_key` = ?, `phone_key` = ? WHERE `id` = ?', [
        normaliseName(row.name),
        row.phone ? normalisePhone(row.phone) : null,
        row.id,
      ]);
    }
    after = rows[rows.length - 1].id;
  }
}

/** Generated from the entities by `npm run migration:generate -- CustomerDomain`; review before committing. */
export class CustomerDomain1795726543028 implements MigrationInterface {
  // The platform's tables (number_sequence, audit_entry, approval_request) it once created come from the platform's
  // PlatformTables migration now, with the same DDL.
  name = 'CustomerDomain1795726543028';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`annual_record\` (\`id\` varchar(36) NOT NULL, \`customer_id\` varchar(36) NOT NULL, \`year\` int NOT NULL, \`sales_amount\` decimal(18,2) NOT NULL, \`year_end_receivable\` decimal(18,2) NULL, \`financial_summary\` varchar(2000) NULL, \`recorded_by\` varchar(64) NOT NULL, \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX \`ux_annual_record_year\` (\`customer_id\`, \`year\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`communication_record\` (\`id\` varchar(36) NOT NULL, \`customer_id\` varchar(36) NOT NULL, \`channel\` varchar(24) NOT NULL, \`service_type\` varchar(16) NOT NULL, \`occurred_at\` datetime(6) NOT NULL, \`occurred_on\` date NOT NULL, \`subject\` varchar(300) NOT NULL, \`handler_id\` varchar(64) NOT NULL, \`office_id\` varchar(64) NULL, \`visit_plan_id\` varchar(36) NULL, \`attended\` tinyint NULL, \`is_confidential\` tinyint NOT NULL DEFAULT 0, \`counted_as_visit\` tinyint NOT NULL DEFAULT 0, \`recorded_by\` varchar(64) NOT NULL, \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`ix_communication_office\` (\`office_id\`, \`occurred_on\`), INDEX \`ix_communication_customer\` (\`customer_id\`, \`occurred_at\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`customer_contact\` (\`id\` varchar(36) NOT NULL, \`customer_id\` varchar(36) NOT NULL, \`name\` varchar(64) NOT NULL, \`gender\` varchar(8) NULL, \`birthday\` date NULL, \`position\` varchar(64) NULL, \`phone\` varchar(32) NULL, \`mobile\` varchar(32) NULL, \`email\` varchar(120) NULL, \`needs\` varchar(1000) NULL, \`is_key_contact\` tinyint NOT NULL DEFAULT 0, \`feedback\` varchar(1000) NULL, \`version\` int NOT NULL DEFAULT '1', \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`created_by\` varchar(64) NOT NULL, \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`updated_by\` varchar(64) NOT NULL, INDEX \`ix_contact_phone\` (\`mobile\`), INDEX \`ix_contact_customer\` (\`customer_id\`, \`is_key_contact\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`customer_event\` (\`id\` varchar(36) NOT NULL, \`customer_id\` varchar(36) NOT NULL, \`type\` varchar(24) NOT NULL, \`occurred_on\` date NOT NULL, \`summary\` varchar(2000) NOT NULL, \`department_id\` varchar(64) NULL, \`is_confidential\` tinyint NOT NULL DEFAULT 0, \`recorded_by\` varchar(64) NOT NULL, \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`ix_customer_event_customer\` (\`customer_id\`, \`occurred_on\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`customer_merge\` (\`id\` varchar(36) NOT NULL, \`survivor_id\` varchar(36) NOT NULL, \`merged_ids\` varchar(2000) NOT NULL, \`field_choices\` varchar(4000) NOT NULL, \`merged_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`merged_by\` varchar(64) NOT NULL, INDEX \`ix_customer_merge_at\` (\`merged_at\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`customer_state_change\` (\`id\` varchar(36) NOT NULL, \`customer_id\` varchar(36) NOT NULL, \`field\` varchar(24) NOT NULL, \`from_value\` varchar(24) NULL, \`to_value\` varchar(24) NOT NULL, \`changed_on\` date NOT NULL, \`reason\` varchar(500) NULL, \`changed_by\` varchar(64) NOT NULL, \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`ix_state_change_field\` (\`field\`, \`changed_on\`), INDEX \`ix_state_change_customer\` (\`customer_id\`, \`created_at\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`customer_task\` (\`id\` varchar(36) NOT NULL, \`customer_id\` varchar(36) NULL, \`kind\` varchar(32) NOT NULL, \`assignee_id\` varchar(64) NULL, \`assignee_role\` varchar(32) NULL, \`assignee_department_id\` varchar(64) NULL, \`due_on\` date NOT NULL, \`title\` varchar(300) NOT NULL, \`related_id\` varchar(36) NULL, \`dedupe_key\` varchar(200) NOT NULL, \`state\` varchar(8) NOT NULL, \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`done_at\` datetime(6) NULL, \`done_by\` varchar(64) NULL, INDEX \`ix_customer_task_related\` (\`related_id\`), INDEX \`ix_customer_task_list\` (\`created_at\`, \`id\`), INDEX \`ix_customer_task_assignee\` (\`assignee_id\`, \`state\`, \`due_on\`), UNIQUE INDEX \`ux_customer_task_dedupe\` (\`dedupe_key\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`export_request\` (\`id\` varchar(36) NOT NULL, \`requester_id\` varchar(64) NOT NULL, \`purpose\` varchar(500) NOT NULL, \`filter\` varchar(4000) NOT NULL, \`row_count\` int NOT NULL, \`highest_level\` varchar(16) NOT NULL, \`approval_id\` varchar(36) NULL, \`state\` varchar(16) NOT NULL, \`decided_by\` varchar(64) NULL, \`decided_at\` datetime(6) NULL, \`exported_at\` datetime(6) NULL, \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`ix_export_request_list\` (\`created_at\`, \`id\`), INDEX \`ix_export_request_requester\` (\`requester_id\`, \`state\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`file_access_request\` (\`id\` varchar(36) NOT NULL, \`customer_id\` varchar(36) NOT NULL, \`requester_id\` varchar(64) NOT NULL, \`requester_department_id\` varchar(64) NULL, \`purpose\` varchar(300) NOT NULL, \`reason\` varchar(1000) NOT NULL, \`introduction_ref\` varchar(200) NULL, \`is_external\` tinyint NOT NULL DEFAULT 0, \`level_at_request\` varchar(16) NOT NULL, \`state\` varchar(16) NOT NULL, \`approval_id\` varchar(36) NULL, \`granted_until\` date NULL, \`decided_by\` varchar(64) NULL, \`decided_at\` datetime(6) NULL, \`decision_comment\` varchar(1000) NULL, \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`ix_file_access_list\` (\`created_at\`, \`id\`), INDEX \`ix_file_access_requester\` (\`requester_id\`, \`customer_id\`, \`state\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`file_loan\` (\`id\` varchar(36) NOT NULL, \`customer_id\` varchar(36) NOT NULL, \`borrower_id\` varchar(64) NOT NULL, \`borrower_department_id\` varchar(64) NULL, \`item\` varchar(200) NOT NULL, \`copies\` int NOT NULL, \`reason\` varchar(1000) NOT NULL, \`days\` int NOT NULL, \`state\` varchar(16) NOT NULL, \`approval_id\` varchar(36) NULL, \`loaned_on\` date NULL, \`due_on\` date NULL, \`returned_on\` date NULL, \`decided_by\` varchar(64) NULL, \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`ix_file_loan_list\` (\`created_at\`, \`id\`), INDEX \`ix_file_loan_customer\` (\`customer_id\`, \`state\`), INDEX \`ix_file_loan_due\` (\`state\`, \`due_on\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`grade_assessment\` (\`id\` varchar(36) NOT NULL, \`customer_id\` varchar(36) NOT NULL, \`kind\` varchar(16) NOT NULL, \`cycle_year\` int NOT NULL, \`period_from\` date NOT NULL, \`period_to\` date NOT NULL, \`grade_before\` varchar(1) NULL, \`contract_amount\` decimal(18,2) NULL, \`max_days_past_due\` int NULL, \`in_arrears\` tinyint NULL, \`year_end_receivable\` decimal(18,2) NULL, \`premium_pct\` decimal(18,2) NULL, \`premium_evidence\` varchar(1000) NULL, \`strategic_influence\` int NULL, \`strategic_influence_set_by\` varchar(64) NULL, \`inputs_as_of\` date NULL, \`score_contract\` int NULL, \`score_receivable\` int NULL, \`score_premium\` int NULL, \`score_influence\` int NULL, \`total\` int NULL, \`result_grade\` varchar(1) NULL, \`state\` varchar(20) NOT NULL, \`approval_id\` varchar(36) NULL, \`prelim_rated_by\` varchar(64) NULL, \`meeting_reviewed_by\` varchar(64) NULL, \`submitted_by\` varchar(64) NULL, \`decided_by\` varchar(64) NULL, \`decided_at\` datetime(6) NULL, \`decision_comment\` varchar(1000) NULL, \`version\` int NOT NULL DEFAULT '1', \`created_by\` varchar(64) NOT NULL, \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`ix_grade_assessment_state\` (\`state\`, \`created_at\`, \`id\`), INDEX \`ix_grade_assessment_cycle\` (\`cycle_year\`, \`kind\`, \`state\`), UNIQUE INDEX \`ux_grade_assessment_period\` (\`customer_id\`, \`kind\`, \`period_from\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`grade_history\` (\`id\` varchar(36) NOT NULL, \`customer_id\` varchar(36) NOT NULL, \`grade\` varchar(1) NOT NULL, \`provisional\` tinyint NOT NULL, \`source\` varchar(16) NOT NULL, \`effective_from\` date NOT NULL, \`effective_to\` date NULL, \`reason\` varchar(1000) NULL, \`assessment_id\` varchar(36) NULL, \`override_id\` varchar(36) NULL, \`recorded_by\` varchar(64) NOT NULL, \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`ix_grade_history_customer\` (\`customer_id\`, \`effective_from\`, \`created_at\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`grade_override\` (\`id\` varchar(36) NOT NULL, \`customer_id\` varchar(36) NOT NULL, \`grade\` varchar(1) NOT NULL, \`reason\` varchar(1000) NOT NULL, \`state\` varchar(16) NOT NULL, \`approval_id\` varchar(36) NULL, \`requested_by\` varchar(64) NOT NULL, \`requested_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`decided_by\` varchar(64) NULL, \`decided_at\` datetime(6) NULL, \`decision_comment\` varchar(1000) NULL, INDEX \`ix_grade_override_customer\` (\`customer_id\`, \`state\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`office_contact_report\` (\`id\` varchar(36) NOT NULL, \`office_id\` varchar(64) NOT NULL, \`period\` varchar(7) NOT NULL, \`submitted_at\` datetime(6) NOT NULL, \`submitted_by\` varchar(64) NOT NULL, \`record_count\` int NOT NULL, UNIQUE INDEX \`ux_office_report_period\` (\`office_id\`, \`period\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`order_record\` (\`id\` varchar(36) NOT NULL, \`customer_id\` varchar(36) NOT NULL, \`order_ref\` varchar(64) NOT NULL, \`ordered_on\` date NOT NULL, \`amount\` decimal(18,2) NOT NULL, \`paid\` tinyint NOT NULL, \`recorded_by\` varchar(64) NOT NULL, \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`ix_order_record_customer\` (\`customer_id\`, \`ordered_on\`), UNIQUE INDEX \`ux_order_record_ref\` (\`customer_id\`, \`order_ref\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`ownership_change\` (\`id\` varchar(36) NOT NULL, \`customer_id\` varchar(36) NOT NULL, \`from_owner_id\` varchar(64) NULL, \`to_owner_id\` varchar(64) NULL, \`to_department_id\` varchar(64) NULL, \`reason\` varchar(24) NOT NULL, \`claim_id\` varchar(36) NULL, \`transfer_id\` varchar(36) NULL, \`changed_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`changed_by\` varchar(64) NOT NULL, INDEX \`ix_ownership_change_customer\` (\`customer_id\`, \`changed_at\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`ownership_claim\` (\`id\` varchar(36) NOT NULL, \`customer_id\` varchar(36) NOT NULL, \`claimant_id\` varchar(64) NOT NULL, \`claimant_department_id\` varchar(64) NULL, \`report_ref\` varchar(100) NOT NULL, \`state\` varchar(16) NOT NULL, \`submitted_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`confirmed_at\` datetime(6) NULL, \`decided_by\` varchar(64) NULL, \`protected_until\` date NULL, \`refusal_code\` varchar(32) NULL, INDEX \`ix_claim_submitted\` (\`submitted_at\`, \`id\`), INDEX \`ix_claim_protection\` (\`state\`, \`protected_until\`), INDEX \`ix_claim_customer\` (\`customer_id\`, \`state\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`ownership_transfer\` (\`id\` varchar(36) NOT NULL, \`reason\` varchar(24) NOT NULL, \`from_owner_id\` varchar(64) NULL, \`to_owner_id\` varchar(64) NOT NULL, \`to_department_id\` varchar(64) NULL, \`state\` varchar(24) NOT NULL, \`note\` varchar(1000) NULL, \`grievance_ref\` varchar(64) NULL, \`approval_id\` varchar(36) NULL, \`customer_count\` int NOT NULL, \`requested_by\` varchar(64) NOT NULL, \`requested_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`decided_by\` varchar(64) NULL, \`handed_over_at\` datetime(6) NULL, \`customer_notified_at\` datetime(6) NULL, \`done_at\` datetime(6) NULL, INDEX \`ix_transfer_from\` (\`from_owner_id\`), INDEX \`ix_transfer_state\` (\`state\`, \`requested_at\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`ownership_transfer_item\` (\`transfer_id\` varchar(36) NOT NULL, \`customer_id\` varchar(36) NOT NULL, \`from_owner_id\` varchar(64) NULL, \`from_department_id\` varchar(64) NULL, INDEX \`ix_transfer_item_customer\` (\`customer_id\`), PRIMARY KEY (\`transfer_id\`, \`customer_id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`periodic_report\` (\`id\` varchar(36) NOT NULL, \`customer_id\` varchar(36) NOT NULL, \`owner_id\` varchar(64) NULL, \`grade_at_due\` varchar(1) NOT NULL, \`period\` varchar(7) NOT NULL, \`due_on\` date NOT NULL, \`summary\` varchar(4000) NULL, \`submitted_at\` datetime(6) NULL, \`submitted_by\` varchar(64) NULL, \`supervisor_forwarded_at\` datetime(6) NULL, \`manager_forwarded_at\` datetime(6) NULL, \`vp_read_at\` datetime(6) NULL, \`gm_sent_at\` datetime(6) NULL, INDEX \`ix_periodic_report_owner\` (\`owner_id\`, \`due_on\`), INDEX \`ix_periodic_report_due\` (\`due_on\`, \`id\`), UNIQUE INDEX \`ux_periodic_report_period\` (\`customer_id\`, \`period\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`points_entry\` (\`id\` varchar(36) NOT NULL, \`customer_id\` varchar(36) NOT NULL, \`points\` int NOT NULL, \`reason\` varchar(24) NOT NULL, \`referred_customer_id\` varchar(36) NOT NULL, \`sales_amount\` decimal(18,2) NULL, \`occurred_on\` date NOT NULL, \`source_ref\` varchar(100) NOT NULL, \`recorded_by\` varchar(64) NOT NULL, \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX \`ux_points_source\` (\`source_ref\`), INDEX \`ix_points_customer\` (\`customer_id\`, \`occurred_on\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`satisfaction_survey\` (\`id\` varchar(36) NOT NULL, \`customer_id\` varchar(36) NOT NULL, \`department_id\` varchar(64) NULL, \`score\` int NOT NULL, \`surveyed_on\` date NOT NULL, \`recorded_by\` varchar(64) NOT NULL, \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`ix_survey_customer\` (\`customer_id\`, \`surveyed_on\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`staff_departure\` (\`staff_id\` varchar(64) NOT NULL, \`left_on\` date NOT NULL, \`transfer_id\` varchar(36) NOT NULL, \`access_revoked_at\` datetime(6) NOT NULL, \`recorded_by\` varchar(64) NOT NULL, PRIMARY KEY (\`staff_id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`termination_request\` (\`id\` varchar(36) NOT NULL, \`customer_id\` varchar(36) NOT NULL, \`reason\` varchar(1000) NOT NULL, \`state\` varchar(16) NOT NULL, \`approval_id\` varchar(36) NULL, \`requested_by\` varchar(64) NOT NULL, \`requested_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`decided_by\` varchar(64) NULL, \`decided_at\` datetime(6) NULL, INDEX \`ix_termination_customer\` (\`customer_id\`, \`state\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`visit_plan\` (\`id\` varchar(36) NOT NULL, \`customer_id\` varchar(36) NOT NULL, \`treatment_class\` varchar(16) NOT NULL, \`visitor_roles\` varchar(200) NOT NULL, \`method\` varchar(16) NOT NULL, \`interval_months\` int NOT NULL, \`next_due_on\` date NOT NULL, \`last_visit_on\` date NULL, \`active\` tinyint NOT NULL DEFAULT 1, \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`ix_visit_plan_due\` (\`active\`, \`next_due_on\`), UNIQUE INDEX \`ux_visit_plan_customer\` (\`customer_id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(`ALTER TABLE \`customer\` ADD \`name_key\` varchar(200) NOT NULL`);
    await queryRunner.query(`ALTER TABLE \`customer\` ADD \`phone_key\` varchar(32) NULL`);
    await queryRunner.query(`ALTER TABLE \`customer\` ADD \`grade_effective_from\` date NULL`);
    await queryRunner.query(`ALTER TABLE \`customer\` ADD \`provisional_until\` date NULL`);
    await queryRunner.query(`ALTER TABLE \`customer\` ADD \`size_designated\` tinyint NOT NULL DEFAULT 0`);
    await queryRunner.query(`ALTER TABLE \`customer\` ADD \`size_reason\` varchar(500) NULL`);
    await queryRunner.query(`ALTER TABLE \`customer\` ADD \`key_account_manager_id\` varchar(64) NULL`);
    await queryRunner.query(`ALTER TABLE \`customer\` ADD \`is_counterparty\` tinyint NOT NULL DEFAULT 0`);
    await queryRunner.query(`ALTER TABLE \`customer\` ADD \`customer_group_id\` varchar(36) NULL`);
    await queryRunner.query(`ALTER TABLE \`customer\` ADD \`filed_at\` datetime(6) NULL`);
    await queryRunner.query(`ALTER TABLE \`customer\` ADD \`filing_approval_id\` varchar(36) NULL`);
    await queryRunner.query(`ALTER TABLE \`customer\` ADD \`filed_on\` date NULL`);
    await queryRunner.query(`ALTER TABLE \`customer\` ADD \`disclosure_consent\` tinyint NOT NULL DEFAULT 0`);
    await queryRunner.query(`ALTER TABLE \`customer\` ADD \`owner_since\` date NULL`);
    await queryRunner.query(`ALTER TABLE \`customer\` ADD \`custodian_id\` varchar(64) NULL`);
    await queryRunner.query(`ALTER TABLE \`customer\` ADD \`last_reviewed_on\` date NULL`);
    await queryRunner.query(`ALTER TABLE \`customer\` ADD \`review_due_on\` date NULL`);
    await queryRunner.query(`ALTER TABLE \`customer\` ADD \`first_contact_on\` date NULL`);
    await queryRunner.query(`ALTER TABLE \`customer\` ADD \`first_trade_on\` date NULL`);
    await queryRunner.query(`ALTER TABLE \`customer\` ADD \`last_order_on\` date NULL`);
    await queryRunner.query(`ALTER TABLE \`customer\` ADD \`last_service_on\` date NULL`);
    await queryRunner.query(`ALTER TABLE \`customer\` ADD \`dormant\` tinyint NOT NULL DEFAULT 0`);
    await queryRunner.query(`ALTER TABLE \`customer\` ADD \`churn_risk\` tinyint NOT NULL DEFAULT 0`);
    await queryRunner.query(`ALTER TABLE \`customer\` ADD \`churn_reason\` varchar(200) NULL`);
    await queryRunner.query(`ALTER TABLE \`customer\` ADD \`problem_customer\` tinyint NOT NULL DEFAULT 0`);
    await queryRunner.query(`ALTER TABLE \`customer\` ADD \`open_valid_complaints\` int NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE \`customer\` ADD \`valid_complaints_12m\` int NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE \`customer\` ADD \`complaint_facts_on\` date NULL`);
    await queryRunner.query(`ALTER TABLE \`customer\` ADD \`merged_into_id\` varchar(36) NULL`);
    await queryRunner.query(`ALTER TABLE \`customer\` ADD \`deleted_by\` varchar(64) NULL`);
    await queryRunner.query(
      `ALTER TABLE \`customer\` CHANGE \`confidentiality\` \`confidentiality\` varchar(16) NOT NULL DEFAULT 'SECRET'`,
    );
    await queryRunner.query(`ALTER TABLE \`customer\` CHANGE \`owner_id\` \`owner_id\` varchar(64) NULL`);
    // Data written before this migration (reviewed addition): every customer is at least SECRET (X-030, the NONE
    // level is gone); the dormancy and review clocks start at the opening; the duplicate-check keys are computed by
    // the same normalisers the service uses (CUS-005).
    await queryRunner.query(
      `UPDATE \`customer\` SET \`confidentiality\` = 'SECRET' WHERE \`confidentiality\` NOT IN ('SECRET', 'CONFIDENTIAL', 'TOP_SECRET')`,
    );
    await queryRunner.query(
      `UPDATE \`customer\` SET \`owner_since\` = DATE(\`created_at\`), \`review_due_on\` = DATE_ADD(DATE(\`created_at\`), INTERVAL 12 MONTH) WHERE \`review_due_on\` IS NULL`,
    );
    await backfillDuplicateKeys(queryRunner);
    await queryRunner.query(`CREATE INDEX \`ix_customer_merged_into\` ON \`customer\` (\`merged_into_id\`)`);
    await queryRunner.query(`CREATE INDEX \`ix_customer_phone_key\` ON \`customer\` (\`phone_key\`)`);
    await queryRunner.query(`CREATE INDEX \`ix_customer_name_key\` ON \`customer\` (\`name_key\`)`);
    await queryRunner.query(`CREATE INDEX \`ix_customer_first_trade\` ON \`customer\` (\`first_trade_on\`)`);
    await queryRunner.query(`CREATE INDEX \`ix_customer_filing\` ON \`customer\` (\`filing_status\`, \`filed_on\`)`);
    await queryRunner.query(`CREATE INDEX \`ix_customer_custodian_review\` ON \`customer\` (\`custodian_id\`, \`review_due_on\`)`);
    await queryRunner.query(`CREATE INDEX \`ix_customer_department\` ON \`customer\` (\`owner_department_id\`)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`ix_customer_department\` ON \`customer\``);
    await queryRunner.query(`DROP INDEX \`ix_customer_custodian_review\` ON \`customer\``);
    await queryRunner.query(`DROP INDEX \`ix_customer_filing\` ON \`customer\``);
    await queryRunner.query(`DROP INDEX \`ix_customer_first_trade\` ON \`customer\``);
    await queryRunner.query(`DROP INDEX \`ix_customer_name_key\` ON \`customer\``);
    await queryRunner.query(`DROP INDEX \`ix_customer_phone_key\` ON \`customer\``);
    await queryRunner.query(`DROP INDEX \`ix_customer_merged_into\` ON \`customer\``);
    await queryRunner.query(`ALTER TABLE \`customer\` CHANGE \`owner_id\` \`owner_id\` varchar(64) NOT NULL`);
    await queryRunner.query(`ALTER TABLE \`customer\` CHANGE \`confidentiality\` \`confidentiality\` varchar(16) NOT NULL DEFAULT 'NONE'`);
    await queryRunner.query(`ALTER TABLE \`customer\` DROP COLUMN \`deleted_by\``);
    await queryRunner.query(`ALTER TABLE \`customer\` DROP COLUMN \`merged_into_id\``);
    await queryRunner.query(`ALTER TABLE \`customer\` DROP COLUMN \`complaint_facts_on\``);
    await queryRunner.query(`ALTER TABLE \`customer\` DROP COLUMN \`valid_complaints_12m\``);
    await queryRunner.query(`ALTER TABLE \`customer\` DROP COLUMN \`open_valid_complaints\``);
    await queryRunner.query(`ALTER TABLE \`customer\` DROP COLUMN \`problem_customer\``);
    await queryRunner.query(`ALTER TABLE \`customer\` DROP COLUMN \`churn_reason\``);
    await queryRunner.query(`ALTER TABLE \`customer\` DROP COLUMN \`churn_risk\``);
    await queryRunner.query(`ALTER TABLE \`customer\` DROP COLUMN \`dormant\``);
    await queryRunner.query(`ALTER TABLE \`customer\` DROP COLUMN \`last_service_on\``);
    await queryRunner.query(`ALTER TABLE \`customer\` DROP COLUMN \`last_order_on\``);
    await queryRunner.query(`ALTER TABLE \`customer\` DROP COLUMN \`first_trade_on\``);
    await queryRunner.query(`ALTER TABLE \`customer\` DROP COLUMN \`first_contact_on\``);
    await queryRunner.query(`ALTER TABLE \`customer\` DROP COLUMN \`review_due_on\``);
    await queryRunner.query(`ALTER TABLE \`customer\` DROP COLUMN \`last_reviewed_on\``);
    await queryRunner.query(`ALTER TABLE \`customer\` DROP COLUMN \`custodian_id\``);
    await queryRunner.query(`ALTER TABLE \`customer\` DROP COLUMN \`owner_since\``);
    await queryRunner.query(`ALTER TABLE \`customer\` DROP COLUMN \`disclosure_consent\``);
    await queryRunner.query(`ALTER TABLE \`customer\` DROP COLUMN \`filed_on\``);
    await queryRunner.query(`ALTER TABLE \`customer\` DROP COLUMN \`filing_approval_id\``);
    await queryRunner.query(`ALTER TABLE \`customer\` DROP COLUMN \`filed_at\``);
    await queryRunner.query(`ALTER TABLE \`customer\` DROP COLUMN \`customer_group_id\``);
    await queryRunner.query(`ALTER TABLE \`customer\` DROP COLUMN \`is_counterparty\``);
    await queryRunner.query(`ALTER TABLE \`customer\` DROP COLUMN \`key_account_manager_id\``);
    await queryRunner.query(`ALTER TABLE \`customer\` DROP COLUMN \`size_reason\``);
    await queryRunner.query(`ALTER TABLE \`customer\` DROP COLUMN \`size_designated\``);
    await queryRunner.query(`ALTER TABLE \`customer\` DROP COLUMN \`provisional_until\``);
    await queryRunner.query(`ALTER TABLE \`customer\` DROP COLUMN \`grade_effective_from\``);
    await queryRunner.query(`ALTER TABLE \`customer\` DROP COLUMN \`phone_key\``);
    await queryRunner.query(`ALTER TABLE \`customer\` DROP COLUMN \`name_key\``);
    await queryRunner.query(`DROP INDEX \`ux_visit_plan_customer\` ON \`visit_plan\``);
    await queryRunner.query(`DROP INDEX \`ix_visit_plan_due\` ON \`visit_plan\``);
    await queryRunner.query(`DROP TABLE \`visit_plan\``);
    await queryRunner.query(`DROP INDEX \`ix_termination_customer\` ON \`termination_request\``);
    await queryRunner.query(`DROP TABLE \`termination_request\``);
    await queryRunner.query(`DROP TABLE \`staff_departure\``);
    await queryRunner.query(`DROP INDEX \`ix_survey_customer\` ON \`satisfaction_survey\``);
    await queryRunner.query(`DROP TABLE \`satisfaction_survey\``);
    await queryRunner.query(`DROP INDEX \`ix_points_customer\` ON \`points_entry\``);
    await queryRunner.query(`DROP INDEX \`ux_points_source\` ON \`points_entry\``);
    await queryRunner.query(`DROP TABLE \`points_entry\``);
    await queryRunner.query(`DROP INDEX \`ux_periodic_report_period\` ON \`periodic_report\``);
    await queryRunner.query(`DROP INDEX \`ix_periodic_report_due\` ON \`periodic_report\``);
    await queryRunner.query(`DROP INDEX \`ix_periodic_report_owner\` ON \`periodic_report\``);
    await queryRunner.query(`DROP TABLE \`periodic_report\``);
    await queryRunner.query(`DROP INDEX \`ix_transfer_item_customer\` ON \`ownership_transfer_item\``);
    await queryRunner.query(`DROP TABLE \`ownership_transfer_item\``);
    await queryRunner.query(`DROP INDEX \`ix_transfer_state\` ON \`ownership_transfer\``);
    await queryRunner.query(`DROP INDEX \`ix_transfer_from\` ON \`ownership_transfer\``);
    await queryRunner.query(`DROP TABLE \`ownership_transfer\``);
    await queryRunner.query(`DROP INDEX \`ix_claim_customer\` ON \`ownership_claim\``);
    await queryRunner.query(`DROP INDEX \`ix_claim_protection\` ON \`ownership_claim\``);
    await queryRunner.query(`DROP INDEX \`ix_claim_submitted\` ON \`ownership_claim\``);
    await queryRunner.query(`DROP TABLE \`ownership_claim\``);
    await queryRunner.query(`DROP INDEX \`ix_ownership_change_customer\` ON \`ownership_change\``);
    await queryRunner.query(`DROP TABLE \`ownership_change\``);
    await queryRunner.query(`DROP INDEX \`ux_order_record_ref\` ON \`order_record\``);
    await queryRunner.query(`DROP INDEX \`ix_order_record_customer\` ON \`order_record\``);
    await queryRunner.query(`DROP TABLE \`order_record\``);
    await queryRunner.query(`DROP INDEX \`ux_office_report_period\` ON \`office_contact_report\``);
    await queryRunner.query(`DROP TABLE \`office_contact_report\``);
    await queryRunner.query(`DROP INDEX \`ix_grade_override_customer\` ON \`grade_override\``);
    await queryRunner.query(`DROP TABLE \`grade_override\``);
    await queryRunner.query(`DROP INDEX \`ix_grade_history_customer\` ON \`grade_history\``);
    await queryRunner.query(`DROP TABLE \`grade_history\``);
    await queryRunner.query(`DROP INDEX \`ux_grade_assessment_period\` ON \`grade_assessment\``);
    await queryRunner.query(`DROP INDEX \`ix_grade_assessment_cycle\` ON \`grade_assessment\``);
    await queryRunner.query(`DROP INDEX \`ix_grade_assessment_state\` ON \`grade_assessment\``);
    await queryRunner.query(`DROP TABLE \`grade_assessment\``);
    await queryRunner.query(`DROP INDEX \`ix_file_loan_due\` ON \`file_loan\``);
    await queryRunner.query(`DROP INDEX \`ix_file_loan_customer\` ON \`file_loan\``);
    await queryRunner.query(`DROP INDEX \`ix_file_loan_list\` ON \`file_loan\``);
    await queryRunner.query(`DROP TABLE \`file_loan\``);
    await queryRunner.query(`DROP INDEX \`ix_file_access_requester\` ON \`file_access_request\``);
    await queryRunner.query(`DROP INDEX \`ix_file_access_list\` ON \`file_access_request\``);
    await queryRunner.query(`DROP TABLE \`file_access_request\``);
    await queryRunner.query(`DROP INDEX \`ix_export_request_requester\` ON \`export_request\``);
    await queryRunner.query(`DROP INDEX \`ix_export_request_list\` ON \`export_request\``);
    await queryRunner.query(`DROP TABLE \`export_request\``);
    await queryRunner.query(`DROP INDEX \`ux_customer_task_dedupe\` ON \`customer_task\``);
    await queryRunner.query(`DROP INDEX \`ix_customer_task_assignee\` ON \`customer_task\``);
    await queryRunner.query(`DROP INDEX \`ix_customer_task_list\` ON \`customer_task\``);
    await queryRunner.query(`DROP INDEX \`ix_customer_task_related\` ON \`customer_task\``);
    await queryRunner.query(`DROP TABLE \`customer_task\``);
    await queryRunner.query(`DROP INDEX \`ix_state_change_customer\` ON \`customer_state_change\``);
    await queryRunner.query(`DROP INDEX \`ix_state_change_field\` ON \`customer_state_change\``);
    await queryRunner.query(`DROP TABLE \`customer_state_change\``);
    await queryRunner.query(`DROP INDEX \`ix_customer_merge_at\` ON \`customer_merge\``);
    await queryRunner.query(`DROP TABLE \`customer_merge\``);
    await queryRunner.query(`DROP INDEX \`ix_customer_event_customer\` ON \`customer_event\``);
    await queryRunner.query(`DROP TABLE \`customer_event\``);
    await queryRunner.query(`DROP INDEX \`ix_contact_customer\` ON \`customer_contact\``);
    await queryRunner.query(`DROP INDEX \`ix_contact_phone\` ON \`customer_contact\``);
    await queryRunner.query(`DROP TABLE \`customer_contact\``);
    await queryRunner.query(`DROP INDEX \`ix_communication_customer\` ON \`communication_record\``);
    await queryRunner.query(`DROP INDEX \`ix_communication_office\` ON \`communication_record\``);
    await queryRunner.query(`DROP TABLE \`communication_record\``);
    await queryRunner.query(`DROP INDEX \`ux_annual_record_year\` ON \`annual_record\``);
    await queryRunner.query(`DROP TABLE \`annual_record\``);
  }
}
