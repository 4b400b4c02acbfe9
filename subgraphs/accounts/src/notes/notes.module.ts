import { defineModule } from '@clientele/subgraph-kit';
import { auditModule } from '../audit';
import { customersModule } from '../customers';
import { CustomerNotes1765100000001 } from './migrations/1765100000001-customer-notes';
import { NoteEntity } from './note.entity';
import { createNoteLoaders } from './note.loaders';
import { CustomerNotesResolver } from './note.resolver';
import { NoteService } from './note.service';

/** Staff notes on customer accounts; each is edited or deleted only by whoever wrote it. */
export const notesModule = defineModule({
  name: 'notes',
  // The audit module names the notes' authors (`Actor.name`).
  dependsOn: { customers: customersModule, audit: auditModule },
  entities: [NoteEntity],
  migrations: [CustomerNotes1765100000001],
  resolvers: [CustomerNotesResolver],
  service: ({ dataSource }) => new NoteService(dataSource),
  loaders: createNoteLoaders,
});
