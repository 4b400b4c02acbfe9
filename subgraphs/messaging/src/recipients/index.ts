export { recipientsModule } from './recipients.module';
export {
  type RecipientDirectory,
  type RecipientSelection,
  type CustomerFilterInput,
  SelectionRefused,
} from './recipient.directory';
export { type PartnerOwner, type Recipient, addressOf, recipientVariables } from './recipient';
