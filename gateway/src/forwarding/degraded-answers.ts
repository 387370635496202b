import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

interface ValueCompletionError {
  message?: string;
  path?: (string | number)[];
}

/**
 * Makes every degraded answer say why. The gateway reports a non-null field it could not fill (an entity the caller
 * may not read, say) only in `extensions.valueCompletion`, and when that null reaches the root the client gets
 * `data: null` with no `errors` at all. Those reports become errors with their paths; and an answer without data
 * always carries an error.
 */
export function degradedAnswersPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const completion = result.extensions?.valueCompletion as ValueCompletionError[] | undefined;
          const errors = [...(result.errors ?? [])];
          if (Array.isArray(completion) && completion.length) {
            for (const entry of completion) {
              errors.push(
                new GraphQLError(`字段不可用 / ${entry.message ?? 'a non-null field could not be filled'}`, {
                  path: entry.path,
                  extensions: { code: 'NON_NULL_FIELD_UNAVAILABLE' },
                }).toJSON(),
              );
            }
            const { valueCompletion: _valueCompletion, ...extensions } = result.extensions ?? {};
            result.extensions = Object.keys(extensions).length ? extensions : undefined;
          }
          if ('data' in result && result.data === null && errors.length === 0) {
            errors.push(new GraphQLError('没有可返回的数据 / no data could be returned', { extensions: { code: 'NO_DATA' } }).toJSON());
          }
          if (errors.length) result.errors = errors;
        },
      };
    },
  };
}
