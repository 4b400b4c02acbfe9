import {
  type Caller,
  type RequestContext,
  type UserError,
  UserErrorCode,
  isValidId,
  parseInput,
  partnerOf,
  scopeOf,
  userError,
} from '@clientele/subgraph-kit';
import DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';
import type { BillingAccountService } from '../billing-accounts';
import { parseMajor } from '../money';
import { type Rational, parseDecimal, percentToPpm } from '../pricing';
import type { FxRate, PartnerRates, RecipientPrice, TaxRate } from './billing-settings.model';
import { fxKey } from './billing-settings.model';
import {
  BILLING_SETTINGS_ERRORS,
  type FxRateRemoveInput,
  type FxRateRemovePayload,
  type FxRateSetInput,
  type FxRateSetPayload,
  type RecipientPriceSetInput,
  type RecipientPriceSetPayload,
  type TaxRateRemoveInput,
  type TaxRateRemovePayload,
  type TaxRateSetInput,
  type TaxRateSetPayload,
  fxRateRemoveSchema,
  fxRateSetSchema,
  recipientPriceSetSchema,
  taxRateRemoveSchema,
  taxRateSetSchema,
} from './billing-settings.inputs';
import { toBillingSettingsType, toFxRateType, toTaxRateType } from './billing-settings.type';

interface FxRow {
  customerId: string | null;
  baseCurrency: string;
  quoteCurrency: string;
  rate: string;
}

function toFxRate(row: FxRow): FxRate {
  return {
    customerId: row.customerId,
    baseCurrency: row.baseCurrency.trim(),
    quoteCurrency: row.quoteCurrency.trim(),
    // numeric(24, 12) comes back with every decimal; the rate as agreed has only the ones it needs.
    rate: row.rate.includes('.') ? row.rate.replace(/0+$/, '').replace(/\.$/, '') : row.rate,
  };
}

function refused<T>(payload: T, errors: UserError[]): T & { userErrors: UserError[] } {
  return { ...payload, userErrors: errors };
}

/**
 * A partner's tax rates, recipient price and exchange rates, and customers' own exchange rates.
 * Partner-wide settings are changed only by someone who runs the whole partner (not limited to one
 * reseller or acting in the portal); every change is audited.
 */
