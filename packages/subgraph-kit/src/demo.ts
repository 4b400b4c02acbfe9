/**
 * The demo partner seeded on the first start against an empty database. Each subgraph seeds
 * its own tables; customer ids are derived from a number with the same SQL everywhere, so
 * billing's ledger and messaging's messages point at the customers accounts created.
 */
export const DEMO = {
  partnerId: '018f0000-0000-7000-8000-000000000001',
  partnerName: 'Northwind Telecom',
  resellers: [
    { id: '018f0000-0000-7000-8000-000000000011', name: 'Harbour Resale' },
    { id: '018f0000-0000-7000-8000-000000000012', name: 'Summit Channel Partners' },
  ],
  operator: {
    id: '018f0000-0000-7000-8000-000000000021',
    email: 'owner@demo.clientele.test',
    password: 'clientele-demo',
    name: 'Dana Owner',
  },
  customerCount: 300,
} as const;

/** SQL for the id of the n-th seeded customer of a partner (`$partner` and `n` are SQL expressions). */
export function seededCustomerIdSql(partnerIdSql: string, numberSql: string): string {
  return `md5(${partnerIdSql}::uuid::text || ':customer:' || ${numberSql}::text)::uuid`;
}

/** SQL for the reseller of the n-th seeded customer: a third each to the two resellers and to none. */
export function seededResellerIdSql(numberSql: string): string {
  return `(CASE ${numberSql} % 3 WHEN 1 THEN '${DEMO.resellers[0].id}'::uuid WHEN 2 THEN '${DEMO.resellers[1].id}'::uuid END)`;
}

/** SQL for the currency of the n-th seeded customer (GBP, EUR, USD, EUR in turn). */
export function seededCurrencySql(numberSql: string): string {
  return `(ARRAY['GBP', 'EUR', 'USD', 'EUR'])[1 + ${numberSql} % 4]`;
}

/** SQL for the pricing model of the n-th seeded customer. */
export function seededPricingModelSql(numberSql: string): string {
  return `(CASE WHEN ${numberSql} % 4 = 0 THEN 'POSTPAID' ELSE 'PREPAID' END)`;
}
