import 'reflect-metadata';

export * from './auth';
export * from './bootstrap';
export * from './config';
export * from './connection';
export * from './context';
export * from './database';
export * from './demo';
export * from './errors';
export * from './events';
export * from './federation';
export * from './http';
export * from './ids';
export * from './loaders';
export * from './logger';
export * from './server';
export * from './validation';
export * from './event-contracts';
