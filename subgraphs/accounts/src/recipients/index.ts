export { recipientsModule } from './recipients.module';
export type { Recipient, RecipientService } from './recipients.service';
