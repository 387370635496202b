import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

const refusal = (code: string, message: string) => new GraphQLError(message, { extensions: { code, http: { status: 400 } } });

/**
 * Refuses, as the client's mistake (HTTP 400), a document the gateway cannot pick one query or mutation from: several
 * operations without an operation name, an operation name the document does not have, or a subscription (the graph
 * has none). Left to the gateway's planner they surface as an HTTP 500.
 */
export function operationResolutionPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          if (!operation) {
            throw request.operationName
              ? refusal(
                  'OPERATION_RESOLUTION_FAILURE',
                  `文档中没有名为 ${request.operationName} 的操作 / unknown operation named "${request.operationName}"`,
                )
              : refusal(
                  'OPERATION_RESOLUTION_FAILURE',
                  '文档含多个操作时须给出 operationName / operationName is required when the document has several operations',
                );
          }
          if (operation.operation === 'subscription') {
            throw refusal('SUBSCRIPTION_NOT_SUPPORTED', '不支持订阅 / subscriptions are not supported');
          }
        },
      };
    },
  };
}
