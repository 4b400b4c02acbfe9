export { startStack, type RunningStack, type StackOptions } from './stack';
export { freePort, type ServiceProcess, spawnService, stopService, waitForHealthy } from './processes';
