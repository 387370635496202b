import type { Connection } from '@crm/platform';
import type { GradeAssessmentEntity } from '../../shared/entities/grade-assessment.entity';

// What resolvers return for GraphQL types of this area that are not a single entity (codegen.json maps them here).

export type GradeAssessmentConnectionModel = Connection<GradeAssessmentEntity>;
