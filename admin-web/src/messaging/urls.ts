export const messageSendPath = '/messaging/send';
export const outboxPath = '/messaging/outbox';
export const templatesPath = '/messaging/templates';
export const batchPath = '/messaging/batches/:batchId';
export const settingsPath = '/messaging/settings';

export function messageSendUrl(customerIds: readonly string[] = []): string {
  return customerIds.length ? `${messageSendPath}?customers=${customerIds.join(',')}` : messageSendPath;
}

export function outboxUrl(): string {
  return outboxPath;
}

export function templatesUrl(): string {
  return templatesPath;
}

export function batchUrl(batchId: string): string {
  return `/messaging/batches/${encodeURIComponent(batchId)}`;
}

export function settingsUrl(): string {
  return settingsPath;
}
