import type { Logger } from 'pino';
import { Caller } from './auth/caller';
import { Lang } from './graphql/i18n';
import type { Access } from './access/access';
import type { Clock } from './clock/clock';

/** What every resolver receives: who calls, in which language, this request's loaders and its logger. */
export interface RequestContext<Loaders = unknown> {
  requestId: string;
  caller: Caller;
  /** The caller's permissions, scopes and masking for this request. */
  access: Access;
  lang: Lang;
  log: Logger;
  /** "Now" for this request: the system clock, or stopped at the instant the request runs as of (CLOCK_OVERRIDE). */
  clock: Clock;
  loaders: Loaders;
}

/** What a use case needs of the request: who calls, with which rights, in which language, and its "now". */
export type UseCaseContext = Pick<RequestContext, 'caller' | 'access' | 'lang' | 'clock'>;
