export * from './config';
export * from './context';
export * from './gateway-server';
export * from './subgraphs';
export * from './compose/compose';
export * from './auth/oidc-config';
export * from './router/caller-coprocessor';
