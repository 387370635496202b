/* Generated from schema.graphql by @crm/platform codegen. Do not edit. */
/* eslint-disable */
import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { CustomerReference } from '../models';
import { CreditProfileEntity } from '../entities/credit-profile.entity';
import { CreditLimitEntity } from '../entities/credit-limit.entity';
import { ReceivableEntity } from '../entities/receivable.entity';
import { ReceivableConnectionModel } from '../services/receivable.service';
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
  /**
   * 信用档案 of one customer; null when the customer has none. Only for callers whose credit scope is ALL (finance,
   * credit control, risk control…): the customer's owner, which places the profile in data scopes, is known to
   * the customer subgraph only. Everyone else reads `customer(id) { credit }`, which the gateway scopes by the owner.
   */
  creditProfile: Maybe<CreditProfile>;
  /** 应收账款 matching the filter, one keyset page at a time. */
  receivables: ReceivableConnection;
};


export type QueryCreditProfileArgs = {
  customerId: Scalars['ID']['input'];
};


export type QueryReceivablesArgs = {
  filter?: InputMaybe<ReceivableFilter>;
  orderBy?: InputMaybe<ReceivableOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Opens the credit profile of a customer (CRD-001: at most one per customer). Refusals come back in userErrors. */
  openCreditProfile: CreditProfilePayload;
  /** Edits a credit profile. The version read must still be current (optimistic locking). */
  updateCreditProfile: CreditProfilePayload;
  /** Sets the customer's standing credit limit (信用额度) from validFrom; it supersedes the standing limit in force then. */
  setCreditLimit: CreditLimitPayload;
  /** Records an invoice from an order or invoicing system as a receivable (应收账款); dueDate = invoiceDate + termDays (CRD-028). */
  recordReceivable: ReceivablePayload;
};


export type MutationOpenCreditProfileArgs = {
  input: OpenCreditProfileInput;
};


export type MutationUpdateCreditProfileArgs = {
  input: UpdateCreditProfileInput;
};


export type MutationSetCreditLimitArgs = {
  input: SetCreditLimitInput;
};


export type MutationRecordReceivableArgs = {
  input: RecordReceivableInput;
};

/** 客户 (owned by the customer subgraph), extended with its credit standing. */
export type Customer = {
  __typename?: 'Customer';
  id: Scalars['ID']['output'];
  /** The customer's owner and department, from the customer subgraph: they place its credit profile in data scopes. */
  ownerId: Maybe<Scalars['ID']['output']>;
  ownerDepartmentId: Maybe<Scalars['ID']['output']>;
  /** 信用档案; null when the customer has no credit profile or is outside the caller's credit scope. */
  credit: Maybe<CreditProfile>;
};

/**
 * 信用档案: a customer's credit admission, rating, terms and risk flags (one per customer). Internal ratings, limits,
 * exposure and AML levels (内部信用评级) are null for callers without `credit.rating:READ`: a sales rep sees the
 * credit check result — admission, hold, term and available credit — for own customers only.
 */
export type CreditProfile = {
  __typename?: 'CreditProfile';
  customerId: Scalars['ID']['output'];
  customer: Customer;
  subjectType: CreditSubjectType;
  admissionType: CreditAdmissionType;
  /** 准入状态 */
  admissionState: CreditAdmissionState;
  admittedOn: Maybe<Scalars['Date']['output']>;
  /** 重点监测行业 */
  monitoredIndustry: Scalars['Boolean']['output'];
  /** 信用等级 A/B/C/D (D = 现款交易, cash only); null until rated. */
  grade: Maybe<CreditGrade>;
  /** 15-notch scale (optional, CRD-014). */
  notch: Maybe<CreditNotch>;
  ratingValidUntil: Maybe<Scalars['Date']['output']>;
  /** 账期 in calendar days; from the grade's term table unless set explicitly (CRD-027). */
  paymentTermDays: Maybe<Scalars['Int']['output']>;
  /** 信用冻结 */
  onHold: Scalars['Boolean']['output'];
  /** 反洗钱风险等级; null only when masked. */
  amlLevel: Maybe<AmlLevel>;
  /** The customer's own standing credit limit (信用额度) valid today; null when none is in force. */
  limit: Maybe<Scalars['Decimal']['output']>;
  /** 敞口: unpaid part of open receivables (CURRENT, OVERDUE, BAD_DEBT); null only when masked. */
  exposure: Maybe<Scalars['Decimal']['output']>;
  /** 可用额度 = limit − exposure (negative when over the limit); null without a limit. */
  availableCredit: Maybe<Scalars['Decimal']['output']>;
  /** Optimistic-lock version: send it back with updateCreditProfile. */
  version: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  createdBy: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  updatedBy: Scalars['ID']['output'];
};

