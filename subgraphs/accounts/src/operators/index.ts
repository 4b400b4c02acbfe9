export { operatorsModule } from './operators.module';
export type { OperatorLoaders } from './operator.loaders';
export {
  type OperatorInsert,
  type OperatorRecord,
  type OperatorService,
  callerOf,
  insertOperator,
} from './operator.service';
