import { type Caller, type LoadersOf, type RequestContext, createKeyedLoader } from '@clientele/subgraph-kit';
import type { partnersModule } from '../partners';
import type { OperatorService } from './operator.service';

export function createOperatorLoaders(operators: OperatorService, caller: Caller) {
  return {
    operatorById: createKeyedLoader(
      (ids: readonly string[]) => operators.findByIds(caller, ids),
      (operator) => operator.id,
    ),
  };
}

export type OperatorLoaders = ReturnType<typeof createOperatorLoaders>;
export type OperatorsContext = RequestContext<OperatorLoaders & LoadersOf<typeof partnersModule>>;
