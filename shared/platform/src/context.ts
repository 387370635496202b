import type { Logger } from 'pino';
import { Caller } from './auth/caller';
import { Lang } from './graphql/i18n';
import type { Access } from './access/access';

/** What every resolver receives: who calls, in which language, this request's loaders and its logger. */
export interface RequestContext<Loaders = unknown> {
  requestId: string;
  caller: Caller;
  /** The caller's permissions, scopes and masking for this request. */
  access: Access;
  lang: Lang;
  log: Logger;
  loaders: Loaders;
}
