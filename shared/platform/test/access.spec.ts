import { parse } from 'graphql';
import {
  Access,
  applyAccessDirectives,
  DEFAULT_ACCESS_POLICY,
  maskPhone,
  maskTail4,
  maskValue,
  OrgDirectory,
  parseAccessPolicy,
  scopeOf,
  undeclaredPermissions,
} from '../src';

const rep = { id: 's-zhangwei', name: '张伟', roles: ['SALES_REP'], departmentId: 'd-sales-east', departmentTree: ['d-sales-east'] };
const manager = {
  id: 's-yangmin',
  name: '杨敏',
  roles: ['SALES_DEPT_MANAGER'],
  departmentId: 'd-sales',
  departmentTree: ['d-sales', 'd-sales-east', 'd-sales-south'],
};

describe('X-020/X-023 the role table', () => {
  it('X-023 grants each action separately and takes the widest scope among the caller’s roles', () => {
    expect(scopeOf(DEFAULT_ACCESS_POLICY, ['SALES_REP'], 'customer:READ')).toBe('OWN');
    expect(scopeOf(DEFAULT_ACCESS_POLICY, ['SALES_REP'], 'customer:EXPORT')).toBeNull();
    expect(scopeOf(DEFAULT_ACCESS_POLICY, ['SALES_REP', 'SALES_DEPT_MANAGER'], 'customer:READ')).toBe('DEPARTMENT_TREE');
    expect(scopeOf(DEFAULT_ACCESS_POLICY, ['GM'], 'anything.at:ALL'.replace(':ALL', ':READ'))).toBe('ALL');
  });

  it('X-024 internal credit ratings are readable by finance, credit, risk, management and audit only', () => {
    const readers = Object.keys(DEFAULT_ACCESS_POLICY).filter((role) => scopeOf(DEFAULT_ACCESS_POLICY, [role], 'credit.rating:READ'));
    expect(readers.sort()).toEqual(
      ['AUDIT', 'CHAIRMAN', 'CREDIT_CONTROLLER', 'FINANCE', 'GM', 'RISK_CONTROL', 'SALES_DEPT_MANAGER', 'SYSTEM', 'VP'].sort(),
    );
  });

  it('X-026 the BI reader holds aggregate permissions only', () => {
    expect(scopeOf(DEFAULT_ACCESS_POLICY, ['BI_READER'], 'customer:AGGREGATE')).toBe('ALL');
    expect(scopeOf(DEFAULT_ACCESS_POLICY, ['BI_READER'], 'customer:READ')).toBeNull();
  });

  it('a policy file with a malformed grant is refused with its path', () => {
    expect(() => parseAccessPolicy({ SALES_REP: { title: 'x', scope: 'OWN', grants: ['customer:read'] } })).toThrow(
      'access policy: SALES_REP.grants.0',
    );
    expect(() => parseAccessPolicy({ SALES_REP: { title: 'x', scope: 'EVERYTHING', grants: [] } })).toThrow('SALES_REP.scope');
  });
});

describe('X-021 data scopes', () => {
  it('OWN covers the caller’s own records only; DEPARTMENT_TREE the department and its descendants', () => {
    const own = new Access(rep, DEFAULT_ACCESS_POLICY);
    expect(own.covers('customer:READ', { ownerId: 's-zhangwei', departmentId: 'd-sales-east' })).toBe(true);
    expect(own.covers('customer:READ', { ownerId: 's-lina', departmentId: 'd-sales-east' })).toBe(false);
    const tree = new Access(manager, DEFAULT_ACCESS_POLICY);
    expect(tree.covers('customer:READ', { ownerId: 's-lina', departmentId: 'd-sales-east' })).toBe(true);
    expect(tree.covers('customer:READ', { ownerId: 's-x', departmentId: 'd-finance' })).toBe(false);
  });

  it('the organisation directory gives a department’s subtree', () => {
    expect(OrgDirectory.load(undefined).subtreeOf('d-sales').sort()).toEqual(['d-sales', 'd-sales-east', 'd-sales-north', 'd-sales-south']);
    expect(OrgDirectory.load(undefined).subtreeOf(null)).toEqual([]);
  });
});

describe('X-022 masking', () => {
  it('phones keep the first 3 and last 4 digits, USCC and accounts the last 4 characters, amounts become null', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('0571-86001234')).toBe('057*****1234');
    expect(maskTail4('91330100MA27XKR7C0')).toBe('**************R7C0');
    expect(maskValue('1200000.00', 'HIDE')).toBeNull();
    expect(maskValue(null, 'PHONE')).toBeNull();
  });
});

