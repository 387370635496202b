/* Generated from schema.graphql by @crm/platform codegen. Do not edit. */
/* eslint-disable */
import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { SupplierEntity } from '../entities/supplier.entity';
import { SupplierConnectionModel, CustomerReference } from '../services/supplier.service';
import { SupplyItemEntity } from '../entities/supply-item.entity';
import { SupplyItemConnectionModel } from '../services/supply-item.service';
import { BlacklistEntryEntity } from '../entities/blacklist-entry.entity';
import { BlacklistEntryConnectionModel } from '../services/blacklist.service';
import { ServiceContext } from '../loaders';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Exact decimal in yuan as a string with two places. */
  Decimal: { input: string; output: string; }
  /** Calendar date YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** UTC instant, ISO-8601. */
  DateTime: { input: Date; output: Date | string; }
  link__Import: { input: string; output: string; }
  federation__FieldSet: { input: string; output: string; }
  federation__Scope: { input: string; output: string; }
  federation__Policy: { input: string; output: string; }
  federation__ContextFieldValue: { input: unknown; output: unknown; }
  _Any: { input: Record<string, unknown>; output: Record<string, unknown>; }
};

export type Query = {
  __typename?: 'Query';
  /** One supplier by id; null when it does not exist. */
  supplier: Maybe<Supplier>;
  /** Suppliers matching the filter, one keyset page at a time. */
  suppliers: SupplierConnection;
  /** One supply item (品种) by id. */
  supplyItem: Maybe<SupplyItem>;
  /** Supply items (品种) matching the filter. */
  supplyItems: SupplyItemConnection;
  /** 黑名单: blacklist entries, most recently listed first. */
  blacklistEntries: BlacklistEntryConnection;
};


