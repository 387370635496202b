import type { Resolvers } from '../generated/resolvers-types';
import { biResolvers } from './bi.resolvers';
import { confidentialityResolvers } from './confidentiality.resolvers';
import { customerResolvers } from './customer.resolvers';
import { factsResolvers } from './facts.resolvers';
import { gradingResolvers } from './grading.resolvers';
import { importExportResolvers } from './import-export.resolvers';
import { jobResolvers } from './job.resolvers';
import { mergeResolvers } from './merge.resolvers';
import { lifecycleResolvers } from './lifecycle.resolvers';
import { ownershipResolvers } from './ownership.resolvers';
import { visitResolvers } from './visit.resolvers';
import { recordResolvers } from './record.resolvers';

const areas: Resolvers[] = [customerResolvers, recordResolvers, gradingResolvers, factsResolvers, jobResolvers, ownershipResolvers, lifecycleResolvers, visitResolvers, confidentialityResolvers, biResolvers, importExportResolvers, mergeResolvers];

/** The resolvers of every business area, merged per type. */
export const resolvers: Resolvers = areas.reduce<Resolvers>((all, area) => {
  for (const [type, fields] of Object.entries(area)) {
    const merged = all as Record<string, object>;
    merged[type] = { ...(merged[type] ?? {}), ...(fields as object) };
  }
  return all;
}, {});
