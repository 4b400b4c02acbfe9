import { RUNNING_TEXT_FIELDS, UserError, countsVisible, text } from '@clientele/subgraph-kit';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { NoteType } from './note.type';

export const NOTE_MAX_LENGTH = 10_000;

// The schema guard lets a note's body through at up to twice its length (RUNNING_TEXT_FIELDS), so
// that one a little too long is answered as a field error (TOO_LONG) rather than a refused request.
const noteBody = text(RUNNING_TEXT_FIELDS['CustomerNoteCreateInput.body'], { multiline: true })
  .trim()
  .min(1, { message: 'Write the note.', abort: true })
  .max(NOTE_MAX_LENGTH, `A note can be at most ${NOTE_MAX_LENGTH.toLocaleString('en')} characters.`)
  .refine((body) => countsVisible(body), 'Write the note: it shows nothing.');

@InputType({ description: 'A new note on a customer account.' })
export class CustomerNoteCreateInput {
  @Field(() => ID, { description: 'The customer account.' })
  customerId: string;

  @Field({ description: 'The text, 1–10,000 characters once trimmed; line breaks are kept.' })
  body: string;
}

export const noteCreateSchema = z.object({ customerId: text(), body: noteBody });

@ObjectType({ description: 'The result of customerNoteCreate.' })
export class CustomerNoteCreatePayload {
  @Field(() => NoteType, { nullable: true, description: 'The new note, unless the input was refused.' })
  note: NoteType | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@InputType({ description: 'A new text for one of your notes.' })
export class CustomerNoteUpdateInput {
  @Field(() => ID, { description: 'Id of the note; it must be one you wrote.' })
  id: string;

  @Field({ description: 'The text, 1–10,000 characters once trimmed; line breaks are kept.' })
  body: string;
}

export const noteUpdateSchema = z.object({ id: text(), body: noteBody });

@ObjectType({ description: 'The result of customerNoteUpdate.' })
export class CustomerNoteUpdatePayload {
  @Field(() => NoteType, { nullable: true, description: 'The note as it now reads.' })
  note: NoteType | null;

  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  userErrors: UserError[];
}

@InputType({ description: 'One of your notes to delete.' })
export class CustomerNoteDeleteInput {
  @Field(() => ID, { description: 'Id of the note; it must be one you wrote.' })
  id: string;
}

@ObjectType({ description: 'The result of customerNoteDelete.' })
export class CustomerNoteDeletePayload {
  @Field(() => ID, { nullable: true, description: 'Id of the deleted note.' })
  deletedNoteId: string | null;

  @Field(() => [UserError], { description: 'Why the note was not deleted; empty on success.' })
  userErrors: UserError[];
}
