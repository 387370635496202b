/* Generated from schema.graphql by @crm/platform codegen. Do not edit. */
/* eslint-disable */
import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { ReceptionEntity } from '../entities/reception.entity';
import { ReceptionExpenseEntity } from '../entities/reception-expense.entity';
import { ReceptionConnectionModel } from '../services/reception.service';
import { ReceptionBudgetModel } from '../domain/reception-budget';
import { CustomerReference } from '../services/customer-receptions.service';
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
  /** One reception (接待) by id; null when it does not exist. */
  reception: Maybe<Reception>;
  /** Receptions matching the filter, one keyset page at a time (default order: start date, most recent first). */
  receptions: ReceptionConnection;
};


export type QueryReceptionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReceptionsArgs = {
  filter?: InputMaybe<ReceptionFilter>;
  orderBy?: InputMaybe<ReceptionOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Records a reception request (接待申请) in DRAFT. Refusals come back in userErrors; nothing is saved then. */
  requestReception: ReceptionPayload;
  /** Edits a DRAFT reception. The version read must still be current (optimistic locking). */
  updateReception: ReceptionPayload;
};


export type MutationRequestReceptionArgs = {
  input: RequestReceptionInput;
};


export type MutationUpdateReceptionArgs = {
  input: UpdateReceptionInput;
};

export type Customer = {
  __typename?: 'Customer';
  id: Scalars['ID']['output'];
  /** The customer's owner and department, from the customer subgraph: they place its receptions in data scopes. */
  ownerId: Maybe<Scalars['ID']['output']>;
  ownerDepartmentId: Maybe<Scalars['ID']['output']>;
  /**
   * 该客户的接待记录, most recent start date first: `first: 5` is the customer's last five receptions,
   * `last: n` the n oldest. `states` narrows the list (e.g. COMPLETED for the customer timeline, REC-014).
   */
  receptions: ReceptionConnection;
};


export type CustomerReceptionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  states?: InputMaybe<Array<ReceptionState>>;
};

/** 接待: a visit hosted by the company, from request to settlement. */
export type Reception = {
  __typename?: 'Reception';
  id: Scalars['ID']['output'];
  /** 接待类别 (REC-001). */
  class: ReceptionClass;
  /** Who is hosted: a customer, a supplier or another visitor. */
  hostedPartyType: HostedPartyType;
  /** The hosted customer (when hostedPartyType = CUSTOMER). */
  customer: Maybe<Customer>;
  customerId: Maybe<Scalars['ID']['output']>;
  /** The hosted supplier's id (when hostedPartyType = SUPPLIER). */
  supplierId: Maybe<Scalars['ID']['output']>;
  /** 来访单位, as written on the request. */
  organisation: Scalars['String']['output'];
  /** Customer grade when the reception was requested (X-002 snapshot); null until read from the customer. */
  customerGradeAtRequest: Maybe<ReceptionCustomerGrade>;
  /** Customer size when the reception was requested (X-002 snapshot). */
  customerSizeAtRequest: Maybe<ReceptionCustomerSize>;
  /** Whether the customer was filed (已备案) when the reception was requested (X-002 snapshot). */
  customerFiledAtRequest: Maybe<Scalars['Boolean']['output']>;
  /** 来宾人数, at least 1. */
  guestCount: Scalars['Int']['output'];
  /** 来宾名单: the guests known by name (may be fewer than guestCount). */
  guests: Array<ReceptionGuest>;
  /** Staff id of the host (接待主持人). */
  hostId: Scalars['ID']['output'];
  /** The host's rank (REC-003). */
  hostRank: HostRank;
  /** Why a host below the class's minimum rank receives the guests (REC-003); null when the rank suffices. */
  hostSubstitutionReason: Maybe<Scalars['String']['output']>;
  startOn: Scalars['Date']['output'];
  endOn: Scalars['Date']['output'];
  /** 接待事由及行程概要. */
  purpose: Scalars['String']['output'];
  /** 接待预算 by category. */
  budget: ReceptionBudget;
  /** Department charged with the costs: the requesting department (REC-010). */
  costDepartmentId: Scalars['ID']['output'];
  state: ReceptionState;
  /** Actual expenses recorded after the reception (REC-012), by day. */
  expenses: Array<ReceptionExpense>;
  /** Optimistic-lock version: send it back with updateReception. */
  version: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Staff id of the requester. */
  createdBy: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  updatedBy: Scalars['ID']['output'];
};

