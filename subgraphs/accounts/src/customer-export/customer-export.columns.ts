/** The columns an export may hold, in the order a file lists them. */
export const CUSTOMER_EXPORT_COLUMNS = [
  'NAME',
  'ACCOUNT_NUMBER',
  'STATUS',
  'EMAIL',
  'PHONE',
  'COUNTRY',
  'CURRENCY',
  'PRICING_MODEL',
  'RESELLER',
  'TAGS',
  'CREATED_AT',
  'BALANCE',
  'AMOUNT_OWED',
] as const;
export type CustomerExportColumn = (typeof CUSTOMER_EXPORT_COLUMNS)[number];

/** Each column's heading in the file's first row. */
export const COLUMN_HEADINGS: Record<CustomerExportColumn, string> = {
  NAME: 'Name',
  ACCOUNT_NUMBER: 'Account number',
  STATUS: 'Status',
  EMAIL: 'Email',
  PHONE: 'Phone',
  COUNTRY: 'Country',
  CURRENCY: 'Currency',
  PRICING_MODEL: 'Pricing model',
  RESELLER: 'Reseller',
  TAGS: 'Tags',
  CREATED_AT: 'Created',
  BALANCE: 'Balance',
  AMOUNT_OWED: 'Amount owed',
};
