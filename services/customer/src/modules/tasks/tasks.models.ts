import type { Connection } from '@crm/platform';
import type { CustomerTaskEntity } from '../../shared/entities/customer-task.entity';

// What resolvers return for GraphQL types of this area that are not a single entity (codegen.json maps them here).

export type CustomerTaskConnectionModel = Connection<CustomerTaskEntity>;
