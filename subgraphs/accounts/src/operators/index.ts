export { operatorsModule } from './operators.module';
export type { OperatorLoaders } from './operator.loaders';
export { OperatorType } from './operator.type';
export {
  type OperatorInsert,
  type OperatorRecord,
  type OperatorService,
  callerOf,
  insertOperator,
} from './operator.service';