/** 来宾 */
export type ReceptionGuest = {
  __typename?: 'ReceptionGuest';
  name: Scalars['String']['output'];
  /** 职务 */
  title: Maybe<Scalars['String']['output']>;
  /** 外宾 */
  isForeign: Scalars['Boolean']['output'];
};

/** 接待预算: hospitality (meals, refreshments, entertainment), lodging, transport and gifts are budgeted separately (REC-005). */
export type ReceptionBudget = {
  __typename?: 'ReceptionBudget';
  /** 招待费 */
  hospitality: Scalars['Decimal']['output'];
  /** 住宿费 */
  lodging: Scalars['Decimal']['output'];
  /** 交通费 */
  transport: Scalars['Decimal']['output'];
  /** 礼品费 */
  gifts: Scalars['Decimal']['output'];
  /** Sum of the four. */
  total: Scalars['Decimal']['output'];
};

/** 接待费用: one actual expense of a reception. */
export type ReceptionExpense = {
  __typename?: 'ReceptionExpense';
  id: Scalars['ID']['output'];
  category: ReceptionExpenseCategory;
  /** The reception day the expense belongs to. */
  day: Scalars['Date']['output'];
  amount: Scalars['Decimal']['output'];
  /** 发票号 */
  invoiceRef: Maybe<Scalars['String']['output']>;
};

/** A: 公司贵客 (guests of senior management); B: 贵宾接待 (VIP); C: 业务接待 (marketing customers); D: 普通接待. */
export type ReceptionClass =
  | 'A'
  | 'B'
  | 'C'
  | 'D';

export type HostedPartyType =
  | 'CUSTOMER'
  | 'SUPPLIER'
  | 'OTHER';

/** 公司高层 > 部门总监 > 部门经理 > 部门主管/业务负责人. */
export type HostRank =
  | 'SENIOR_MANAGEMENT'
  | 'DEPARTMENT_DIRECTOR'
  | 'DEPARTMENT_MANAGER'
  | 'SUPERVISOR';

export type ReceptionState =
  | 'DRAFT'
  | 'SUBMITTED'
  | 'APPROVED'
  | 'REJECTED'
  | 'PLANNED'
  | 'IN_PROGRESS'
  | 'COMPLETED'
  | 'SETTLED'
  | 'SETTLEMENT_REFUSED'
  | 'CANCELLED';

/** 招待 / 住宿 / 交通 / 礼品 / 其他 */
export type ReceptionExpenseCategory =
  | 'HOSPITALITY'
  | 'LODGING'
  | 'TRANSPORT'
  | 'GIFT'
  | 'OTHER';

/** The customer's quality grade as snapshotted by reception (same values as the customer subgraph's grade). */
export type ReceptionCustomerGrade =
  | 'A'
  | 'B'
  | 'C'
  | 'D';

/** The customer's size as snapshotted by reception (same values as the customer subgraph's size). */
export type ReceptionCustomerSize =
  | 'BIG'
  | 'ORDINARY';

export type ReceptionFilter = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
  supplierId?: InputMaybe<Scalars['ID']['input']>;
  hostId?: InputMaybe<Scalars['ID']['input']>;
  classes?: InputMaybe<Array<ReceptionClass>>;
  states?: InputMaybe<Array<ReceptionState>>;
  hostedPartyTypes?: InputMaybe<Array<HostedPartyType>>;
  /** Receptions starting on or after this date. */
  startFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Receptions starting on or before this date. */
  startTo?: InputMaybe<Scalars['Date']['input']>;
};

export type ReceptionOrderField =
  | 'START_ON'
  | 'CREATED_AT'
  | 'UPDATED_AT';

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type ReceptionOrder = {
  field: ReceptionOrderField;
  direction?: SortDirection;
};

