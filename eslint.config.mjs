import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';

/** Another module's internals, seen from a module's folder (`../other/…`) or one level below it (`../../other/…`). */
const OTHER_MODULE_INTERNALS = [
  ...['entities/*', '*.store', '*.rules', '*.models', '*.approvals', '*.jobs', '*.resolvers'].flatMap((part) => [
    `../*/${part}`,
    `../../*/${part}`,
  ]),
  // src/shared is no module: what lives there is for every module.
  '!../shared/**',
  '!../../shared/**',
];

/** EntityManager / Repository / DataSource calls that run SQL: they belong in stores and loaders. */
const SQL_CALLS =
  'CallExpression[callee.property.name=/^(createQueryBuilder|getRepository|query|find|findBy|findOne|findOneBy|findOneByOrFail|findAndCount|count|countBy|exists|existsBy|insert|save|update|upsert|delete|softDelete|restore|increment|decrement)$/][callee.object.name=/^(manager|m|repo|repository|dataSource|em)$/]';

const INTERNALS = {
  patterns: [
    {
      group: OTHER_MODULE_INTERNALS,
      message: "Another module's internals: call its service (or move what several modules share to src/shared).",
    },
  ],
};
const SHARED_ONLY = {
  patterns: [
    {
      group: ['../modules/**', '../../modules/**', '../../../modules/**'],
      message: 'src/shared serves the modules; it does not import them.',
    },
  ],
};
const TYPEORM_TYPES_ONLY = {
  paths: [
    { name: 'typeorm', message: 'Query building belongs in a store (*.store.ts); import its types only here.', allowTypeImports: true },
  ],
};
const NO_IO = {
  patterns: [
    { group: ['node:fs', 'node:http', 'node:https', 'node:net', 'node:child_process', 'fs', 'http', 'https'], message: 'Rules do no I/O.' },
    {
      group: ['**/*.store', '**/*.service', '**/loaders'],
      message: 'Rules do no I/O: the service reads and writes, then asks the rules.',
      allowTypeImports: true,
    },
  ],
};

/** Subgraphs whose refusals all come from their catalogue (`src/shared/<service>-refusals.ts`, on the platform's). */
const CATALOGUED = ['credit', 'complaint', 'supplier', 'reception'];
const catalogued = (pattern) => pattern.replace('services/*/', `services/{${CATALOGUED.join(',')}}/`);
/** A code written where it is given, not in the catalogue: one code would soon come out in several ways. */
const INLINE_REFUSALS = [
  {
    selector: 'NewExpression[callee.name="GraphQLError"]',
    message: 'Refuse through the catalogue: `throw <service>Refusals.refuse(CODE, …)` (a DomainError), not a GraphQLError.',
  },
  {
    selector: "ImportDeclaration[source.value='graphql'] ImportSpecifier[imported.name='GraphQLError']",
    message: 'Business errors are DomainErrors from the catalogue; the platform turns them into GraphQL errors.',
  },
  {
    selector: 'CallExpression[callee.name="userError"][arguments.1.type=/^(Literal|TemplateLiteral)$/]',
    message: 'A refusal code belongs in the catalogue: `<service>Refusals.userError(lang, CODE, params)`.',
  },
];

/** One lint block of the skeleton: the import restrictions for these files, and SQL calls refused where `noSql`. */
function skeleton(files, ignores, restrictions, noSql = false) {
  return {
    files: Array.isArray(files) ? files : [files],
    ignores: [...ignores, '**/__tests__/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: restrictions.flatMap((r) => r.paths ?? []), patterns: restrictions.flatMap((r) => r.patterns ?? []) },
      ],
      ...(noSql && restrictions.includes(TYPEORM_TYPES_ONLY)
        ? { 'no-restricted-syntax': ['error', { selector: SQL_CALLS, message: 'SQL belongs in a store (*.store.ts) or loaders.ts.' }] }
        : {}),
    },
  };
}

export default tseslint.config(
  { ignores: ['**/dist/**', '**/generated/**', '**/node_modules/**', '**/migrations/*-*.ts', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  // Type-only imports say so (`import type`), so a reader and the skeleton rules below see what really runs.
  {
    files: ['services/*/src/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }] },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { globals: { module: 'writable', require: 'readonly', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // The module skeleton (CONVENTIONS.md), one block per kind of file so that each gets all of its restrictions:
  // a module imports the platform, its subgraph's shared/ and another module's service, never its store, entities,
  // rules, models, approvals, jobs or resolvers; src/shared serves the modules and does not import them; SQL lives in
  // stores (and loaders); rules are pure.
  skeleton('services/*/src/modules/**/*.ts', ['**/*.store.ts', '**/entities/**', '**/*.rules.ts'], [INTERNALS, TYPEORM_TYPES_ONLY], true),
  skeleton(['services/*/src/modules/**/*.store.ts', 'services/*/src/modules/**/entities/**/*.ts'], [], [INTERNALS]),
  skeleton('services/*/src/shared/**/*.ts', ['**/*.store.ts', '**/entities/**', '**/*.rules.ts'], [SHARED_ONLY, TYPEORM_TYPES_ONLY], true),
  skeleton(['services/*/src/shared/**/*.store.ts', 'services/*/src/shared/**/entities/**/*.ts'], [], [SHARED_ONLY]),
  skeleton('services/*/src/**/*.rules.ts', [], [INTERNALS, SHARED_ONLY, TYPEORM_TYPES_ONLY, NO_IO]),
  // Refusals come from the subgraph's catalogue (README "Errors"); where SQL is also refused, both restrictions hold.
  {
    files: [catalogued('services/*/src/**/*.ts')],
    ignores: ['**/__tests__/**'],
    rules: { 'no-restricted-syntax': ['error', ...INLINE_REFUSALS] },
  },
  {
    files: ['services/*/src/modules/**/*.ts', 'services/*/src/shared/**/*.ts'].map(catalogued),
    ignores: ['**/*.store.ts', '**/entities/**', '**/*.rules.ts', '**/__tests__/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: SQL_CALLS, message: 'SQL belongs in a store (*.store.ts) or loaders.ts.' },
        ...INLINE_REFUSALS,
      ],
    },
  },
  // Every package declares what it imports, so a department team installs its subgraph alone (`npm ci -w
  // services/credit`) and nothing leans on what another package happens to hoist. Tests and dev tools may use
  // devDependencies; type-only imports are checked too, since the build needs them.
  {
    files: ['services/*/**/*.ts', 'gateway/**/*.ts', 'shared/*/**/*.ts'],
    plugins: { 'import-x': importX },
    rules: {
      'import-x/no-extraneous-dependencies': [
        'error',
        {
          includeTypes: true,
          devDependencies: [
            '**/test/**',
            '**/__tests__/**',
            '**/*.spec.ts',
            '**/src/testing/**',
            '**/src/codegen/**',
            '**/src/migrations/*-cli.ts',
            '**/src/migrations/migration-generator.ts',
            '**/src/dev/**',
            '**/src/compose/**',
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts'],
    plugins: { 'import-x': importX },
    rules: { 'import-x/no-extraneous-dependencies': ['error', { includeTypes: true, devDependencies: true }] },
  },
  // Production code never imports the platform's test helpers.
  {
    files: ['services/*/src/**/*.ts', 'gateway/src/**/*.ts', 'shared/platform/src/**/*.ts'],
    ignores: ['**/__tests__/**', 'shared/platform/src/testing/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@crm/platform/testing'], message: 'Test helpers are for tests.' }] }],
    },
  },
);
