export { apiKeysModule } from './api-keys.module';
export type { ApiKeyService } from './api-key.service';