export type ReceptionConnection = {
  __typename?: 'ReceptionConnection';
  edges: Array<ReceptionEdge>;
  pageInfo: PageInfo;
  /** Receptions matching the filter, all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ReceptionEdge = {
  __typename?: 'ReceptionEdge';
  cursor: Scalars['String']['output'];
  node: Reception;
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

export type ReceptionGuestInput = {
  name: Scalars['String']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  isForeign?: Scalars['Boolean']['input'];
};

/** Amounts left out are 0. */
export type ReceptionBudgetInput = {
  hospitality?: InputMaybe<Scalars['Decimal']['input']>;
  lodging?: InputMaybe<Scalars['Decimal']['input']>;
  transport?: InputMaybe<Scalars['Decimal']['input']>;
  gifts?: InputMaybe<Scalars['Decimal']['input']>;
};

export type RequestReceptionInput = {
  class: ReceptionClass;
  hostedPartyType: HostedPartyType;
  /** Required when hostedPartyType = CUSTOMER. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Required when hostedPartyType = SUPPLIER. */
  supplierId?: InputMaybe<Scalars['ID']['input']>;
  organisation: Scalars['String']['input'];
  guestCount: Scalars['Int']['input'];
  guests?: InputMaybe<Array<ReceptionGuestInput>>;
  hostId: Scalars['ID']['input'];
  hostRank: HostRank;
  /** Required when the host ranks below the class's minimum (REC-003). */
  hostSubstitutionReason?: InputMaybe<Scalars['String']['input']>;
  startOn: Scalars['Date']['input'];
  endOn: Scalars['Date']['input'];
  purpose: Scalars['String']['input'];
  budget?: InputMaybe<ReceptionBudgetInput>;
};

/** Fields left out are unchanged; a field sent as null is cleared (refused for required fields). The budget, when sent, replaces the whole budget. */
export type UpdateReceptionInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  class?: InputMaybe<ReceptionClass>;
  hostedPartyType?: InputMaybe<HostedPartyType>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  supplierId?: InputMaybe<Scalars['ID']['input']>;
  organisation?: InputMaybe<Scalars['String']['input']>;
  guestCount?: InputMaybe<Scalars['Int']['input']>;
  guests?: InputMaybe<Array<ReceptionGuestInput>>;
  hostId?: InputMaybe<Scalars['ID']['input']>;
  hostRank?: InputMaybe<HostRank>;
  hostSubstitutionReason?: InputMaybe<Scalars['String']['input']>;
  startOn?: InputMaybe<Scalars['Date']['input']>;
  endOn?: InputMaybe<Scalars['Date']['input']>;
  purpose?: InputMaybe<Scalars['String']['input']>;
  budget?: InputMaybe<ReceptionBudgetInput>;
};

export type ReceptionPayload = {
  __typename?: 'ReceptionPayload';
  reception: Maybe<Reception>;
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
  Reception: Reception;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"ownerId":true,"ownerDepartmentId":true}> ) );
  Reception:
    ( { __typename: 'Reception' }
    & GraphQLRecursivePick<FederationTypes['Reception'], {"id":true}> );
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
  Reception: ResolverTypeWrapper<ReceptionEntity>;
  ReceptionGuest: ResolverTypeWrapper<ReceptionGuest>;
  ReceptionBudget: ResolverTypeWrapper<ReceptionBudgetModel>;
  ReceptionExpense: ResolverTypeWrapper<ReceptionExpenseEntity>;
  ReceptionClass: ReceptionClass;
  HostedPartyType: HostedPartyType;
  HostRank: HostRank;
  ReceptionState: ReceptionState;
  ReceptionExpenseCategory: ReceptionExpenseCategory;
  ReceptionCustomerGrade: ReceptionCustomerGrade;
  ReceptionCustomerSize: ReceptionCustomerSize;
  ReceptionFilter: ReceptionFilter;
  ReceptionOrderField: ReceptionOrderField;
  SortDirection: SortDirection;
  ReceptionOrder: ReceptionOrder;
  ReceptionConnection: ResolverTypeWrapper<ReceptionConnectionModel>;
  ReceptionEdge: ResolverTypeWrapper<Omit<ReceptionEdge, 'node'> & { node: ResolversTypes['Reception'] }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  UserError: ResolverTypeWrapper<UserError>;
  ReceptionGuestInput: ReceptionGuestInput;
  ReceptionBudgetInput: ReceptionBudgetInput;
  RequestReceptionInput: RequestReceptionInput;
  UpdateReceptionInput: UpdateReceptionInput;
  ReceptionPayload: ResolverTypeWrapper<Omit<ReceptionPayload, 'reception'> & { reception?: Maybe<ResolversTypes['Reception']> }>;
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
  Reception: ReceptionEntity;
  ReceptionGuest: ReceptionGuest;
  ReceptionBudget: ReceptionBudgetModel;
  ReceptionExpense: ReceptionExpenseEntity;
  ReceptionFilter: ReceptionFilter;
  ReceptionOrder: ReceptionOrder;
  ReceptionConnection: ReceptionConnectionModel;
  ReceptionEdge: Omit<ReceptionEdge, 'node'> & { node: ResolversParentTypes['Reception'] };
  PageInfo: PageInfo;
  UserError: UserError;
  ReceptionGuestInput: ReceptionGuestInput;
  ReceptionBudgetInput: ReceptionBudgetInput;
  RequestReceptionInput: RequestReceptionInput;
  UpdateReceptionInput: UpdateReceptionInput;
  ReceptionPayload: Omit<ReceptionPayload, 'reception'> & { reception?: Maybe<ResolversParentTypes['Reception']> };
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
  reception?: Resolver<Maybe<ResolversTypes['Reception']>, ParentType, ContextType, RequireFields<QueryReceptionArgs, 'id'>>;
  receptions?: Resolver<ResolversTypes['ReceptionConnection'], ParentType, ContextType, Partial<QueryReceptionsArgs>>;
};

