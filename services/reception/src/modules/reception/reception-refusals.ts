import type { Lang, UserError } from '@crm/platform';
import { RECEPTION, receptionRefusals } from '../../shared/reception-refusals';

/** Refusals several reception use cases share, from the subgraph's catalogue. */
export const receptionNotFound = (lang: Lang, field: string[] = ['input', 'id']): UserError =>
  receptionRefusals.userError(lang, 'NOT_FOUND', { what: RECEPTION }, { field });

export const staleReception = (lang: Lang, currentVersion: number): UserError =>
  receptionRefusals.userError(lang, 'STALE_VERSION', { what: RECEPTION, current: currentVersion });

export const receptionNotEditable = (lang: Lang, state: string, field: string[] = ['input', 'id']): UserError =>
  receptionRefusals.userError(lang, 'NOT_EDITABLE', { state }, { field });
