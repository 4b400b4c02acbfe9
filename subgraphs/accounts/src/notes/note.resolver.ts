import { ConnectionArgs, Requires } from '@clientele/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { CustomerType } from '../customers';
import {
  CustomerNoteCreateInput,
  CustomerNoteCreatePayload,
  CustomerNoteDeleteInput,
  CustomerNoteDeletePayload,
  CustomerNoteUpdateInput,
  CustomerNoteUpdatePayload,
} from './note.inputs';
import type { NotesContext } from './note.loaders';
import { type NoteService, assertStaff } from './note.service';
import { NoteConnection } from './note.type';

@Resolver(() => CustomerType)
export class CustomerNotesResolver {
  constructor(private readonly service: NoteService) {}

  @FieldResolver(() => NoteConnection, { description: 'Notes on the account by the partner’s staff, newest first.' })
  @Requires('customers:read')
  notes(
    @Root() customer: CustomerType,
    @Args() args: ConnectionArgs,
    @Ctx() context: NotesContext,
  ): Promise<NoteConnection> {
    assertStaff(context.caller);
    // Customers reach here only through the tenant-checked loader or reference resolver.
    return context.loaders.notesOfCustomer.load({ ownerId: customer.id, args });
  }

  @Mutation(() => CustomerNoteCreatePayload, { description: 'Adds a note to a customer account.' })
  @Requires('customers:write')
  customerNoteCreate(
    @Arg('input', { description: 'The note.' }) input: CustomerNoteCreateInput,
    @Ctx() context: NotesContext,
  ): Promise<CustomerNoteCreatePayload> {
    return this.service.create(context, input);
  }

  @Mutation(() => CustomerNoteUpdatePayload, { description: 'Rewrites a note you wrote.' })
  @Requires('customers:write')
  customerNoteUpdate(
    @Arg('input', { description: 'The note and its new text.' }) input: CustomerNoteUpdateInput,
    @Ctx() context: NotesContext,
  ): Promise<CustomerNoteUpdatePayload> {
    return this.service.update(context, input);
  }

  @Mutation(() => CustomerNoteDeletePayload, { description: 'Deletes a note you wrote.' })
  @Requires('customers:write')
  customerNoteDelete(
    @Arg('input', { description: 'The note.' }) input: CustomerNoteDeleteInput,
    @Ctx() context: NotesContext,
  ): Promise<CustomerNoteDeletePayload> {
    return this.service.delete(context, input.id);
  }
}