/** 信用额度: a limit for a customer, a customer group or the company default, valid over a date range. */
export type CreditLimit = {
  __typename?: 'CreditLimit';
  id: Scalars['ID']['output'];
  scope: CreditLimitScope;
  /** Customer id or customer-group id; null for the company default. */
  scopeId: Maybe<Scalars['ID']['output']>;
  /** null only when masked: limits are internal. */
  amount: Maybe<Scalars['Decimal']['output']>;
  kind: CreditLimitKind;
  validFrom: Scalars['Date']['output'];
  /** Last day of validity; null = open-ended. */
  validUntil: Maybe<Scalars['Date']['output']>;
  createdAt: Scalars['DateTime']['output'];
  createdBy: Scalars['ID']['output'];
};

/** 应收账款: one invoice's claim on a customer. */
export type Receivable = {
  __typename?: 'Receivable';
  id: Scalars['ID']['output'];
  /** 发票号 from the invoicing system, unique. */
  invoiceRef: Scalars['String']['output'];
  customerId: Scalars['ID']['output'];
  customer: Customer;
  /** The selling department (办事处). */
  departmentId: Scalars['ID']['output'];
  amount: Scalars['Decimal']['output'];
  paidAmount: Scalars['Decimal']['output'];
  /** amount − paidAmount */
  outstandingAmount: Scalars['Decimal']['output'];
  invoiceDate: Scalars['Date']['output'];
  /** 账期 in calendar days. */
  termDays: Scalars['Int']['output'];
  dueDate: Scalars['Date']['output'];
  state: ReceivableState;
  createdAt: Scalars['DateTime']['output'];
  createdBy: Scalars['ID']['output'];
};

/** 单一法人 | 集团 | 关联方 */
export type CreditSubjectType =
  | 'SINGLE'
  | 'GROUP'
  | 'RELATED_PARTY';

/** 一般客户准入 | 主动授信 */
export type CreditAdmissionType =
  | 'GENERAL'
  | 'PROACTIVE';

export type CreditAdmissionState =
  | 'NONE'
  | 'PENDING'
  | 'ADMITTED'
  | 'REJECTED'
  | 'LAPSED';

/** 信用等级; D = 现款交易 (cash only). */
export type CreditGrade =
  | 'A'
  | 'B'
  | 'C'
  | 'D';

/** 15 notches (no plain B); D = 违约 default. */
export type CreditNotch =
  | 'AAA'
  | 'AA'
  | 'A'
  | 'BBB_PLUS'
  | 'BBB'
  | 'BBB_MINUS'
  | 'BB_PLUS'
  | 'BB'
  | 'BB_MINUS'
  | 'B_PLUS'
  | 'B_MINUS'
  | 'CCC'
  | 'CC'
  | 'C'
  | 'D';

/** 反洗钱风险等级 高/中/低/未评估 */
export type AmlLevel =
  | 'HIGH'
  | 'MEDIUM'
  | 'LOW'
  | 'UNASSESSED';

export type CreditLimitScope =
  | 'CUSTOMER'
  | 'CUSTOMER_GROUP'
  | 'COMPANY_DEFAULT';

/** STANDING 常设额度 | TEMPORARY 临时额度 */
export type CreditLimitKind =
  | 'STANDING'
  | 'TEMPORARY';

/** 未到期 | 逾期 | 坏账 | 已结清 | 已核销 */
export type ReceivableState =
  | 'CURRENT'
  | 'OVERDUE'
  | 'BAD_DEBT'
  | 'SETTLED'
  | 'WRITTEN_OFF';

export type ReceivableFilter = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  states?: InputMaybe<Array<ReceivableState>>;
  /** Due strictly before this date. */
  dueBefore?: InputMaybe<Scalars['Date']['input']>;
};

