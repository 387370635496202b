import { GraphQLError } from 'graphql';
import { toPayload } from '@crm/platform';
import { consentInForce } from '../domain/confidentiality';
import type { DisclosureConsentEntity } from '../entities/disclosure-consent.entity';
import type { Resolvers } from '../generated/resolvers-types';
import type { ServiceContext } from '../loaders';
import { todayOn } from '../support/clock';
import { customerOf } from './parents';

const todayFor = (ctx: ServiceContext): string => todayOn(ctx.loaders.clock, ctx.loaders.policy.timeZone);

async function consentOf(request: { consentId: string }, _args: unknown, ctx: ServiceContext): Promise<DisclosureConsentEntity> {
  const consent = await ctx.loaders.disclosureConsentById.load(request.consentId);
  if (!consent) throw new GraphQLError(`客户同意 ${request.consentId} 不存在 / consent ${request.consentId} does not exist`, { extensions: { code: 'NOT_FOUND' } });
  return consent;
}

/** File access, loans and export requests (X-032…034, CUS-042); external disclosure, leaks, custody audits (X-035…037). */
export const confidentialityResolvers: Resolvers = {
  Query: {
    fileAccessRequests: (_root, args, ctx) => ctx.loaders.services.confidentiality.listAccess(args.filter, args, ctx),
    fileLoans: (_root, args, ctx) => ctx.loaders.services.confidentiality.listLoans(args.filter, args, ctx),
    exportRequests: (_root, args, ctx) => ctx.loaders.services.confidentiality.listExports(args.filter, args, ctx),
    fileAccessGranted: (_root, { customerId }, ctx) => ctx.loaders.services.confidentiality.hasAccess(customerId, ctx),
    externalDisclosureRequests: (_root, args, ctx) => ctx.loaders.services.disclosures.list(args.filter, args, ctx),
    leakReports: (_root, args, ctx) => ctx.loaders.services.leaks.list(args, ctx),
    custodyAudit: (_root, _args, ctx) => ctx.loaders.services.custody.report(),
  },
  Mutation: {
    requestFileAccess: async (_root, { input }, ctx) => toPayload('request', await ctx.loaders.services.confidentiality.requestAccess(input, ctx)),
    requestFileLoan: async (_root, { input }, ctx) => toPayload('loan', await ctx.loaders.services.confidentiality.requestLoan(input, ctx)),
    returnFileLoan: async (_root, { input }, ctx) => toPayload('loan', await ctx.loaders.services.confidentiality.returnLoan(input, ctx)),
    requestCustomerExport: async (_root, { input }, ctx) => toPayload('request', await ctx.loaders.services.confidentiality.requestExport(input, ctx)),
    recordDisclosureConsent: async (_root, { input }, ctx) => toPayload('consent', await ctx.loaders.services.disclosures.recordConsent(input, ctx)),
    revokeDisclosureConsent: async (_root, { input }, ctx) => toPayload('consent', await ctx.loaders.services.disclosures.revokeConsent(input, ctx)),
    requestExternalDisclosure: async (_root, { input }, ctx) => toPayload('request', await ctx.loaders.services.disclosures.request(input, ctx)),
    recordExternalDisclosure: async (_root, { input }, ctx) => toPayload('request', await ctx.loaders.services.disclosures.recordDisclosure(input, ctx)),
    reportLeak: async (_root, { input }, ctx) => toPayload('report', await ctx.loaders.services.leaks.report(input, ctx)),
    recordCustodyAudit: async (_root, { input }, ctx) => toPayload('audit', await ctx.loaders.services.custody.record(input, ctx)),
  },
  FileAccessRequest: { customer: customerOf },
  FileLoan: { customer: customerOf },
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
    cleared: async (request, _args, ctx) => request.state === 'APPROVED' && consentInForce(await consentOf(request, null, ctx), todayFor(ctx)),
  },
  CustodyAuditReport: {
    filesWithoutCustodian: (_report, args, ctx) => ctx.loaders.services.custody.filesWithoutCustodian(args, ctx),
    overdueLoans: (_report, args, ctx) => ctx.loaders.services.custody.overdueLoans(args, ctx),
    classifiedFilesAccessed: (report, args, ctx) => ctx.loaders.services.custody.classifiedFilesAccessed(report.since, args, ctx),
    findingsCount: (report, _args, ctx) => ctx.loaders.services.custody.findingsCount(report.since, ctx),
  },
};
