import type { Lang, UserError } from '@crm/platform';
import { userError } from '@crm/platform';

/** Refusals several reception use cases share, with one wording. */
export const receptionNotFound = (lang: Lang, field: string[] = ['input', 'id']): UserError =>
  userError(lang, 'NOT_FOUND', field, { zh: '接待记录不存在', en: 'Reception not found' });

export const staleReception = (lang: Lang, currentVersion: number): UserError =>
  userError(lang, 'STALE_VERSION', ['input', 'version'], {
    zh: `接待记录已被他人修改(当前版本 ${currentVersion}),请刷新后重试`,
    en: `The reception was changed by someone else (current version ${currentVersion}); reload and retry`,
  });

export const receptionNotEditable = (lang: Lang, state: string, field: string[] = ['input', 'id']): UserError =>
  userError(lang, 'NOT_EDITABLE', field, {
    zh: `接待处于 ${state} 状态,只有草稿可以修改`,
    en: `The reception is ${state}; only a draft can be changed`,
  });
