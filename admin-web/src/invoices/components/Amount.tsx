import { formatMoney } from '../../shared/format';

/** An amount in its currency, or a dash when there is none. */
export function Amount({ money }: { money: { amount: string; currency: string } | null | undefined }) {
  if (!money) return <span className="muted">—</span>;
  return <span className="money">{formatMoney(money.amount, money.currency)}</span>;
}
