export { remindersModule } from './reminders.module';
export type { LowCreditReminderService } from './low-credit-reminder.service';
