import { customerCreateSchema } from '../customer.inputs';

const valid = { name: 'Harbor Dental', country: 'GB', currency: 'GBP' };

describe('customerCreateSchema', () => {
  it('should normalise codes and fill defaults when optional fields are omitted or blank', () => {
    const parsed = customerCreateSchema.parse({
      ...valid,
      country: 'gb',
      currency: 'gbp',
      email: '  ',
      billingName: '',
    });

    expect(parsed).toMatchObject({
      name: 'Harbor Dental',
      country: 'GB',
      currency: 'GBP',
      timezone: 'UTC',
      pricingModel: 'PREPAID',
      email: null,
      billingName: null,
    });
  });

  it.each([
    ['a name over 50 characters', { name: 'x'.repeat(51) }, 'name'],
    ['an unknown country', { country: 'ZZ' }, 'country'],
    ['a region that is not a country', { country: 'EU' }, 'country'],
    ['an unknown currency', { currency: 'ABC' }, 'currency'],
    ['a phone number not in international form', { phone: '07700 900123' }, 'phone'],
    ['an account number with spaces', { accountNumber: 'A 1' }, 'accountNumber'],
    ['an unknown time zone', { timezone: 'Europe/Atlantis' }, 'timezone'],
  ])('should refuse %s', (_case, change, field) => {
    const result = customerCreateSchema.safeParse({ ...valid, ...change });

    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([field]);
  });
});
