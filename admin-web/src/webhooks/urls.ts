export const webhookEndpointListPath = '/webhooks';
export const webhookEndpointPath = '/webhooks/:endpointId';

export function webhookEndpointListUrl(): string {
  return webhookEndpointListPath;
}

export function webhookEndpointUrl(id: string): string {
  return `${webhookEndpointListPath}/${encodeURIComponent(id)}`;
}
