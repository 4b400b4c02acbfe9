export { notesModule } from './notes.module';
export type { NoteLoaders } from './note.loaders';
export type { NoteService } from './note.service';
export { NoteType } from './note.type';