export type ReceivableOrderField =
  | 'DUE_DATE'
  | 'INVOICE_DATE'
  | 'AMOUNT'
  | 'CREATED_AT';

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type ReceivableOrder = {
  field: ReceivableOrderField;
  direction?: SortDirection;
};

export type ReceivableConnection = {
  __typename?: 'ReceivableConnection';
  edges: Array<ReceivableEdge>;
  pageInfo: PageInfo;
  /** Receivables matching the filter, all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ReceivableEdge = {
  __typename?: 'ReceivableEdge';
  cursor: Scalars['String']['output'];
  node: Receivable;
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

export type OpenCreditProfileInput = {
  customerId: Scalars['ID']['input'];
  subjectType?: InputMaybe<CreditSubjectType>;
  admissionType?: InputMaybe<CreditAdmissionType>;
  monitoredIndustry?: InputMaybe<Scalars['Boolean']['input']>;
  /** When only the notch is given, the grade is its class (CRD-014). */
  grade?: InputMaybe<CreditGrade>;
  notch?: InputMaybe<CreditNotch>;
  ratingValidUntil?: InputMaybe<Scalars['Date']['input']>;
  /** Defaults to the grade's term (CRD-027). */
  paymentTermDays?: InputMaybe<Scalars['Int']['input']>;
  amlLevel?: InputMaybe<AmlLevel>;
};

/** Fields left out are unchanged; a field sent as null is cleared. */
export type UpdateCreditProfileInput = {
  customerId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  subjectType?: InputMaybe<CreditSubjectType>;
  admissionType?: InputMaybe<CreditAdmissionType>;
  admissionState?: InputMaybe<CreditAdmissionState>;
  /** Defaults to today when the profile becomes ADMITTED without one. */
  admittedOn?: InputMaybe<Scalars['Date']['input']>;
  monitoredIndustry?: InputMaybe<Scalars['Boolean']['input']>;
  /** A new grade without paymentTermDays sets the grade's term (CRD-027). */
  grade?: InputMaybe<CreditGrade>;
  notch?: InputMaybe<CreditNotch>;
  ratingValidUntil?: InputMaybe<Scalars['Date']['input']>;
  paymentTermDays?: InputMaybe<Scalars['Int']['input']>;
  onHold?: InputMaybe<Scalars['Boolean']['input']>;
  amlLevel?: InputMaybe<AmlLevel>;
};

export type SetCreditLimitInput = {
  customerId: Scalars['ID']['input'];
  /** Non-negative, and not below the customer's current exposure (CRD-018). */
  amount: Scalars['Decimal']['input'];
  validFrom: Scalars['Date']['input'];
  /** Last day of validity (inclusive); open-ended when left out. */
  validUntil?: InputMaybe<Scalars['Date']['input']>;
};

export type RecordReceivableInput = {
  invoiceRef: Scalars['String']['input'];
  customerId: Scalars['ID']['input'];
  departmentId: Scalars['ID']['input'];
  amount: Scalars['Decimal']['input'];
  /** Already paid on arrival; defaults to 0. */
  paidAmount?: InputMaybe<Scalars['Decimal']['input']>;
  invoiceDate: Scalars['Date']['input'];
  /** Defaults to the customer's payment term (CRD-028). */
  termDays?: InputMaybe<Scalars['Int']['input']>;
};

export type CreditProfilePayload = {
  __typename?: 'CreditProfilePayload';
  creditProfile: Maybe<CreditProfile>;
  userErrors: Array<UserError>;
};

export type CreditLimitPayload = {
  __typename?: 'CreditLimitPayload';
  creditLimit: Maybe<CreditLimit>;
  userErrors: Array<UserError>;
};

