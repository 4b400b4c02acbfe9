export const apiKeyListPath = '/api-keys';

export function apiKeyListUrl(): string {
  return apiKeyListPath;
}
