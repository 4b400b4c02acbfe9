export { recipientsModule } from './recipients.module';
export type { RecipientDirectory, RecipientSelection, CustomerFilterInput } from './recipient.directory';
export { type PartnerOwner, type Recipient, addressOf, recipientVariables } from './recipient';
