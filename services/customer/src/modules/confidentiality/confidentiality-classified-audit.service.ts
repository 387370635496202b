import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { AuditEntryEntity, WithheldEntries } from '@crm/platform';
import { writeAudit, writeTransaction } from '@crm/platform';
import type { CustomerEntity } from '../../shared/entities/customer.entity';
import { isClassified } from '../../shared/confidentiality-levels.rules';
import { readableCustomerIds } from '../../shared/customer.store';
import { confidentialityOf, customerIdsOfRecords } from './confidentiality.store';
import type { RuleEnv } from '../../shared/runtime';

const CUSTOMER_TABLE = 'customer';

/**
 * a CONFIDENTIAL or TOP_SECRET customer file read by id or by reference is audited, one entry per file and
 * request. The reads of one request that happen together (a batch of references) are written in one transaction.
 */
export class ClassifiedReadAudit {
  private readonly audited: DataLoader<CustomerEntity, true, string>;

  constructor(dataSource: DataSource) {
    this.audited = new DataLoader(
      async (files) => {
        await writeTransaction(dataSource, (manager) =>
          writeAudit(
            manager,
            files.map((c) => ({
              entityType: CUSTOMER_TABLE,
              entityId: c.id,
              action: 'READ' as const,
              note: `${c.confidentiality} customer file read`,
            })),
          ),
        );
        return files.map(() => true as const);
      },
      { cacheKeyFn: (c) => c.id },
    );
  }

  /** The customer as read, after its read is audited when its file is classified. */
  async read(customer: CustomerEntity | null): Promise<CustomerEntity | null> {
    if (customer && isClassified(customer.confidentiality)) await this.audited.load(customer);
    return customer;
  }
}

/**
 * CUS-042 with X-032 in the audit trail: the values written to a CONFIDENTIAL or TOP_SECRET customer file, and to the
 * records that hang off it (contacts, events, …: tables with a customer id), are withheld from a trail reader who may
 * not read that file; the entry still shows who did what and when.
 */
export function classifiedAuditEntries(env: RuleEnv): WithheldEntries {
  return async (dataSource, entries, access) => {
    const customerOfEntry = await customersOf(dataSource, entries);
    const customerIds = [...new Set(customerOfEntry.values())];
    if (customerIds.length === 0) return new Set();
    const classified = (await confidentialityOf(dataSource, customerIds)).filter((c) => isClassified(c.confidentiality)).map((c) => c.id);
    if (classified.length === 0) return new Set();
    const readable = await readableCustomerIds(dataSource.manager, classified, access, env);
    const closed = new Set(classified.filter((id) => !readable.has(id)));
    return new Set([...customerOfEntry].filter(([, customerId]) => closed.has(customerId)).map(([entryId]) => entryId));
  };
}

/** Entry id → the customer whose file the entry is about, for entries on the customer table or a table with a customer id. */
async function customersOf(dataSource: DataSource, entries: readonly AuditEntryEntity[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const byTable = new Map<string, AuditEntryEntity[]>();
  for (const entry of entries) byTable.set(entry.entityType, [...(byTable.get(entry.entityType) ?? []), entry]);
  for (const [table, tableEntries] of byTable) {
    if (table === CUSTOMER_TABLE) {
      for (const entry of tableEntries) out.set(entry.id, entry.entityId);
      continue;
    }
    const metadata = dataSource.entityMetadatas.find((m) => m.tableName === table);
    if (!metadata?.findColumnWithPropertyName('customerId') || metadata.primaryColumns.length !== 1) continue;
    const key = metadata.primaryColumns[0].propertyName;
    const customerOfRecord = await customerIdsOfRecords(dataSource, metadata.target, key, [
      ...new Set(tableEntries.map((e) => e.entityId)),
    ]);
    for (const entry of tableEntries) {
      const customerId = customerOfRecord.get(entry.entityId);
      if (customerId) out.set(entry.id, customerId);
    }
  }
  return out;
}
