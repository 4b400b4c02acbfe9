import {
  type Caller,
  type RequestContext,
  createConnectionLoader,
  createCountLoader,
  toConnection,
} from '@clientele/subgraph-kit';
import type { CustomerLoaders } from '../customers';
import { type NoteService, noteOrder } from './note.service';
import { NoteConnection, toNoteType } from './note.type';

/** Each customer's notes on a page of customers from one statement per distinct set of arguments. */
export function createNoteLoaders(notes: NoteService, caller: Caller) {
  const noteCountByCustomerId = createCountLoader((customerIds) => notes.countsFor(caller, customerIds));
  return {
    notesOfCustomer: createConnectionLoader({
      order: noteOrder,
      fetchPages: (customerIds, seek) => notes.pagesFor(caller, customerIds, seek),
      ownerOf: (note) => note.customerId,
      toResult: (page, customerId) =>
        toConnection(NoteConnection, page, toNoteType, () => noteCountByCustomerId.load(customerId)),
    }),
  };
}

export type NoteLoaders = ReturnType<typeof createNoteLoaders>;
export type NotesContext = RequestContext<NoteLoaders & CustomerLoaders>;