export class BillingSettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: BillingAccountService,
  ) {}

  /** The caller's partner's settings; empty for a caller who sees no single partner's settings. */
  async settingsFor(
    caller: Caller,
  ): Promise<{ taxRates: TaxRate[]; recipientPrice: RecipientPrice | null; fxRates: FxRate[] }> {
    const partnerId = partnerOf(caller);
    const scope = scopeOf(caller);
    if (!partnerId || scope.customerId) return { taxRates: [], recipientPrice: null, fxRates: [] };
    return this.settingsOf(partnerId);
  }

  async settingsOf(
    partnerId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ taxRates: TaxRate[]; recipientPrice: RecipientPrice | null; fxRates: FxRate[] }> {
    const [taxRates, prices, fxRates] = await Promise.all([
      manager.query<TaxRate[]>(
        `SELECT country, rate_ppm AS "ratePpm", reverse_charge AS "reverseCharge"
           FROM billing.tax_rates WHERE partner_id = $1 ORDER BY country`,
        [partnerId],
      ),
      manager.query<{ amountMinor: string; currency: string }[]>(
        `SELECT recipient_price_minor::text AS "amountMinor", recipient_price_currency AS currency
           FROM billing.partner_billing_settings WHERE partner_id = $1 AND recipient_price_minor IS NOT NULL`,
        [partnerId],
      ),
      manager.query<FxRow[]>(
        `SELECT NULL AS "customerId", base_currency AS "baseCurrency", quote_currency AS "quoteCurrency", rate::text AS rate
           FROM billing.fx_rates WHERE partner_id = $1 ORDER BY base_currency, quote_currency`,
        [partnerId],
      ),
    ]);
    const [price] = prices;
    return {
      taxRates,
      recipientPrice: price ? { amountMinor: BigInt(price.amountMinor), currency: price.currency.trim() } : null,
      fxRates: fxRates.map(toFxRate),
    };
  }

  /** What a billing run needs of the partner's settings, ready for arithmetic. */
  async ratesOf(partnerId: string): Promise<PartnerRates> {
    const settings = await this.settingsOf(partnerId);
    return {
      taxRates: new Map(settings.taxRates.map((rate) => [rate.country, rate])),
      recipientPrice: settings.recipientPrice,
      fxRates: new Map(
        settings.fxRates.map((rate) => [
          fxKey(rate.baseCurrency, rate.quoteCurrency),
          { rate: parseDecimal(rate.rate)!, text: rate.rate },
        ]),
      ),
    };
  }

  /** Customers' own exchange rates, by customer and `BASE>QUOTE`. */
  async customerRatesOf(
    partnerId: string,
    customerIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, Map<string, { rate: Rational; text: string }>>> {
    const rates = await this.customerFxRows(manager, partnerId, customerIds);
    const byCustomer = new Map<string, Map<string, { rate: Rational; text: string }>>();
    for (const rate of rates) {
      const of = byCustomer.get(rate.customerId!) ?? new Map<string, { rate: Rational; text: string }>();
      of.set(fxKey(rate.baseCurrency, rate.quoteCurrency), { rate: parseDecimal(rate.rate)!, text: rate.rate });
      byCustomer.set(rate.customerId!, of);
    }
    return byCustomer;
  }

  /** This request's loader of customers' own rates; callers reach it only for customers they can see. */
  customerRatesLoader(caller: Caller): DataLoader<string, FxRate[]> {
    return new DataLoader(async (customerIds: readonly string[]) => {
      const partnerId = partnerOf(caller);
      const rows = partnerId ? await this.customerFxRows(this.dataSource.manager, partnerId, customerIds) : [];
      return customerIds.map((id) => rows.filter((row) => row.customerId === id));
    });
  }

  private async customerFxRows(
    manager: EntityManager,
    partnerId: string,
    customerIds: readonly string[],
  ): Promise<FxRate[]> {
    const ids = customerIds.filter(isValidId);
    if (ids.length === 0) return [];
    const rows = await manager.query<FxRow[]>(
      `SELECT customer_id AS "customerId", base_currency AS "baseCurrency", quote_currency AS "quoteCurrency",
              rate::text AS rate
         FROM billing.customer_fx_rates
        WHERE partner_id = $1 AND customer_id = ANY($2::uuid[])
        ORDER BY customer_id, base_currency, quote_currency`,
      [partnerId, ids],
    );
    return rows.map(toFxRate);
  }

  async setTaxRate(context: RequestContext, input: TaxRateSetInput): Promise<TaxRateSetPayload> {
    const empty = { taxRate: null };
    const parsed = parseInput(taxRateSetSchema, input);
    if (!parsed.ok) return refused(empty, parsed.userErrors);
    const partnerId = this.partnerWide(context.caller);
    if (!partnerId) return refused(empty, [this.notPartnerWide()]);
    const ratePpm = percentToPpm(parsed.value.rate);
    if (ratePpm === null) {
      return refused(empty, [
        userError(
          UserErrorCode.INVALID,
          'Give the rate as a percent from 0 to 100 with at most 4 decimals, e.g. "21".',
          ['input', 'rate'],
        ),
      ]);
    }
    const rate: TaxRate = {
      country: parsed.value.country,
      ratePpm,
      reverseCharge: parsed.value.reverseCharge ?? false,
    };
    await this.dataSource.transaction(async (transaction) => {
      await transaction.query(
        `INSERT INTO billing.tax_rates (partner_id, country, rate_ppm, reverse_charge) VALUES ($1, $2, $3, $4)
         ON CONFLICT (partner_id, country)
         DO UPDATE SET rate_ppm = EXCLUDED.rate_ppm, reverse_charge = EXCLUDED.reverse_charge, updated_at = now()`,
        [partnerId, rate.country, rate.ratePpm, rate.reverseCharge],
      );
      await context.audit(
        {
          action: 'billing-settings.tax-rate-set',
          partnerId,
          targetType: 'TaxRate',
          targetId: rate.country,
          details: { ...rate },
        },
        transaction,
      );
    });
    return { taxRate: toTaxRateType(rate), userErrors: [] };
  }

  async removeTaxRate(context: RequestContext, input: TaxRateRemoveInput): Promise<TaxRateRemovePayload> {
    const empty = { removedCountry: null };
    const parsed = parseInput(taxRateRemoveSchema, input);
    if (!parsed.ok) return refused(empty, parsed.userErrors);
    const partnerId = this.partnerWide(context.caller);
    if (!partnerId) return refused(empty, [this.notPartnerWide()]);
    const { country } = parsed.value;
    const removed = await this.dataSource.transaction(async (transaction) => {
      const [rows] = await transaction.query<[unknown[], number]>(
        `DELETE FROM billing.tax_rates WHERE partner_id = $1 AND country = $2 RETURNING country`,
        [partnerId, country],
      );
      if (rows.length === 0) return false;
      await context.audit(
        {
          action: 'billing-settings.tax-rate-removed',
          partnerId,
          targetType: 'TaxRate',
          targetId: country,
          details: {},
        },
        transaction,
      );
      return true;
    });
    return removed
      ? { removedCountry: country, userErrors: [] }
      : refused(empty, [userError(UserErrorCode.NOT_FOUND, 'That country has no tax rate.', ['input', 'country'])]);
  }

  async setRecipientPrice(context: RequestContext, input: RecipientPriceSetInput): Promise<RecipientPriceSetPayload> {
    const empty = { billingSettings: null };
    const parsed = parseInput(recipientPriceSetSchema, input);
    if (!parsed.ok) return refused(empty, parsed.userErrors);
    const partnerId = this.partnerWide(context.caller);
    if (!partnerId) return refused(empty, [this.notPartnerWide()]);
    const { amount, currency } = parsed.value;
    let price: RecipientPrice | null = null;
    if (amount) {
      if (!currency) {
        return refused(empty, [
          userError(UserErrorCode.REQUIRED, 'Give the currency of the price.', ['input', 'currency']),
        ]);
      }
      const amountMinor = parseMajor(amount, currency);
      if (amountMinor === null || amountMinor < 0n || amountMinor > 10n ** 13n) {
        return refused(empty, [
          userError(UserErrorCode.INVALID, `Give the price as a decimal amount of ${currency}, e.g. "4.50".`, [
            'input',
            'amount',
          ]),
        ]);
      }
      price = { amountMinor, currency };
    }
    await this.dataSource.transaction(async (transaction) => {
      await transaction.query(
        `INSERT INTO billing.partner_billing_settings (partner_id, recipient_price_minor, recipient_price_currency)
         VALUES ($1, $2, $3)
         ON CONFLICT (partner_id) DO UPDATE
           SET recipient_price_minor = EXCLUDED.recipient_price_minor,
               recipient_price_currency = EXCLUDED.recipient_price_currency, updated_at = now()`,
        [partnerId, price?.amountMinor.toString() ?? null, price?.currency ?? null],
      );
      await context.audit(
        {
          action: 'billing-settings.recipient-price-set',
          partnerId,
          targetType: 'BillingSettings',
          targetId: partnerId,
          details: { amountMinor: price ? Number(price.amountMinor) : null, currency: price?.currency ?? null },
        },
        transaction,
      );
    });
    return { billingSettings: toBillingSettingsType(await this.settingsOf(partnerId)), userErrors: [] };
  }

  async setFxRate(context: RequestContext, input: FxRateSetInput): Promise<FxRateSetPayload> {
    const empty = { fxRate: null };
    const parsed = parseInput(fxRateSetSchema, input);
    if (!parsed.ok) return refused(empty, parsed.userErrors);
    const { baseCurrency, quoteCurrency, customerId } = parsed.value;
    if (baseCurrency === quoteCurrency) {
      return refused(empty, [
        userError(UserErrorCode.INVALID, 'Choose two different currencies.', ['input', 'quoteCurrency']),
      ]);
    }
    const rate = parseDecimal(parsed.value.rate);
    if (!rate || rate.n === 0n) {
      return refused(empty, [
        userError(
          UserErrorCode.INVALID,
          'Give the rate as a positive decimal with at most 12 decimals, e.g. "0.9215".',
          ['input', 'rate'],
        ),
      ]);
    }
    const partnerId = partnerOf(context.caller);
    if (!partnerId) throw new Error('fxRateSet needs a partner caller');
    return this.dataSource.transaction(async (transaction) => {
      if (customerId) {
        const [account] = await this.accounts.findVisibleInTransaction(transaction, context.caller, [customerId]);
        if (!account) {
          return refused(empty, [
            userError(UserErrorCode.NOT_FOUND, 'That customer was not found.', ['input', 'customerId']),
          ]);
        }
        await transaction.query(
          `INSERT INTO billing.customer_fx_rates (partner_id, customer_id, base_currency, quote_currency, rate)
           VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (partner_id, customer_id, base_currency, quote_currency)
           DO UPDATE SET rate = EXCLUDED.rate, updated_at = now()`,
          [partnerId, account.customerId, baseCurrency, quoteCurrency, parsed.value.rate],
        );
      } else {
        if (!this.partnerWide(context.caller)) return refused(empty, [this.notPartnerWide()]);
        await transaction.query(
          `INSERT INTO billing.fx_rates (partner_id, base_currency, quote_currency, rate) VALUES ($1, $2, $3, $4)
           ON CONFLICT (partner_id, base_currency, quote_currency) DO UPDATE SET rate = EXCLUDED.rate, updated_at = now()`,
          [partnerId, baseCurrency, quoteCurrency, parsed.value.rate],
        );
      }
      const fxRate: FxRate = toFxRate({
        customerId: customerId ?? null,
        baseCurrency,
        quoteCurrency,
        rate: parsed.value.rate,
      });
      await context.audit(
        {
          action: 'billing-settings.fx-rate-set',
          partnerId,
          targetType: customerId ? 'Customer' : 'BillingSettings',
          targetId: customerId ?? partnerId,
          details: { ...fxRate },
        },
        transaction,
      );
      return { fxRate: toFxRateType(fxRate), userErrors: [] };
    });
  }

  async removeFxRate(context: RequestContext, input: FxRateRemoveInput): Promise<FxRateRemovePayload> {
    const empty = { removedFxRate: null };
    const parsed = parseInput(fxRateRemoveSchema, input);
    if (!parsed.ok) return refused(empty, parsed.userErrors);
    const { baseCurrency, quoteCurrency, customerId } = parsed.value;
    const partnerId = partnerOf(context.caller);
    if (!partnerId) throw new Error('fxRateRemove needs a partner caller');
    const notFound = refused(empty, [
      userError(UserErrorCode.NOT_FOUND, 'There is no such rate.', ['input', 'baseCurrency']),
    ]);
    return this.dataSource.transaction(async (transaction) => {
      let rows: FxRow[];
      if (customerId) {
        const [account] = await this.accounts.findVisibleInTransaction(transaction, context.caller, [customerId]);
        if (!account) {
          return refused(empty, [
            userError(UserErrorCode.NOT_FOUND, 'That customer was not found.', ['input', 'customerId']),
          ]);
        }
        [rows] = await transaction.query<[FxRow[], number]>(
          `DELETE FROM billing.customer_fx_rates
            WHERE partner_id = $1 AND customer_id = $2 AND base_currency = $3 AND quote_currency = $4
          RETURNING customer_id AS "customerId", base_currency AS "baseCurrency", quote_currency AS "quoteCurrency",
                    rate::text AS rate`,
          [partnerId, account.customerId, baseCurrency, quoteCurrency],
        );
      } else {
        if (!this.partnerWide(context.caller)) return refused(empty, [this.notPartnerWide()]);
        [rows] = await transaction.query<[FxRow[], number]>(
          `DELETE FROM billing.fx_rates WHERE partner_id = $1 AND base_currency = $2 AND quote_currency = $3
          RETURNING NULL AS "customerId", base_currency AS "baseCurrency", quote_currency AS "quoteCurrency",
                    rate::text AS rate`,
          [partnerId, baseCurrency, quoteCurrency],
        );
      }
      const [row] = rows;
      if (!row) return notFound;
      const removed = toFxRate(row);
      await context.audit(
        {
          action: 'billing-settings.fx-rate-removed',
          partnerId,
          targetType: customerId ? 'Customer' : 'BillingSettings',
          targetId: customerId ?? partnerId,
          details: { ...removed },
        },
        transaction,
      );
      return { removedFxRate: toFxRateType(removed), userErrors: [] };
    });
  }

  /** The partner of a caller who runs the whole partner, or null for one limited to a reseller or a customer. */
  private partnerWide(caller: Caller): string | null {
    const scope = scopeOf(caller);
    return scope.resellerId || scope.customerId ? null : partnerOf(caller);
  }

  private notPartnerWide(): UserError {
    return userError(
      BILLING_SETTINGS_ERRORS.PARTNER_WIDE_SETTING,
      'This setting applies to the whole partner: ask someone who is not limited to one reseller.',
      null,
    );
  }
}