export type QuerySupplierArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySuppliersArgs = {
  filter?: InputMaybe<SupplierFilter>;
  orderBy?: InputMaybe<SupplierOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySupplyItemArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySupplyItemsArgs = {
  filter?: InputMaybe<SupplyItemFilter>;
  orderBy?: InputMaybe<SupplyItemOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
};


export type QueryBlacklistEntriesArgs = {
  filter?: InputMaybe<BlacklistEntryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Opens a supplier application (APPLYING). Refused when the USCC or bank account is blacklisted (SUP-013) or already held (SUP-010). */
  registerSupplier: SupplierPayload;
  /** Edits a supplier's profile. The version read must still be current (optimistic locking). */
  updateSupplier: SupplierPayload;
};


export type MutationRegisterSupplierArgs = {
  input: RegisterSupplierInput;
};


export type MutationUpdateSupplierArgs = {
  input: UpdateSupplierInput;
};

/** The customer master record, owned by the customer subgraph; referenced here by id only. */
export type Customer = {
  __typename?: 'Customer';
  id: Scalars['ID']['output'];
};

/** 供应商: an enterprise or individual supplying resources, services or works (SUP-001). */
export type Supplier = {
  __typename?: 'Supplier';
  id: Scalars['ID']['output'];
  /** 供应商编号, unique and gap-free (GYS000001…). */
  code: Scalars['String']['output'];
  /** 供应商名称 */
  name: Scalars['String']['output'];
  /** 统一社会信用代码 (GB 32100-2015, check digit validated). */
  usccCode: Scalars['String']['output'];
  /** The customer record of the same legal entity, when the supplier is also a customer. */
  customer: Maybe<Customer>;
  kind: SupplierKind;
  /** 供应范围: one or more; the first is the main scope that decides the owning unit (SUP-003). */
  scopes: Array<SupplyScope>;
  /** 归口管理单位 (department id). */
  owningUnitId: Scalars['ID']['output'];
  /** 客商: a trade counterparty (SUP-006). */
  isCounterparty: Scalars['Boolean']['output'];
  /** 直供商 (true) or 贸易商 (false) (SUP-004). */
  isDirect: Scalars['Boolean']['output'];
  /** 重要供应商: monthly visits and quarterly meetings are due (SUP-038). */
  important: Scalars['Boolean']['output'];
  status: SupplierStatus;
  /** 结算账户: exactly one per supplier (SUP-010). */
  bankAccount: SupplierBankAccount;
  /** 法定代表人 */
  legalRepresentative: Maybe<Scalars['String']['output']>;
  address: Maybe<Scalars['String']['output']>;
  /** 联系人 */
  contactName: Maybe<Scalars['String']['output']>;
  /** 联系电话 */
  contactPhone: Maybe<Scalars['String']['output']>;
  /** Items (品种) this supplier is in supply for. */
  supplyItems: Array<SupplyItem>;
  /** Optimistic-lock version: send it back with updateSupplier. */
  version: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  createdBy: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  updatedBy: Scalars['ID']['output'];
};

/** 结算银行账户 */
export type SupplierBankAccount = {
  __typename?: 'SupplierBankAccount';
  /** 开户银行 */
  bank: Scalars['String']['output'];
  /** 账号, digits only. */
  accountNo: Scalars['String']['output'];
};

/** 生产型 / 贸易型(流通商) / 物流型 / 服务型 / 承包商 */
export type SupplierKind =
  | 'PRODUCER'
  | 'TRADER'
  | 'LOGISTICS'
  | 'SERVICE'
  | 'CONTRACTOR';

/** 实体产品 / 建筑 / 安装施工 / 设计 / 勘察 / 监理 / 维保检修 / 劳务 / 技术服务 / 物流 */
export type SupplyScope =
  | 'PRODUCT'
  | 'CONSTRUCTION'
  | 'INSTALLATION'
  | 'DESIGN'
  | 'SURVEY'
  | 'SUPERVISION'
  | 'MAINTENANCE'
  | 'LABOUR'
  | 'TECH_SERVICE'
  | 'LOGISTICS';

/** 申请中 / 已拒绝 / 注册 / 冻结 / 过期 / 取消注册资格 / 黑名单 */
export type SupplierStatus =
  | 'APPLYING'
  | 'REJECTED'
  | 'REGISTERED'
  | 'FROZEN'
  | 'EXPIRED'
  | 'CANCELLED'
  | 'BLACKLISTED';

export type SupplierFilter = {
  statuses?: InputMaybe<Array<SupplierStatus>>;
  kinds?: InputMaybe<Array<SupplierKind>>;
  /** Suppliers having this scope among theirs. */
  scope?: InputMaybe<SupplyScope>;
  owningUnitId?: InputMaybe<Scalars['ID']['input']>;
  important?: InputMaybe<Scalars['Boolean']['input']>;
  /** Substring of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  usccCode?: InputMaybe<Scalars['String']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
};

export type SupplierOrderField =
  | 'CODE'
  | 'NAME'
  | 'CREATED_AT'
  | 'UPDATED_AT';

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type SupplierOrder = {
  field: SupplierOrderField;
  direction?: SortDirection;
};

export type SupplierConnection = {
  __typename?: 'SupplierConnection';
  edges: Array<SupplierEdge>;
  pageInfo: PageInfo;
  /** Suppliers matching the filter, all pages. */
  totalCount: Scalars['Int']['output'];
};

export type SupplierEdge = {
  __typename?: 'SupplierEdge';
  cursor: Scalars['String']['output'];
  node: Supplier;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
  endCursor: Maybe<Scalars['String']['output']>;
};

/** An expected refusal: a stable code, the input field at fault and a message in the caller's language. */
export type UserError = {
  __typename?: 'UserError';
  code: Scalars['String']['output'];
  field: Array<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

export type SupplierBankAccountInput = {
  bank: Scalars['String']['input'];
  /** Spaces and hyphens are ignored. */
  accountNo: Scalars['String']['input'];
};

export type RegisterSupplierInput = {
  name: Scalars['String']['input'];
  usccCode: Scalars['String']['input'];
  kind: SupplierKind;
  /** At least one; the first is the main scope. */
  scopes: Array<SupplyScope>;
  /** Defaults to the unit the main scope maps to (SUP-003). */
  owningUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** The customer id of the same legal entity, if it is also a customer. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  isCounterparty?: InputMaybe<Scalars['Boolean']['input']>;
  /** Defaults to true except for TRADER suppliers. */
  isDirect?: InputMaybe<Scalars['Boolean']['input']>;
  important?: InputMaybe<Scalars['Boolean']['input']>;
  bankAccount: SupplierBankAccountInput;
  legalRepresentative?: InputMaybe<Scalars['String']['input']>;
  address?: InputMaybe<Scalars['String']['input']>;
  contactName?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
};

/** Fields left out are unchanged; a nullable field sent as null is cleared. The bank account can change only while APPLYING (SUP-010). */
export type UpdateSupplierInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  usccCode?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<SupplierKind>;
  scopes?: InputMaybe<Array<SupplyScope>>;
  owningUnitId?: InputMaybe<Scalars['ID']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  isCounterparty?: InputMaybe<Scalars['Boolean']['input']>;
  isDirect?: InputMaybe<Scalars['Boolean']['input']>;
  important?: InputMaybe<Scalars['Boolean']['input']>;
  bankAccount?: InputMaybe<SupplierBankAccountInput>;
  legalRepresentative?: InputMaybe<Scalars['String']['input']>;
  address?: InputMaybe<Scalars['String']['input']>;
  contactName?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
};

export type SupplierPayload = {
  __typename?: 'SupplierPayload';
  supplier: Maybe<Supplier>;
  userErrors: Array<UserError>;
};

/** 品种: an item bought from in-supply suppliers; its annual spend decides the supplier cap (SUP-020). */
export type SupplyItem = {
  __typename?: 'SupplyItem';
  id: Scalars['ID']['output'];
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** 归口管理单位 (department id). */
  owningUnitId: Scalars['ID']['output'];
  category: SupplyItemCategory;
  /** 年采购额: the previous calendar year's purchases, or the plan when there is no history (SUP-023). */
  annualSpend: Scalars['Decimal']['output'];
  /** Most in-supply suppliers allowed (SUP-020); null = no cap. */
  cap: Maybe<Scalars['Int']['output']>;
  /** 只出不进: no supplier may be added (SUP-022). */
  exitOnly: Scalars['Boolean']['output'];
  /** Number of in-supply suppliers (在供供应商数). */
  inSupplyCount: Scalars['Int']['output'];
  /** 在供供应商 */
  suppliers: Array<Supplier>;
  version: Scalars['Int']['output'];
};

/** 货物 / 工程 / 劳务 / 服务: caps apply to goods by default (SUP-020). */
export type SupplyItemCategory =
  | 'GOODS'
  | 'CONSTRUCTION'
  | 'LABOUR'
  | 'SERVICE';

export type SupplyItemFilter = {
  owningUnitId?: InputMaybe<Scalars['ID']['input']>;
  categories?: InputMaybe<Array<SupplyItemCategory>>;
  exitOnly?: InputMaybe<Scalars['Boolean']['input']>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

export type SupplyItemOrderField =
  | 'CODE'
  | 'NAME';

export type SupplyItemOrder = {
  field: SupplyItemOrderField;
  direction?: SortDirection;
};

export type SupplyItemConnection = {
  __typename?: 'SupplyItemConnection';
  edges: Array<SupplyItemEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SupplyItemEdge = {
  __typename?: 'SupplyItemEdge';
  cursor: Scalars['String']['output'];
  node: SupplyItem;
};

/** 黑名单条目: bans a USCC and a bank account until bannedThrough (SUP-013, SUP-034). */
export type BlacklistEntry = {
  __typename?: 'BlacklistEntry';
  id: Scalars['ID']['output'];
  /** The blacklisted supplier, when it was one of ours. */
  supplier: Maybe<Supplier>;
  usccCode: Maybe<Scalars['String']['output']>;
  bankAccountNo: Maybe<Scalars['String']['output']>;
  reason: BlacklistReason;
  listedOn: Scalars['Date']['output'];
  /** Last day of the ban (inclusive). */
  bannedThrough: Scalars['Date']['output'];
  /** True while today (business calendar) is on or before bannedThrough. */
  active: Scalars['Boolean']['output'];
};

/** 商业贿赂 / 同一注册周期冻结两次 / 虚假信息或欺诈 / 无正当理由不履行合同 / 重大损失 / 不正当竞争 / 重大责任事故 */
export type BlacklistReason =
  | 'BRIBERY'
  | 'FROZEN_TWICE'
  | 'FRAUD'
  | 'BREACH_WITHOUT_CAUSE'
  | 'MAJOR_LOSS'
  | 'UNFAIR_COMPETITION'
  | 'MAJOR_ACCIDENT';

export type BlacklistEntryFilter = {
  /** Only bans still in force today. */
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
  usccCode?: InputMaybe<Scalars['String']['input']>;
  /** Spaces and hyphens are ignored. */
  bankAccountNo?: InputMaybe<Scalars['String']['input']>;
};

export type BlacklistEntryConnection = {
  __typename?: 'BlacklistEntryConnection';
  edges: Array<BlacklistEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type BlacklistEntryEdge = {
  __typename?: 'BlacklistEntryEdge';
  cursor: Scalars['String']['output'];
  node: BlacklistEntry;
};

export type Link__Purpose =
  /** `SECURITY` features provide metadata necessary to securely resolve fields. */
  | 'SECURITY'
  /** `EXECUTION` features provide metadata necessary for operation execution. */
  | 'EXECUTION';



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Supplier: Supplier;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Supplier:
    ( { __typename: 'Supplier' }
    & GraphQLRecursivePick<FederationTypes['Supplier'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Customer: ResolverTypeWrapper<CustomerReference>;
  Supplier: ResolverTypeWrapper<SupplierEntity>;
  SupplierBankAccount: ResolverTypeWrapper<SupplierBankAccount>;
  SupplierKind: SupplierKind;
  SupplyScope: SupplyScope;
  SupplierStatus: SupplierStatus;
  SupplierFilter: SupplierFilter;
  SupplierOrderField: SupplierOrderField;
  SortDirection: SortDirection;
  SupplierOrder: SupplierOrder;
  SupplierConnection: ResolverTypeWrapper<SupplierConnectionModel>;
  SupplierEdge: ResolverTypeWrapper<Omit<SupplierEdge, 'node'> & { node: ResolversTypes['Supplier'] }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  UserError: ResolverTypeWrapper<UserError>;
  SupplierBankAccountInput: SupplierBankAccountInput;
  RegisterSupplierInput: RegisterSupplierInput;
  UpdateSupplierInput: UpdateSupplierInput;
  SupplierPayload: ResolverTypeWrapper<Omit<SupplierPayload, 'supplier'> & { supplier?: Maybe<ResolversTypes['Supplier']> }>;
  SupplyItem: ResolverTypeWrapper<SupplyItemEntity>;
  SupplyItemCategory: SupplyItemCategory;
  SupplyItemFilter: SupplyItemFilter;
  SupplyItemOrderField: SupplyItemOrderField;
  SupplyItemOrder: SupplyItemOrder;
  SupplyItemConnection: ResolverTypeWrapper<SupplyItemConnectionModel>;
  SupplyItemEdge: ResolverTypeWrapper<Omit<SupplyItemEdge, 'node'> & { node: ResolversTypes['SupplyItem'] }>;
  BlacklistEntry: ResolverTypeWrapper<BlacklistEntryEntity>;
  BlacklistReason: BlacklistReason;
  BlacklistEntryFilter: BlacklistEntryFilter;
  BlacklistEntryConnection: ResolverTypeWrapper<BlacklistEntryConnectionModel>;
  BlacklistEntryEdge: ResolverTypeWrapper<Omit<BlacklistEntryEdge, 'node'> & { node: ResolversTypes['BlacklistEntry'] }>;
  link__Purpose: Link__Purpose;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  federation__Scope: ResolverTypeWrapper<Scalars['federation__Scope']['output']>;
  federation__Policy: ResolverTypeWrapper<Scalars['federation__Policy']['output']>;
  federation__ContextFieldValue: ResolverTypeWrapper<Scalars['federation__ContextFieldValue']['output']>;
  _Any: ResolverTypeWrapper<Scalars['_Any']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Decimal: Scalars['Decimal']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Query: Record<PropertyKey, never>;
  ID: Scalars['ID']['output'];
  Mutation: Record<PropertyKey, never>;
  Customer: CustomerReference;
  Supplier: SupplierEntity;
  SupplierBankAccount: SupplierBankAccount;
  SupplierFilter: SupplierFilter;
  SupplierOrder: SupplierOrder;
  SupplierConnection: SupplierConnectionModel;
  SupplierEdge: Omit<SupplierEdge, 'node'> & { node: ResolversParentTypes['Supplier'] };
  PageInfo: PageInfo;
  UserError: UserError;
  SupplierBankAccountInput: SupplierBankAccountInput;
  RegisterSupplierInput: RegisterSupplierInput;
  UpdateSupplierInput: UpdateSupplierInput;
  SupplierPayload: Omit<SupplierPayload, 'supplier'> & { supplier?: Maybe<ResolversParentTypes['Supplier']> };
  SupplyItem: SupplyItemEntity;
  SupplyItemFilter: SupplyItemFilter;
  SupplyItemOrder: SupplyItemOrder;
  SupplyItemConnection: SupplyItemConnectionModel;
  SupplyItemEdge: Omit<SupplyItemEdge, 'node'> & { node: ResolversParentTypes['SupplyItem'] };
  BlacklistEntry: BlacklistEntryEntity;
  BlacklistEntryFilter: BlacklistEntryFilter;
  BlacklistEntryConnection: BlacklistEntryConnectionModel;
  BlacklistEntryEdge: Omit<BlacklistEntryEdge, 'node'> & { node: ResolversParentTypes['BlacklistEntry'] };
  link__Import: Scalars['link__Import']['output'];
  federation__FieldSet: Scalars['federation__FieldSet']['output'];
  federation__Scope: Scalars['federation__Scope']['output'];
  federation__Policy: Scalars['federation__Policy']['output'];
  federation__ContextFieldValue: Scalars['federation__ContextFieldValue']['output'];
  _Any: Scalars['_Any']['output'];
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
};

export type LinkDirectiveArgs = {
  url?: Maybe<Scalars['String']['input']>;
  as?: Maybe<Scalars['String']['input']>;
  for?: Maybe<Link__Purpose>;
  import?: Maybe<Array<Maybe<Scalars['link__Import']['input']>>>;
};

export type LinkDirectiveResolver<Result, Parent, ContextType = ServiceContext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__RequiresDirectiveArgs = {
  fields: Scalars['federation__FieldSet']['input'];
};

export type Federation__RequiresDirectiveResolver<Result, Parent, ContextType = ServiceContext, Args = Federation__RequiresDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__ProvidesDirectiveArgs = {
  fields: Scalars['federation__FieldSet']['input'];
};

export type Federation__ProvidesDirectiveResolver<Result, Parent, ContextType = ServiceContext, Args = Federation__ProvidesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__ExternalDirectiveArgs = {
  reason?: Maybe<Scalars['String']['input']>;
};

export type Federation__ExternalDirectiveResolver<Result, Parent, ContextType = ServiceContext, Args = Federation__ExternalDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__TagDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type Federation__TagDirectiveResolver<Result, Parent, ContextType = ServiceContext, Args = Federation__TagDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__ExtendsDirectiveArgs = { };

export type Federation__ExtendsDirectiveResolver<Result, Parent, ContextType = ServiceContext, Args = Federation__ExtendsDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = ServiceContext, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__InaccessibleDirectiveArgs = { };

export type Federation__InaccessibleDirectiveResolver<Result, Parent, ContextType = ServiceContext, Args = Federation__InaccessibleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__OverrideDirectiveArgs = {
  from: Scalars['String']['input'];
  label?: Maybe<Scalars['String']['input']>;
};

export type Federation__OverrideDirectiveResolver<Result, Parent, ContextType = ServiceContext, Args = Federation__OverrideDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__ComposeDirectiveDirectiveArgs = {
  name?: Maybe<Scalars['String']['input']>;
};

export type Federation__ComposeDirectiveDirectiveResolver<Result, Parent, ContextType = ServiceContext, Args = Federation__ComposeDirectiveDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__InterfaceObjectDirectiveArgs = { };

export type Federation__InterfaceObjectDirectiveResolver<Result, Parent, ContextType = ServiceContext, Args = Federation__InterfaceObjectDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__AuthenticatedDirectiveArgs = { };

export type Federation__AuthenticatedDirectiveResolver<Result, Parent, ContextType = ServiceContext, Args = Federation__AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__RequiresScopesDirectiveArgs = {
  scopes: Array<Array<Scalars['federation__Scope']['input']>>;
};

export type Federation__RequiresScopesDirectiveResolver<Result, Parent, ContextType = ServiceContext, Args = Federation__RequiresScopesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__PolicyDirectiveArgs = {
  policies: Array<Array<Scalars['federation__Policy']['input']>>;
};

export type Federation__PolicyDirectiveResolver<Result, Parent, ContextType = ServiceContext, Args = Federation__PolicyDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__ContextDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type Federation__ContextDirectiveResolver<Result, Parent, ContextType = ServiceContext, Args = Federation__ContextDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__FromContextDirectiveArgs = {
  field?: Maybe<Scalars['federation__ContextFieldValue']['input']>;
};

export type Federation__FromContextDirectiveResolver<Result, Parent, ContextType = ServiceContext, Args = Federation__FromContextDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__CostDirectiveArgs = {
  weight: Scalars['Int']['input'];
};

export type Federation__CostDirectiveResolver<Result, Parent, ContextType = ServiceContext, Args = Federation__CostDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__ListSizeDirectiveArgs = {
  assumedSize?: Maybe<Scalars['Int']['input']>;
  slicingArguments?: Maybe<Array<Scalars['String']['input']>>;
  sizedFields?: Maybe<Array<Scalars['String']['input']>>;
  requireOneSlicingArgument?: Maybe<Scalars['Boolean']['input']>;
};

export type Federation__ListSizeDirectiveResolver<Result, Parent, ContextType = ServiceContext, Args = Federation__ListSizeDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type QueryResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  supplier?: Resolver<Maybe<ResolversTypes['Supplier']>, ParentType, ContextType, RequireFields<QuerySupplierArgs, 'id'>>;
  suppliers?: Resolver<ResolversTypes['SupplierConnection'], ParentType, ContextType, Partial<QuerySuppliersArgs>>;
  supplyItem?: Resolver<Maybe<ResolversTypes['SupplyItem']>, ParentType, ContextType, RequireFields<QuerySupplyItemArgs, 'id'>>;
  supplyItems?: Resolver<ResolversTypes['SupplyItemConnection'], ParentType, ContextType, Partial<QuerySupplyItemsArgs>>;
  blacklistEntries?: Resolver<ResolversTypes['BlacklistEntryConnection'], ParentType, ContextType, Partial<QueryBlacklistEntriesArgs>>;
};

export type MutationResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  registerSupplier?: Resolver<ResolversTypes['SupplierPayload'], ParentType, ContextType, RequireFields<MutationRegisterSupplierArgs, 'input'>>;
  updateSupplier?: Resolver<ResolversTypes['SupplierPayload'], ParentType, ContextType, RequireFields<MutationUpdateSupplierArgs, 'input'>>;
};

export type CustomerResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type SupplierResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['Supplier'] = ResolversParentTypes['Supplier'], FederationReferenceType extends FederationReferenceTypes['Supplier'] = FederationReferenceTypes['Supplier']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Supplier']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  usccCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SupplierKind'], ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['SupplyScope']>, ParentType, ContextType>;
  owningUnitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isCounterparty?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isDirect?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  important?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SupplierStatus'], ParentType, ContextType>;
  bankAccount?: Resolver<ResolversTypes['SupplierBankAccount'], ParentType, ContextType>;
  legalRepresentative?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contactName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contactPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  supplyItems?: Resolver<Array<ResolversTypes['SupplyItem']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type SupplierBankAccountResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['SupplierBankAccount'] = ResolversParentTypes['SupplierBankAccount']> = {
  bank?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  accountNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SupplierConnectionResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['SupplierConnection'] = ResolversParentTypes['SupplierConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SupplierEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SupplierEdgeResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['SupplierEdge'] = ResolversParentTypes['SupplierEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Supplier'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SupplierPayloadResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['SupplierPayload'] = ResolversParentTypes['SupplierPayload']> = {
  supplier?: Resolver<Maybe<ResolversTypes['Supplier']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SupplyItemResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['SupplyItem'] = ResolversParentTypes['SupplyItem']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owningUnitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['SupplyItemCategory'], ParentType, ContextType>;
  annualSpend?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  cap?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  exitOnly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  inSupplyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  suppliers?: Resolver<Array<ResolversTypes['Supplier']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SupplyItemConnectionResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['SupplyItemConnection'] = ResolversParentTypes['SupplyItemConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SupplyItemEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SupplyItemEdgeResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['SupplyItemEdge'] = ResolversParentTypes['SupplyItemEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SupplyItem'], ParentType, ContextType>;
};

export type BlacklistEntryResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['BlacklistEntry'] = ResolversParentTypes['BlacklistEntry']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  supplier?: Resolver<Maybe<ResolversTypes['Supplier']>, ParentType, ContextType>;
  usccCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bankAccountNo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['BlacklistReason'], ParentType, ContextType>;
  listedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  bannedThrough?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type BlacklistEntryConnectionResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['BlacklistEntryConnection'] = ResolversParentTypes['BlacklistEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BlacklistEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BlacklistEntryEdgeResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['BlacklistEntryEdge'] = ResolversParentTypes['BlacklistEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['BlacklistEntry'], ParentType, ContextType>;
};

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export interface Federation__FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__FieldSet'], any> {
  name: 'federation__FieldSet';
}

export interface Federation__ScopeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__Scope'], any> {
  name: 'federation__Scope';
}

export interface Federation__PolicyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__Policy'], any> {
  name: 'federation__Policy';
}

export interface Federation__ContextFieldValueScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__ContextFieldValue'], any> {
  name: 'federation__ContextFieldValue';
}

