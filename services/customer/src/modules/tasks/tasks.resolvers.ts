import { toPayload } from '@crm/platform';
import type { Resolvers } from '../../generated/resolvers-types';
import { openedFile } from '../../shared/parents';

/** The reminders and follow-ups the rules open, and their completion. */
export const tasksResolvers: Resolvers = {
  Query: {
    customerTasks: (_root, args, ctx) => ctx.services.tasks.list(args.filter, args, ctx),
  },
  Mutation: {
    completeCustomerTask: async (_root, { input }, ctx) => toPayload('task', await ctx.services.tasks.complete(input, ctx)),
  },
  CustomerTask: {
    customer: async (task, _args, ctx) =>
      task.customerId ? openedFile(ctx, await ctx.loaders.parentCustomerById.load(task.customerId)) : null,
  },
};
