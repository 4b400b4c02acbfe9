import { useMutation, useQuery } from '@apollo/client/react';
import { useDeferredValue, useId, useState } from 'react';
import { Dialog, DialogClose } from '../../shared/components/Dialog';
import { FormAlert, TextField } from '../../shared/components/fields';
import { formatMoney } from '../../shared/format';
import { describeError } from '../../shared/graphql-errors';
import { useIdempotencyKey } from '../../shared/idempotency';
import { toMajorUnits, toMinorUnits } from '../../shared/money';
import { CreditsMoveMutation } from '../mutations';
import { MoveTargetsQuery, type CustomerCreditsFragment, type MoveTargetFragment } from '../queries';

type Props = {
  from: CustomerCreditsFragment;
  onDone: (message: string) => void;
  onClose: () => void;
};

type Review = { target: MoveTargetFragment; amount: number };

/**
 * Move credits to another customer of the partner in the same currency: choose the customer
 * and the amount, then confirm with both balances as they will be. Mount it only while open.
 */
export function MoveCreditsDialog({ from, onDone, onClose }: Props) {
  const currency = from.billingAccount?.currency ?? from.currency;
  const available = from.availableCredit?.minorUnits ?? 0;
  const [search, setSearch] = useState('');
  const query = useDeferredValue(search.trim());
  const [targetId, setTargetId] = useState<string | null>(null);
  const [amountText, setAmountText] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ target?: string; amount?: string }>({});
  const [review, setReview] = useState<Review | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const keyFor = useIdempotencyKey();
  const listId = useId();
  const [move] = useMutation(CreditsMoveMutation, { refetchQueries: ['CustomerLedger'] });
  const { data, loading } = useQuery(MoveTargetsQuery, { variables: { query: query || null } });

  // Credits move only between customers of the same currency, and never to itself or a closed one.
  const targets = (data?.customers.nodes ?? []).filter(
    (customer) => customer.id !== from.id && customer.currency === currency && customer.status !== 'CLOSED',
  );
  const target = targets.find((customer) => customer.id === targetId) ?? review?.target ?? null;
  const money = (minor: number) => formatMoney(toMajorUnits(minor, currency), currency);

  function toReview() {
    const errors: typeof fieldErrors = {};
    const amount = toMinorUnits(amountText, currency);
    if (!target) errors.target = 'Choose the customer the credits go to.';
    if (amount === null || amount <= 0) errors.amount = `Enter an amount above zero in ${currency}.`;
    else if (amount > available) errors.amount = `At most ${money(available)} can move.`;
    setFieldErrors(errors);
    setFormError(null);
    if (target && amount !== null && !errors.amount) setReview({ target, amount });
  }

  async function confirm() {
    if (!review) return;
    setPending(true);
    setFormError(null);
    const input = { fromCustomerId: from.id, toCustomerId: review.target.id, amount: review.amount };
    try {
      const { data: result } = await move({ variables: { input: { ...input, idempotencyKey: keyFor(input) } } });
      const payload = result?.creditsMove;
      if (payload?.toCustomer) {
        onDone(`${money(review.amount)} moved to ${review.target.name}.`);
        return;
      }
      setFormError(payload?.userErrors.map((e) => e.message).join(' ') || 'No credits moved.');
    } catch (error) {
      setFormError(describeError(error, 'No credits moved'));
    } finally {
      setPending(false);
    }
  }

  const title = `Move credits from ${from.name}`;
  return (
    <Dialog
      open
      onOpenChange={(open) => {
        if (!open && !pending) onClose();
      }}
      title={title}
      description={`Available to move: ${money(available)}. Only to customers billed in ${currency}.`}
    >
      {review ? (
        <div className="dialog__form">
          <FormAlert message={formError} />
          <p data-testid="move-summary">
            Move <strong>{money(review.amount)}</strong> from {from.name} to {review.target.name}?
          </p>
          <dl className="details" data-testid="move-after">
            <dt>{from.name} after</dt>
            <dd>{money((from.balance?.minorUnits ?? 0) - review.amount)}</dd>
            <dt>{review.target.name} after</dt>
            <dd>{money((review.target.balance?.minorUnits ?? 0) + review.amount)}</dd>
          </dl>
          <div className="dialog__actions">
            <button type="button" className="button" disabled={pending} onClick={() => setReview(null)}>
              Back
            </button>
            <button type="button" className="button button--primary" disabled={pending} onClick={() => void confirm()}>
              {pending ? 'Moving…' : 'Move credits'}
            </button>
          </div>
        </div>
      ) : (
        <form
          className="dialog__form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            toReview();
          }}
        >
          <FormAlert message={formError} />
          <TextField
            label="Find the customer"
            type="search"
            autoFocus
            autoComplete="off"
            placeholder="Name or account number"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            aria-controls={listId}
          />
          <fieldset className="fieldset" aria-describedby={fieldErrors.target ? `${listId}-error` : undefined}>
            <legend>To</legend>
            <div id={listId} className="picker" aria-busy={loading || undefined}>
              {targets.length === 0 ? (
                <p className="muted">{loading ? 'Searching…' : `No customer in ${currency} matches.`}</p>
              ) : (
                targets.map((customer) => (
                  <label key={customer.id} className="picker__option">
                    <input
                      type="radio"
                      name="target"
                      value={customer.id}
                      checked={targetId === customer.id}
                      onChange={() => setTargetId(customer.id)}
                    />
                    <span>
                      {customer.name} <span className="muted table__mono">{customer.accountNumber}</span>
                    </span>
                    <span className="muted">{customer.balance ? money(customer.balance.minorUnits) : '—'}</span>
                  </label>
                ))
              )}
            </div>
            {fieldErrors.target && (
              <p id={`${listId}-error`} className="field__error">
                {fieldErrors.target}
              </p>
            )}
          </fieldset>
          <TextField
            label={`Amount (${currency})`}
            inputMode="decimal"
            autoComplete="off"
            value={amountText}
            onChange={(event) => setAmountText(event.target.value)}
            error={fieldErrors.amount}
          />
          <div className="dialog__actions">
            <DialogClose className="button" type="button">
              Cancel
            </DialogClose>
            <button type="submit" className="button button--primary">
              Review
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