export type ReceivablePayload = {
  __typename?: 'ReceivablePayload';
  receivable: Maybe<Receivable>;
  userErrors: Array<UserError>;
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
  Customer: Customer;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"ownerId":true,"ownerDepartmentId":true}> ) );
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
  CreditProfile: ResolverTypeWrapper<CreditProfileEntity>;
  CreditLimit: ResolverTypeWrapper<CreditLimitEntity>;
  Receivable: ResolverTypeWrapper<ReceivableEntity>;
  CreditSubjectType: CreditSubjectType;
  CreditAdmissionType: CreditAdmissionType;
  CreditAdmissionState: CreditAdmissionState;
  CreditGrade: CreditGrade;
  CreditNotch: CreditNotch;
  AmlLevel: AmlLevel;
  CreditLimitScope: CreditLimitScope;
  CreditLimitKind: CreditLimitKind;
  ReceivableState: ReceivableState;
  ReceivableFilter: ReceivableFilter;
  ReceivableOrderField: ReceivableOrderField;
  SortDirection: SortDirection;
  ReceivableOrder: ReceivableOrder;
  ReceivableConnection: ResolverTypeWrapper<ReceivableConnectionModel>;
  ReceivableEdge: ResolverTypeWrapper<Omit<ReceivableEdge, 'node'> & { node: ResolversTypes['Receivable'] }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  UserError: ResolverTypeWrapper<UserError>;
  OpenCreditProfileInput: OpenCreditProfileInput;
  UpdateCreditProfileInput: UpdateCreditProfileInput;
  SetCreditLimitInput: SetCreditLimitInput;
  RecordReceivableInput: RecordReceivableInput;
  CreditProfilePayload: ResolverTypeWrapper<Omit<CreditProfilePayload, 'creditProfile'> & { creditProfile?: Maybe<ResolversTypes['CreditProfile']> }>;
  CreditLimitPayload: ResolverTypeWrapper<Omit<CreditLimitPayload, 'creditLimit'> & { creditLimit?: Maybe<ResolversTypes['CreditLimit']> }>;
  ReceivablePayload: ResolverTypeWrapper<Omit<ReceivablePayload, 'receivable'> & { receivable?: Maybe<ResolversTypes['Receivable']> }>;
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
  CreditProfile: CreditProfileEntity;
  CreditLimit: CreditLimitEntity;
  Receivable: ReceivableEntity;
  ReceivableFilter: ReceivableFilter;
  ReceivableOrder: ReceivableOrder;
  ReceivableConnection: ReceivableConnectionModel;
  ReceivableEdge: Omit<ReceivableEdge, 'node'> & { node: ResolversParentTypes['Receivable'] };
  PageInfo: PageInfo;
  UserError: UserError;
  OpenCreditProfileInput: OpenCreditProfileInput;
  UpdateCreditProfileInput: UpdateCreditProfileInput;
  SetCreditLimitInput: SetCreditLimitInput;
  RecordReceivableInput: RecordReceivableInput;
  CreditProfilePayload: Omit<CreditProfilePayload, 'creditProfile'> & { creditProfile?: Maybe<ResolversParentTypes['CreditProfile']> };
  CreditLimitPayload: Omit<CreditLimitPayload, 'creditLimit'> & { creditLimit?: Maybe<ResolversParentTypes['CreditLimit']> };
  ReceivablePayload: Omit<ReceivablePayload, 'receivable'> & { receivable?: Maybe<ResolversParentTypes['Receivable']> };
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

export type PermissionDirectiveArgs = {
  requires: Scalars['String']['input'];
};

export type PermissionDirectiveResolver<Result, Parent, ContextType = ServiceContext, Args = PermissionDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type MaskedDirectiveArgs = {
  unless: Scalars['String']['input'];
  style: Scalars['String']['input'];
};

export type MaskedDirectiveResolver<Result, Parent, ContextType = ServiceContext, Args = MaskedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type LinkDirectiveArgs = {
  url?: Maybe<Scalars['String']['input']>;
  as?: Maybe<Scalars['String']['input']>;
  for?: Maybe<Link__Purpose>;
  import?: Maybe<Array<Maybe<Scalars['link__Import']['input']>>>;
};

export type LinkDirectiveResolver<Result, Parent, ContextType = ServiceContext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__ProvidesDirectiveArgs = {
  fields: Scalars['federation__FieldSet']['input'];
};

export type Federation__ProvidesDirectiveResolver<Result, Parent, ContextType = ServiceContext, Args = Federation__ProvidesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

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
  creditProfile?: Resolver<Maybe<ResolversTypes['CreditProfile']>, ParentType, ContextType, RequireFields<QueryCreditProfileArgs, 'customerId'>>;
  receivables?: Resolver<ResolversTypes['ReceivableConnection'], ParentType, ContextType, Partial<QueryReceivablesArgs>>;
};

