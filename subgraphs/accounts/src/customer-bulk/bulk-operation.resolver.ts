import { ConnectionArgs, type RequestContext, Requires } from '@clientele/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type CustomerLoaders, CustomerType } from '../customers';
import {
  BulkOutcomesArgs,
  CustomerBulkOperationCancelInput,
  CustomerBulkOperationCancelPayload,
  CustomerBulkOperationUndoInput,
  CustomerBulkOperationUndoPayload,
  CustomersBulkActionInput,
  CustomersBulkActionPayload,
} from './bulk-operation.inputs';
import type { CustomerBulkService } from './bulk-operation.service';
import {
  BulkOperationConnection,
  BulkOperationType,
  BulkOutcomeConnection,
  BulkOutcomeType,
  BulkPreviewType,
  BulkSkipCountType,
  toBulkOperationType,
} from './bulk-operation.type';

type BulkContext = RequestContext<CustomerLoaders>;

@Resolver(() => BulkOperationType)
export class CustomerBulkOperationResolver {
  constructor(private readonly bulk: CustomerBulkService) {}

  @Query(() => BulkPreviewType, {
    description:
      'What a bulk action would do, before anything changes: how many customers would change and how many would be skipped, by reason.',
  })
  @Requires('customers:write')
  customersBulkActionPreview(
    @Arg('input', () => CustomersBulkActionInput, {
      description: 'The action and its target, as for customersBulkAction.',
    })
    input: CustomersBulkActionInput,
    @Ctx() context: BulkContext,
  ): Promise<BulkPreviewType> {
    return this.bulk.preview(context, input);
  }

  @Mutation(() => CustomersBulkActionPayload, {
    description:
      'Acts on many customers: a small target finishes inside the request, a large one runs as a background job. Either way the answer is a bulk operation with its progress and per-customer outcomes.',
  })
  @Requires('customers:write')
  customersBulkAction(
    @Arg('input', () => CustomersBulkActionInput, { description: 'The action and its target.' })
    input: CustomersBulkActionInput,
    @Ctx() context: BulkContext,
  ): Promise<CustomersBulkActionPayload> {
    return this.bulk.start(context, input);
  }

  @Mutation(() => CustomerBulkOperationCancelPayload, {
    description:
      'Stops a queued or running bulk operation between two batches: processed customers stay done, the rest untouched.',
  })
  @Requires('customers:write')
  async customerBulkOperationCancel(
    @Arg('input', () => CustomerBulkOperationCancelInput, { description: 'The operation.' })
    input: CustomerBulkOperationCancelInput,
    @Ctx() context: BulkContext,
  ): Promise<CustomerBulkOperationCancelPayload> {
    return this.bulk.cancel(context, input);
  }

  @Mutation(() => CustomerBulkOperationUndoPayload, {
    description:
      'Undoes a finished bulk operation as a new one: each customer it changed gets back what it had, unless it was changed since.',
  })
  @Requires('customers:write')
  async customerBulkOperationUndo(
    @Arg('input', () => CustomerBulkOperationUndoInput, { description: 'The operation to undo.' })
    input: CustomerBulkOperationUndoInput,
    @Ctx() context: BulkContext,
  ): Promise<CustomerBulkOperationUndoPayload> {
    return this.bulk.undo(context, input);
  }

  @Query(() => BulkOperationType, { nullable: true, description: 'One bulk operation, with its progress.' })
  @Requires('customers:read')
  async customerBulkOperation(
    @Arg('id', () => ID, { description: 'Id of the bulk operation.' }) id: string,
    @Ctx() context: BulkContext,
  ): Promise<BulkOperationType | null> {
    const found = await this.bulk.findVisible(context.caller, id);
    return found && toBulkOperationType(found);
  }

  @Query(() => BulkOperationConnection, { description: 'The bulk operations on the caller’s customers, newest first.' })
  @Requires('customers:read')
  customerBulkOperations(@Args() args: ConnectionArgs, @Ctx() context: BulkContext): Promise<BulkOperationConnection> {
    return this.bulk.list(context.caller, args);
  }

  @FieldResolver(() => [BulkSkipCountType], { description: 'The customers skipped so far, by reason, most first.' })
  @Requires('customers:read')
  skippedReasons(@Root() operation: BulkOperationType, @Ctx() context: BulkContext): Promise<BulkSkipCountType[]> {
    return this.bulk.skippedReasons(context.caller, operation.id);
  }

  @FieldResolver(() => BulkOutcomeConnection, {
    description: 'What it did to each customer processed so far, in customer id order.',
  })
  @Requires('customers:read')
  outcomes(
    @Root() operation: BulkOperationType,
    @Args() args: BulkOutcomesArgs,
    @Ctx() context: BulkContext,
  ): Promise<BulkOutcomeConnection> {
    return this.bulk.outcomes(operation, args, context.caller);
  }

  @FieldResolver(() => BulkOperationType, { nullable: true, description: 'The operation this one undoes.' })
  @Requires('customers:read')
  async undoOf(@Root() operation: BulkOperationType, @Ctx() context: BulkContext): Promise<BulkOperationType | null> {
    const found = operation.undoOfId ? await this.bulk.findVisible(context.caller, operation.undoOfId) : null;
    return found && toBulkOperationType(found);
  }

  @FieldResolver(() => BulkOperationType, { nullable: true, description: 'The operation that undid this one.' })
  @Requires('customers:read')
  async undoneBy(@Root() operation: BulkOperationType, @Ctx() context: BulkContext): Promise<BulkOperationType | null> {
    const found = operation.undoneById ? await this.bulk.findVisible(context.caller, operation.undoneById) : null;
    return found && toBulkOperationType(found);
  }
}

@Resolver(() => BulkOutcomeType)
export class CustomerBulkOutcomeResolver {
  @FieldResolver(() => CustomerType, { nullable: true, description: 'The customer, when the caller may still see it.' })
  @Requires('customers:read')
  customer(@Root() outcome: BulkOutcomeType, @Ctx() context: BulkContext): Promise<CustomerType | null> {
    return context.loaders.customerById.load(outcome.customerId);
  }
}