export type MutationResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  requestReception?: Resolver<ResolversTypes['ReceptionPayload'], ParentType, ContextType, RequireFields<MutationRequestReceptionArgs, 'input'>>;
  updateReception?: Resolver<ResolversTypes['ReceptionPayload'], ParentType, ContextType, RequireFields<MutationUpdateReceptionArgs, 'input'>>;
};

export type CustomerResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  receptions?: Resolver<ResolversTypes['ReceptionConnection'], ParentType, ContextType, Partial<CustomerReceptionsArgs>>;
};

export type ReceptionResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['Reception'] = ResolversParentTypes['Reception'], FederationReferenceType extends FederationReferenceTypes['Reception'] = FederationReferenceTypes['Reception']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Reception']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  class?: Resolver<ResolversTypes['ReceptionClass'], ParentType, ContextType>;
  hostedPartyType?: Resolver<ResolversTypes['HostedPartyType'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  customerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  supplierId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customerGradeAtRequest?: Resolver<Maybe<ResolversTypes['ReceptionCustomerGrade']>, ParentType, ContextType>;
  customerSizeAtRequest?: Resolver<Maybe<ResolversTypes['ReceptionCustomerSize']>, ParentType, ContextType>;
  customerFiledAtRequest?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  guestCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  guests?: Resolver<Array<ResolversTypes['ReceptionGuest']>, ParentType, ContextType>;
  hostId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  hostRank?: Resolver<ResolversTypes['HostRank'], ParentType, ContextType>;
  hostSubstitutionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  endOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  budget?: Resolver<ResolversTypes['ReceptionBudget'], ParentType, ContextType>;
  costDepartmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ReceptionState'], ParentType, ContextType>;
  expenses?: Resolver<Array<ResolversTypes['ReceptionExpense']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ReceptionGuestResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['ReceptionGuest'] = ResolversParentTypes['ReceptionGuest']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  isForeign?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ReceptionBudgetResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['ReceptionBudget'] = ResolversParentTypes['ReceptionBudget']> = {
  hospitality?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  lodging?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  transport?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  gifts?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type ReceptionExpenseResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['ReceptionExpense'] = ResolversParentTypes['ReceptionExpense']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['ReceptionExpenseCategory'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  invoiceRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ReceptionConnectionResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['ReceptionConnection'] = ResolversParentTypes['ReceptionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ReceptionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReceptionEdgeResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['ReceptionEdge'] = ResolversParentTypes['ReceptionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Reception'], ParentType, ContextType>;
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

export type ReceptionPayloadResolvers<ContextType = ServiceContext, ParentType extends ResolversParentTypes['ReceptionPayload'] = ResolversParentTypes['ReceptionPayload']> = {
  reception?: Resolver<Maybe<ResolversTypes['Reception']>, ParentType, ContextType>;
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
  Reception?: ReceptionResolvers<ContextType>;
  ReceptionGuest?: ReceptionGuestResolvers<ContextType>;
  ReceptionBudget?: ReceptionBudgetResolvers<ContextType>;
  ReceptionExpense?: ReceptionExpenseResolvers<ContextType>;
  ReceptionConnection?: ReceptionConnectionResolvers<ContextType>;
  ReceptionEdge?: ReceptionEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  ReceptionPayload?: ReceptionPayloadResolvers<ContextType>;
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