describe('@permission and @masked declarations', () => {
  const typeDefs = parse(`
    directive @permission(requires: String!) on FIELD_DEFINITION | OBJECT | INPUT_FIELD_DEFINITION | ENUM_VALUE
    directive @masked(unless: String!, style: String!) on FIELD_DEFINITION
    type Query { customer: Thing @permission(requires: "customer:READ")  open: Int }
    type Mutation { removeThing: Int @permission(requires: "customer:DELETE") }
    type Thing @key(fields: "id") @permission(requires: "customer:READ") { id: ID! phone: String @masked(unless: "customer.contact:READ", style: "PHONE") }
    type Unguarded @key(fields: "id") { id: ID! }
    type Reference @key(fields: "id", resolvable: false) { id: ID! }
  `);

  it('lists root fields and resolvable entities that declare no permission', () => {
    expect(undeclaredPermissions(typeDefs)).toEqual(['Query.open', 'Unguarded (entity reference)']);
  });

  it('guards fields and entity references and masks what the caller may not read', async () => {
    const resolvers = applyAccessDirectives(typeDefs, {
      Query: { customer: () => ({ id: '1', phone: '13812345678' }) },
    }) as unknown as Record<string, Record<string, (...args: unknown[]) => unknown>>;
    const bi = { access: new Access({ id: 'bi', name: 'bi', roles: ['BI_READER'], departmentId: null }, DEFAULT_ACCESS_POLICY) };
    const cs = { access: new Access({ id: 'cs', name: 'cs', roles: ['CS_AGENT'], departmentId: 'd-cs' }, DEFAULT_ACCESS_POLICY) };
    const finance = { access: new Access({ id: 'f', name: 'f', roles: ['FINANCE'], departmentId: 'd-finance' }, DEFAULT_ACCESS_POLICY) };
    expect(() => resolvers.Query.customer({}, {}, bi, {})).toThrow('requires customer:READ');
    expect(() => resolvers.Thing.__resolveReference({ id: '1' }, bi, {})).toThrow('requires customer:READ');
    const info = { fieldName: 'phone' };
    expect(resolvers.Thing.phone({ phone: '13812345678' }, {}, cs, info)).toBe('13812345678');
    expect(resolvers.Thing.phone({ phone: '13812345678' }, {}, finance, info)).toBe('138****5678');
  });

  it('X-022 a filter or sort on a masked value needs the permission to read it, at any depth of the arguments', () => {
    const guardedDefs = parse(`
      directive @permission(requires: String!) on FIELD_DEFINITION | OBJECT | INPUT_FIELD_DEFINITION | ENUM_VALUE
      input ThingFilter { name: String code: String @permission(requires: "customer.protected:READ") and: [ThingFilter!] }
      enum ThingOrder { NAME AMOUNT @permission(requires: "credit.rating:READ") }
      type Query { things(filter: ThingFilter, order: ThingOrder): Int @permission(requires: "customer:READ") }
    `);
    const resolvers = applyAccessDirectives(guardedDefs, { Query: { things: () => 1 } }) as unknown as Record<
      string,
      Record<string, (...args: unknown[]) => unknown>
    >;
    const as = (role: string) => ({
      access: new Access({ id: role, name: role, roles: [role], departmentId: 'd-x' }, DEFAULT_ACCESS_POLICY),
    });
    const things = (args: Record<string, unknown>, role: string) => () => resolvers.Query.things({}, args, as(role), {});
    expect(things({ filter: { name: '华' }, order: 'NAME' }, 'CS_AGENT')()).toBe(1);
    expect(things({ filter: { code: '91330100MA27XKR7C0' } }, 'CS_AGENT')).toThrow('requires customer.protected:READ');
    expect(things({ filter: { and: [{ name: 'x' }, { code: '9133' }] } }, 'CS_AGENT')).toThrow('requires customer.protected:READ');
    expect(things({ filter: { code: '9133', name: null } }, 'SALES_REP')()).toBe(1);
    expect(things({ order: 'AMOUNT' }, 'SALES_REP')).toThrow('requires credit.rating:READ');
    expect(things({ order: 'AMOUNT' }, 'FINANCE')()).toBe(1);
  });
});
