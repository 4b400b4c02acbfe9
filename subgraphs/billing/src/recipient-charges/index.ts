export { recipientChargesModule } from './recipient-charges.module';
export type { PaidRecipient, RecipientChargesService } from './recipient-charges.service';
