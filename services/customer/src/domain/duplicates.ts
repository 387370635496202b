/**
 * The path migration 1795726543028-CustomerDomain imports the duplicate keys from (CUS-005). Migrations are never
 * edited once released, so this path stays; the rules themselves live in the duplicates-merge module.
 */
export { normaliseName, normalisePhone } from '../modules/duplicates-merge/duplicates.rules';