export type MutationResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  openCreditProfile?: Resolver<ResolversTypes['CreditProfilePayload'], ParentType, ContextType, RequireFields<MutationOpenCreditProfileArgs, 'input'>>;
  updateCreditProfile?: Resolver<ResolversTypes['CreditProfilePayload'], ParentType, ContextType, RequireFields<MutationUpdateCreditProfileArgs, 'input'>>;
  setCreditLimit?: Resolver<ResolversTypes['CreditLimitPayload'], ParentType, ContextType, RequireFields<MutationSetCreditLimitArgs, 'input'>>;
  recordReceivable?: Resolver<ResolversTypes['ReceivablePayload'], ParentType, ContextType, RequireFields<MutationRecordReceivableArgs, 'input'>>;
};

export type CustomerResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  credit?: Resolver<Maybe<ResolversTypes['CreditProfile']>, ParentType, ContextType>;
};

export type CreditProfileResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['CreditProfile'] = ResolversParentTypes['CreditProfile']> = {
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  subjectType?: Resolver<ResolversTypes['CreditSubjectType'], ParentType, ContextType>;
  admissionType?: Resolver<ResolversTypes['CreditAdmissionType'], ParentType, ContextType>;
  admissionState?: Resolver<ResolversTypes['CreditAdmissionState'], ParentType, ContextType>;
  admittedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  monitoredIndustry?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  grade?: Resolver<Maybe<ResolversTypes['CreditGrade']>, ParentType, ContextType>;
  notch?: Resolver<Maybe<ResolversTypes['CreditNotch']>, ParentType, ContextType>;
  ratingValidUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  paymentTermDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  onHold?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  amlLevel?: Resolver<Maybe<ResolversTypes['AmlLevel']>, ParentType, ContextType>;
  limit?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  exposure?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  availableCredit?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CreditLimitResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['CreditLimit'] = ResolversParentTypes['CreditLimit']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['CreditLimitScope'], ParentType, ContextType>;
  scopeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  amount?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CreditLimitKind'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ReceivableResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['Receivable'] = ResolversParentTypes['Receivable']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoiceRef?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  departmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  paidAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  outstandingAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  invoiceDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  termDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ReceivableState'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ReceivableConnectionResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['ReceivableConnection'] = ResolversParentTypes['ReceivableConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ReceivableEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReceivableEdgeResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['ReceivableEdge'] = ResolversParentTypes['ReceivableEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Receivable'], ParentType, ContextType>;
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

export type CreditProfilePayloadResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['CreditProfilePayload'] = ResolversParentTypes['CreditProfilePayload']> = {
  creditProfile?: Resolver<Maybe<ResolversTypes['CreditProfile']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CreditLimitPayloadResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['CreditLimitPayload'] = ResolversParentTypes['CreditLimitPayload']> = {
  creditLimit?: Resolver<Maybe<ResolversTypes['CreditLimit']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ReceivablePayloadResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['ReceivablePayload'] = ResolversParentTypes['ReceivablePayload']> = {
  receivable?: Resolver<Maybe<ResolversTypes['Receivable']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
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
  CreditProfile?: CreditProfileResolvers<ContextType>;
  CreditLimit?: CreditLimitResolvers<ContextType>;
  Receivable?: ReceivableResolvers<ContextType>;
  ReceivableConnection?: ReceivableConnectionResolvers<ContextType>;
  ReceivableEdge?: ReceivableEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  CreditProfilePayload?: CreditProfilePayloadResolvers<ContextType>;
  CreditLimitPayload?: CreditLimitPayloadResolvers<ContextType>;
  ReceivablePayload?: ReceivablePayloadResolvers<ContextType>;
  link__Import?: GraphQLScalarType;
  federation__FieldSet?: GraphQLScalarType;
  federation__Scope?: GraphQLScalarType;
  federation__Policy?: GraphQLScalarType;
  federation__ContextFieldValue?: GraphQLScalarType;
  _Any?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = ServiceContext> = {
  permission?: PermissionDirectiveResolver<any, any, ContextType>;
  masked?: MaskedDirectiveResolver<any, any, ContextType>;
  link?: LinkDirectiveResolver<any, any, ContextType>;
  federation__provides?: Federation__ProvidesDirectiveResolver<any, any, ContextType>;
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
