export { PortInUseError, type RunningStack, type StackOptions, type StackService, startStack } from './stack';
export {
  ExitedBeforeReadyError,
  freePort,
  type ServiceProcess,
  spawnService,
  stopService,
  waitForHealthy,
} from './processes';
export { type Backoff, type SupervisorEvent } from './supervisor';
export { EMBEDDED_POSTGRES, embeddedDatabaseUrl } from './embedded';
