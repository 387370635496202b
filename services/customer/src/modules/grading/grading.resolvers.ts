import { toPayload } from '@crm/platform';
import type { Resolvers } from '../../generated/resolvers-types';
import { payloadOf } from '../../shared/support/payload';
import { customerOf } from '../../shared/parents';

/** Grading (CUS-013, CUS-014, CUS-015, CUS-016, CUS-017, CUS-018, CUS-019, CUS-020, CUS-021, CUS-022). */
export const gradingResolvers: Resolvers = {
  Query: {
    gradeAssessments: (_root, args, ctx) => ctx.services.grading.list(args.filter, args, ctx),
  },
  Mutation: {
    startAnnualGradeReview: async (_root, { input }, ctx) =>
      payloadOf(await ctx.services.grading.startAnnualReview(input, ctx), { opened: 0, skippedProvisional: 0 }),
    openGradeAssessment: async (_root, { input }, ctx) => toPayload('assessment', await ctx.services.grading.open(input, ctx)),
    updateGradeAssessmentInputs: async (_root, { input }, ctx) =>
      toPayload('assessment', await ctx.services.grading.updateInputs(input, ctx)),
    advanceGradeAssessment: async (_root, { input }, ctx) => toPayload('assessment', await ctx.services.grading.advance(input, ctx)),
    requestGradeOverride: async (_root, { input }, ctx) => toPayload('override', await ctx.services.grading.requestOverride(input, ctx)),
  },
  GradeAssessment: {
    customer: customerOf,
    scores: (a) =>
      a.total === null
        ? null
        : {
            contractAmount: a.scoreContract!,
            receivable: a.scoreReceivable!,
            premium: a.scorePremium!,
            strategicInfluence: a.scoreInfluence!,
          },
  },
  GradeOverride: { customer: customerOf },
};
