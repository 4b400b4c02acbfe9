export const operatorListPath = '/operators';

export function operatorListUrl(): string {
  return operatorListPath;
}
