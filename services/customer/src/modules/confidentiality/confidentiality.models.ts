import type { Connection } from '@crm/platform';
import type { ExportRequestEntity } from '../../shared/entities/export-request.entity';
import type { FileAccessRequestEntity } from '../../shared/entities/file-access-request.entity';
import type { FileLoanEntity } from './entities/file-loan.entity';

// What resolvers return for GraphQL types of this area that are not a single entity (codegen.json maps them here).

export type FileAccessRequestConnectionModel = Connection<FileAccessRequestEntity>;
export type FileLoanConnectionModel = Connection<FileLoanEntity>;
export type ExportRequestConnectionModel = Connection<ExportRequestEntity>;
