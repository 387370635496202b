import { todayOn, toPayload } from '@crm/platform';
import type { Resolvers } from '../../generated/resolvers-types';
import type { ServiceContext } from '../../loaders';
import { consentInForce } from './disclosure.rules';
import type { DisclosureConsentEntity } from './entities/disclosure-consent.entity';
import { customerOf } from '../../shared/parents';
import { customerRefusals } from '../../shared/refusals';

const todayFor = (ctx: ServiceContext): string => todayOn(ctx.rules.clock, ctx.rules.policy.timeZone);

async function consentOf(request: { consentId: string }, _args: unknown, ctx: ServiceContext): Promise<DisclosureConsentEntity> {
  const consent = await ctx.loaders.disclosureConsentById.load(request.consentId);
  if (!consent)
    throw customerRefusals.refuse(
      'NOT_FOUND',
      { what: { zh: `客户同意 ${request.consentId} `, en: `Consent ${request.consentId}` } },
      { field: [] },
    );
  return consent;
}

/** External disclosure, leaks, custody audits. */
export const disclosureResolvers: Resolvers = {
  Query: {
    externalDisclosureRequests: (_root, args, ctx) => ctx.services.disclosures.list(args.filter, args, ctx),
    leakReports: (_root, args, ctx) => ctx.services.leaks.list(args, ctx),
    custodyAudit: (_root, _args, ctx) => ctx.services.custody.report(),
  },
  Mutation: {
    recordDisclosureConsent: async (_root, { input }, ctx) =>
      toPayload('consent', await ctx.services.disclosures.recordConsent(input, ctx)),
    revokeDisclosureConsent: async (_root, { input }, ctx) =>
      toPayload('consent', await ctx.services.disclosures.revokeConsent(input, ctx)),
    requestExternalDisclosure: async (_root, { input }, ctx) => toPayload('request', await ctx.services.disclosures.request(input, ctx)),
    recordExternalDisclosure: async (_root, { input }, ctx) =>
      toPayload('request', await ctx.services.disclosures.recordDisclosure(input, ctx)),
    reportLeak: async (_root, { input }, ctx) => toPayload('report', await ctx.services.leaks.report(input, ctx)),
    recordCustodyAudit: async (_root, { input }, ctx) => toPayload('audit', await ctx.services.custody.record(input, ctx)),
  },
  Customer: {
    disclosureConsents: (customer, _args, ctx) => ctx.loaders.disclosureConsentsByCustomer.load(customer.id),
  },
  DisclosureConsent: {
    customer: customerOf,
    inForce: (consent, _args, ctx) => consentInForce(consent, todayFor(ctx)),
  },
  DisclosureRequest: {
    customer: customerOf,
    consent: consentOf,
    cleared: async (request, _args, ctx) =>
      request.state === 'APPROVED' && consentInForce(await consentOf(request, null, ctx), todayFor(ctx)),
  },
  CustodyAuditReport: {
    filesWithoutCustodian: (_report, args, ctx) => ctx.services.custody.filesWithoutCustodian(args, ctx),
    overdueLoans: (_report, args, ctx) => ctx.services.custody.overdueLoans(args, ctx),
    classifiedFilesAccessed: (report, args, ctx) => ctx.services.custody.classifiedFilesAccessed(report.since, args, ctx),
    findingsCount: (report, _args, ctx) => ctx.services.custody.findingsCount(report.since, ctx),
  },
};
