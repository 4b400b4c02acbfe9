export { recipientsModule } from './recipients.module';
export type { PartnerOwner, Recipient, RecipientService } from './recipients.service';
