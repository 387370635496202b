import type { Connection } from '@crm/platform';
import type { CustomerEntity } from '../../shared/entities/customer.entity';

// What resolvers return for GraphQL types of this area that are not a single entity (codegen.json maps them here).

export type CustomerConnectionModel = Connection<CustomerEntity>;