export interface _AnyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['_Any'], any> {
  name: '_Any';
}

export type Resolvers<ContextType = ServiceContext> = {
  Decimal?: GraphQLScalarType;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Query?: QueryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  Supplier?: SupplierResolvers<ContextType>;
  SupplierBankAccount?: SupplierBankAccountResolvers<ContextType>;
  SupplierConnection?: SupplierConnectionResolvers<ContextType>;
  SupplierEdge?: SupplierEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  SupplierPayload?: SupplierPayloadResolvers<ContextType>;
  SupplyItem?: SupplyItemResolvers<ContextType>;
  SupplyItemConnection?: SupplyItemConnectionResolvers<ContextType>;
  SupplyItemEdge?: SupplyItemEdgeResolvers<ContextType>;
  BlacklistEntry?: BlacklistEntryResolvers<ContextType>;
  BlacklistEntryConnection?: BlacklistEntryConnectionResolvers<ContextType>;
  BlacklistEntryEdge?: BlacklistEntryEdgeResolvers<ContextType>;
  link__Import?: GraphQLScalarType;
  federation__FieldSet?: GraphQLScalarType;
  federation__Scope?: GraphQLScalarType;
  federation__Policy?: GraphQLScalarType;
  federation__ContextFieldValue?: GraphQLScalarType;
  _Any?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = ServiceContext> = {
  link?: LinkDirectiveResolver<any, any, ContextType>;
  federation__requires?: Federation__RequiresDirectiveResolver<any, any, ContextType>;
  federation__provides?: Federation__ProvidesDirectiveResolver<any, any, ContextType>;
  federation__external?: Federation__ExternalDirectiveResolver<any, any, ContextType>;
  federation__tag?: Federation__TagDirectiveResolver<any, any, ContextType>;
  federation__extends?: Federation__ExtendsDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
  federation__inaccessible?: Federation__InaccessibleDirectiveResolver<any, any, ContextType>;
  federation__override?: Federation__OverrideDirectiveResolver<any, any, ContextType>;
  federation__composeDirective?: Federation__ComposeDirectiveDirectiveResolver<any, any, ContextType>;
  federation__interfaceObject?: Federation__InterfaceObjectDirectiveResolver<any, any, ContextType>;
  federation__authenticated?: Federation__AuthenticatedDirectiveResolver<any, any, ContextType>;
  federation__requiresScopes?: Federation__RequiresScopesDirectiveResolver<any, any, ContextType>;
  federation__policy?: Federation__PolicyDirectiveResolver<any, any, ContextType>;
  federation__context?: Federation__ContextDirectiveResolver<any, any, ContextType>;
  federation__fromContext?: Federation__FromContextDirectiveResolver<any, any, ContextType>;
  federation__cost?: Federation__CostDirectiveResolver<any, any, ContextType>;
  federation__listSize?: Federation__ListSizeDirectiveResolver<any, any, ContextType>;
};
