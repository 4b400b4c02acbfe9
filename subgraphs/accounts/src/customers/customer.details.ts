import type { CustomerEntity } from './customer.entity';
import type { CustomerLocation } from './customer.inputs';

/**
 * The fields of a customer an operator edits, as the audit log and `customer.updated` name them.
 * The pricing model is chosen at creation only; billing owns it from then on (`billingAccountUpdate`).
 */
export interface CustomerDetails {
  name: string;
  billingName: string | null;
  email: string | null;
  phone: string | null;
  country: string;
  currency: string;
  timezone: string;
  pricingModel: CustomerEntity['pricingModel'];
  resellerId: string | null;
  keywords: string[];
  location: CustomerLocation | null;
}

export const EDITABLE_FIELDS = [
  'name',
  'billingName',
  'email',
  'phone',
  'country',
  'currency',
  'timezone',
  'resellerId',
  'keywords',
  'location',
] as const satisfies readonly (keyof CustomerDetails)[];

export function detailsOf(entity: CustomerEntity, keywords: string[]): CustomerDetails {
  return {
    name: entity.name,
    billingName: entity.billingName,
    email: entity.email,
    phone: entity.phone,
    country: entity.country,
    currency: entity.currency,
    timezone: entity.timezone,
    pricingModel: entity.pricingModel,
    resellerId: entity.resellerId,
    keywords,
    location:
      entity.locationLines && entity.locationCountry
        ? {
            lines: entity.locationLines,
            city: entity.locationCity,
            region: entity.locationRegion,
            postcode: entity.locationPostcode,
            country: entity.locationCountry,
            latitude: entity.locationLatitude,
            longitude: entity.locationLongitude,
          }
        : null,
  };
}

/** The columns that store a location (all null when there is none). */
export function locationColumns(location: CustomerLocation | null) {
  return {
    locationLines: location?.lines ?? null,
    locationCity: location?.city ?? null,
    locationRegion: location?.region ?? null,
    locationPostcode: location?.postcode ?? null,
    locationCountry: location?.country ?? null,
    locationLatitude: location?.latitude ?? null,
    locationLongitude: location?.longitude ?? null,
  };
}

export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (Array.isArray(value) && value.length === 0);
}

/**
 * The fields whose value differs, each with its value before and after: what the audit log's
 * `details.changes` holds and the customer's activity shows. Empty values (null, no keywords) are
 * left out of a creation's changes.
 */
export function changesBetween(before: object | null, after: object): FieldChanges {
  const changes: FieldChanges = {};
  for (const [field, to] of Object.entries(after) as [string, unknown][]) {
    const from = before ? ((before as Record<string, unknown>)[field] ?? null) : null;
    if (before === null && isEmpty(to)) continue;
    if (JSON.stringify(from) !== JSON.stringify(to ?? null)) changes[field] = { from, to: to ?? null };
  }
  return changes;
}
