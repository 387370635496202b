import type { Connection } from '@crm/platform';
import type { OwnershipClaimEntity } from './entities/ownership-claim.entity';
import type { OwnershipTransferEntity } from './entities/ownership-transfer.entity';

// What resolvers return for GraphQL types of this area that are not a single entity (codegen.json maps them here).

export type OwnershipClaimConnectionModel = Connection<OwnershipClaimEntity>;
export type OwnershipTransferConnectionModel = Connection<OwnershipTransferEntity>;
