import { formatMoney, isNegativeAmount } from '../format';

type Props = { balance: { amount: string; currency: string } | null };

export function CustomerBalance({ balance }: Props) {
  if (!balance) {
    // Billing may not have provisioned the account yet.
    return (
      <span className="money money--unavailable" title="Not available">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">Not available</span>
      </span>
    );
  }
  const negative = isNegativeAmount(balance.amount);
  return (
    <span className={negative ? 'money money--negative' : 'money'}>
      {formatMoney(balance.amount, balance.currency)}
    </span>
  );
}
