import type { StringValueNode } from 'graphql';
import { Kind, parse } from 'graphql';
import { readSubgraphSdl, resolveChain, stepsFor } from '@crm/platform';
import { SERVICE_NAME, sourceDir } from '../../..';
import { ADMISSION_APPROVAL_TEMPLATES } from '../admission.approvals';
import { ADMISSION_TEMPLATE, admissionAttributes, admissionEffect, stepDecidedBy } from '../admission.rules';
import { SUPPLIER_PROTECTED_FIELDS } from '../../../shared/protected-fields';

const chainFor = (method: Parameters<typeof admissionAttributes>[0]) =>
  resolveChain(ADMISSION_APPROVAL_TEMPLATES, ADMISSION_TEMPLATE, admissionAttributes(method));

describe('supplier admission rules', () => {
  it('SUP-008 X-054 an admission goes PROCUREMENT_UNIT → RISK_CONTROL → VP, whatever the method other than NEGOTIATED', () => {
    for (const method of [null, undefined, 'PUBLIC_TENDER', 'INVITED_TENDER', 'DIRECT_PURCHASE'] as const) {
      expect({ method, chain: chainFor(method) }).toEqual({ method, chain: ['PROCUREMENT_UNIT', 'RISK_CONTROL', 'VP'] });
    }
  });

  it('SUP-014 an admission for NEGOTIATED procurement also needs the GM (top leader)', () => {
    expect(chainFor('NEGOTIATED')).toEqual(['PROCUREMENT_UNIT', 'RISK_CONTROL', 'VP', 'GM']);
  });

  it('SUP-008 only an approved admission registers an applicant; a rejected or withdrawn one ends REJECTED', () => {
    expect(admissionEffect('APPROVED', 'APPLYING')).toEqual({ kind: 'SET_STATUS', status: 'REGISTERED' });
    expect(admissionEffect('REJECTED', 'APPLYING')).toEqual({ kind: 'SET_STATUS', status: 'REJECTED' });
    expect(admissionEffect('WITHDRAWN', 'APPLYING')).toEqual({ kind: 'SET_STATUS', status: 'REJECTED' });
  });

  it('SUP-008 an open or returned admission leaves the applicant APPLYING', () => {
    expect(admissionEffect('PENDING', 'APPLYING')).toEqual({ kind: 'NONE' });
    expect(admissionEffect('DRAFT', 'APPLYING')).toEqual({ kind: 'NONE' });
  });

  it('SUP-008 a supplier that left APPLYING cannot be admitted, but its request can still be closed', () => {
    expect(admissionEffect('APPROVED', 'BLACKLISTED')).toEqual({ kind: 'NOT_APPLYING' });
    expect(admissionEffect('APPROVED', 'REGISTERED')).toEqual({ kind: 'NOT_APPLYING' });
    expect(admissionEffect('REJECTED', 'BLACKLISTED')).toEqual({ kind: 'NONE' });
    expect(admissionEffect('WITHDRAWN', 'REGISTERED')).toEqual({ kind: 'NONE' });
  });

  it('X-051 finds the one step a person decided, and none for someone who decided nothing', () => {
    const steps = stepsFor(['PROCUREMENT_UNIT', 'RISK_CONTROL', 'VP']);
    steps[0] = { ...steps[0], decidedBy: 's-head', decision: 'APPROVED' };
    steps[1] = { ...steps[1], decidedBy: 's-hulin', decision: 'APPROVED' };
    expect(stepDecidedBy(steps, 's-hulin')?.role).toBe('RISK_CONTROL');
    expect(stepDecidedBy(steps, 's-majie')).toBeNull();
  });
});

describe('X-022 protected fields of the audit trail', () => {
  /** Each @masked GraphQL field and the entity property (table.property) the trail records it under. */
  const PROPERTY_OF: Record<string, string> = {
    'Supplier.contactName': 'supplier.contactName',
    'Supplier.contactPhone': 'supplier.contactPhone',
    'SupplierBankAccount.accountNo': 'supplier.bankAccountNo',
    'BlacklistEntry.bankAccountNo': 'blacklist_entry.bankAccountNo',
  };

  it('X-022 the trail masks exactly the fields the SDL masks, with the same permission and style', () => {
    const masked: Record<string, { permission: string; style: string }> = {};
    for (const definition of parse(readSubgraphSdl(sourceDir, SERVICE_NAME)).definitions) {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
      for (const field of definition.fields ?? []) {
        const directive = field.directives?.find((d) => d.name.value === 'masked');
        if (!directive) continue;
        const arg = (name: string) => (directive.arguments!.find((a) => a.name.value === name)!.value as StringValueNode).value;
        masked[`${definition.name.value}.${field.name.value}`] = { permission: arg('unless'), style: arg('style') };
      }
    }
    expect(Object.keys(masked).sort()).toEqual(Object.keys(PROPERTY_OF).sort());
    const trail: Record<string, { permission: string; style: string }> = {};
    for (const [table, fields] of Object.entries(SUPPLIER_PROTECTED_FIELDS))
      for (const [property, rule] of Object.entries(fields)) trail[`${table}.${property}`] = rule;
    expect(trail).toEqual(Object.fromEntries(Object.entries(masked).map(([field, rule]) => [PROPERTY_OF[field], rule])));
  });
});
