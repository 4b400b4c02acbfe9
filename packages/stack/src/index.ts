export { startStack, type RunningStack, type StackOptions } from './stack';
export { freePort } from './processes';
