export { startStack, type RunningStack, type StackOptions } from './stack';
export { freePort, type ServiceProcess, spawnService, stopService } from './processes';
export { EMBEDDED_POSTGRES, embeddedDatabaseUrl } from './embedded';
