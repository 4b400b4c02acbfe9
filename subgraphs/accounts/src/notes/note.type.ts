import { ConnectionType } from '@clientele/subgraph-kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { ActorType, toActorType } from '../audit';
import type { NoteEntity } from './note.entity';

@ObjectType('CustomerNote', { description: 'A note on a customer account, for the partner’s staff.' })
export class NoteType {
  @Field(() => ID, { description: 'Unique id of the note.' })
  id: string;

  @Field({ description: 'The text, up to 10,000 characters; it may run over several lines.' })
  body: string;

  @Field(() => ActorType, { description: 'Who wrote it; only they may edit or delete it.' })
  author: ActorType;

  @Field({ description: 'When it was written.' })
  createdAt: Date;

  @Field({ description: 'When it was last edited; the same as createdAt if never.' })
  updatedAt: Date;
}

export function toNoteType(entity: NoteEntity): NoteType {
  return Object.assign(new NoteType(), {
    id: entity.id,
    body: entity.body,
    author: toActorType(entity.authorKind, entity.authorId),
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  });
}

export const NoteConnection = ConnectionType(NoteType, 'CustomerNote', 'note');
export type NoteConnection = InstanceType<typeof NoteConnection>;
