export { settingsModule } from './settings.module';
export type { MessagingSettingsService, PartnerSettings } from './settings.service';
