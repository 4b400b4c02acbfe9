import 'reflect-metadata';

// The subgraphs' runtime; the contracts and HTTP helpers are re-exported for their convenience.
export * from './contracts';
export * from './http';
export * from './audit';
export * from './auth';
export * from './bootstrap';
export * from './config';
export * from './connection';
export * from './connection-loader';
export * from './context';
export * from './customer-projection';
export * from './database';
export * from './demo';
export * from './enums';
export * from './errors';
export * from './events';
export * from './federation';
export * from './ids';
export * from './loaders';
export * from './module';
export * from './requires';
export * from './schema-guards';
export * from './scope';
export * from './server';
export * from './subgraph';
export * from './text';
export * from './validation';
