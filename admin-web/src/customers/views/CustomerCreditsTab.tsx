import { useMutation, useQuery } from '@apollo/client/react';
import * as Tooltip from '@radix-ui/react-tooltip';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { LedgerEntryKind, PricingModel } from '../../gql/graphql';
import { FxRatesCard } from '../../invoices';
import { hasPermission, useViewer } from '../../platform/viewer';
import { FormAlert, SelectField, TextField } from '../../shared/components/fields';
import { formatDateTime, formatMoney, isNegativeAmount } from '../../shared/format';
import { describeError } from '../../shared/graphql-errors';
import { CreditOperationDialog, type CreditOperation } from '../components/CreditOperationDialog';
import { MoveCreditsDialog } from '../components/MoveCreditsDialog';
import { useCustomerOutlet } from '../customer-outlet';
import { pricingModelLabels } from '../display';
import { applyServerErrors } from '../../shared/form-errors';
import { toMajorUnits, toMinorUnits } from '../../shared/money';
import { BillingAccountUpdateMutation } from '../mutations';
import { CustomerCreditsQuery, CustomerLedgerQuery, type CustomerCreditsFragment } from '../queries';

const ledgerPageSize = 25;

const kindLabels: Record<LedgerEntryKind, string> = {
  CREDIT: 'Credits added',
  DEBIT: 'Withdrawn',
  ADJUSTMENT: 'Adjustment',
  TRANSFER_IN: 'Moved in',
  TRANSFER_OUT: 'Moved out',
  CHARGE: 'Charge',
  PAYMENT: 'Payment',
};

type Open = { kind: CreditOperation } | { kind: 'move' } | null;

export function CustomerCreditsTab() {
  const { customer } = useCustomerOutlet();
  const viewer = useViewer();
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(CustomerCreditsQuery, {
    variables: { id: customer.id },
    fetchPolicy: 'cache-and-network',
  });
  const credits = data?.customer;

  if (!credits && loading) {
    return (
      <p className="state" role="status">
        Loading credits…
      </p>
    );
  }
  if (!credits?.balance || !credits.billingAccount) {
    return (
      <div className={error ? 'state state--error' : 'state'} role={error ? 'alert' : 'status'}>
        <p>{error ? 'Credits could not be loaded.' : 'The billing account is being opened.'}</p>
        <button type="button" className="button" onClick={() => void refetch().catch(() => undefined)}>
          Try again
        </button>
      </div>
    );
  }

  const canWrite = hasPermission(viewer, 'billing:write');
  const canTransfer = hasPermission(viewer, 'billing:transfer');
  const closed = credits.billingAccount.closeState !== 'OPEN';
  const available = credits.availableCredit?.minorUnits ?? 0;
  const cannotMove = closed
    ? 'The customer is closed or being closed: its credits cannot move.'
    : available <= 0
      ? 'Nothing to move: no credit is available.'
      : null;
  const done = (message: string) => {
    setOpen(null);
    setNotice(message);
  };

  return (
    <div className="page">
      <section className="card" aria-labelledby="credits-title">
        <div className="section-header">
          <h2 id="credits-title" className="card__title">
            Credits
          </h2>
          <div className="customer-header__actions">
            {canWrite && (
              <>
                <button type="button" className="button" disabled={closed} onClick={() => setOpen({ kind: 'add' })}>
                  Add credits…
                </button>
                <button
                  type="button"
                  className="button"
                  disabled={closed}
                  onClick={() => setOpen({ kind: 'withdraw' })}
                >
                  Withdraw…
                </button>
              </>
            )}
            {canTransfer && (
              <>
                <button type="button" className="button" disabled={closed} onClick={() => setOpen({ kind: 'adjust' })}>
                  Adjust…
                </button>
                <Tooltip.Root>
                  <Tooltip.Trigger asChild>
                    {/* aria-disabled keeps the button focusable, so the tooltip saying why can be read. */}
                    <button
                      type="button"
                      className="button button--primary"
                      aria-disabled={cannotMove ? true : undefined}
                      aria-describedby={cannotMove ? 'move-disabled-why' : undefined}
                      onClick={() => {
                        if (!cannotMove) setOpen({ kind: 'move' });
                      }}
                    >
                      Move credits…
                    </button>
                  </Tooltip.Trigger>
                  {cannotMove && (
                    <Tooltip.Portal>
                      <Tooltip.Content className="tooltip" sideOffset={6}>
                        {cannotMove}
                        <Tooltip.Arrow className="tooltip__arrow" />
                      </Tooltip.Content>
                    </Tooltip.Portal>
                  )}
                </Tooltip.Root>
                {cannotMove && (
                  <span id="move-disabled-why" className="visually-hidden">
                    {cannotMove}
                  </span>
                )}
              </>
            )}
          </div>
        </div>
        {notice && (
          <p className="notice notice--success" role="status">
            {notice}
          </p>
        )}
        {closed && (
          <p className="notice" role="status">
            The customer is closed or being closed: the ledger accepts no writes.
          </p>
        )}
        <CreditSummary credits={credits} />
      </section>
      <Ledger customerId={credits.id} />
      <BillingSettings credits={credits} editable={canWrite && !closed} />
      <FxRatesCard
        rates={credits.fxRates}
        customerId={credits.id}
        editable={canWrite && !closed}
        refetch={['CustomerCreditsTab']}
      />
      {open && open.kind !== 'move' && (
        <CreditOperationDialog operation={open.kind} customer={credits} onDone={done} onClose={() => setOpen(null)} />
      )}
      {open?.kind === 'move' && <MoveCreditsDialog from={credits} onDone={done} onClose={() => setOpen(null)} />}
    </div>
  );
}

function Amount({ money }: { money: { amount: string; currency: string } | null }) {
  if (!money) return <span className="muted">—</span>;
  return (
    <span className={isNegativeAmount(money.amount) ? 'money money--negative' : 'money'}>
      {formatMoney(money.amount, money.currency)}
    </span>
  );
}

function CreditSummary({ credits }: { credits: CustomerCreditsFragment }) {
  return (
    <dl className="credit-summary">
      <div>
        <dt>Balance</dt>
        <dd data-testid="credits-balance">
          <Amount money={credits.balance} />
        </dd>
      </div>
      <div>
        <dt>Available credit</dt>
        <dd data-testid="credits-available">
          <Amount money={credits.availableCredit} />
        </dd>
      </div>
      <div>
        <dt>Credit limit</dt>
        <dd>
          <Amount money={credits.creditLimit} />
        </dd>
      </div>
      <div>
        <dt>Owed</dt>
        <dd>
          <Amount money={credits.owed} />
        </dd>
      </div>
    </dl>
  );
}

type LedgerFilter = { kind: LedgerEntryKind | ''; from: string; to: string };

function Ledger({ customerId }: { customerId: string }) {
  const [filter, setFilter] = useState<LedgerFilter>({ kind: '', from: '', to: '' });
  const [loadingMore, setLoadingMore] = useState(false);
  const variables = {
    id: customerId,
    first: ledgerPageSize,
    filter: {
      kinds: filter.kind ? [filter.kind] : null,
      // Dates are the operator's own days: from the start of `from` to the end of `to`.
      from: filter.from ? new Date(`${filter.from}T00:00:00`).toISOString() : null,
      to: filter.to ? new Date(`${filter.to}T23:59:59.999`).toISOString() : null,
    },
  };
  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(CustomerLedgerQuery, {
    variables,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  // While other filters load, the entries shown stay (dimmed) rather than flashing away.
  const ledger = (data ?? (loading ? previousData : undefined))?.customer?.ledger;
  const filtered = Boolean(filter.kind || filter.from || filter.to);

  async function loadMore() {
    if (!ledger?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      // Keyset paging: the next page starts after the last entry shown.
      await fetchMore({
        variables: { after: ledger.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => {
          const before = previous.customer?.ledger;
          const next = fetchMoreResult.customer?.ledger;
          if (!before || !next || !fetchMoreResult.customer) return previous;
          return {
            ...fetchMoreResult,
            customer: { ...fetchMoreResult.customer, ledger: { ...next, nodes: [...before.nodes, ...next.nodes] } },
          };
        },
      });
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <section className="page" aria-labelledby="ledger-title">
      <h2 id="ledger-title" className="section-title">
        Ledger
      </h2>
      <div className="toolbar">
        <SelectField
          label="Kind"
          value={filter.kind}
          onChange={(event) => setFilter({ ...filter, kind: event.target.value as LedgerEntryKind | '' })}
        >
          <option value="">All kinds</option>
          {(Object.keys(kindLabels) as LedgerEntryKind[]).map((kind) => (
            <option key={kind} value={kind}>
              {kindLabels[kind]}
            </option>
          ))}
        </SelectField>
        <TextField
          label="From"
          type="date"
          value={filter.from}
          onChange={(event) => setFilter({ ...filter, from: event.target.value })}
        />
        <TextField
          label="To"
          type="date"
          value={filter.to}
          onChange={(event) => setFilter({ ...filter, to: event.target.value })}
        />
      </div>
      {!ledger && loading ? (
        <p className="state" role="status">
          Loading the ledger…
        </p>
      ) : !ledger ? (
        <div className="state state--error" role="alert">
          <p>{error ? 'The ledger could not be loaded.' : 'The billing account is being opened.'}</p>
          <button type="button" className="button" onClick={() => void refetch().catch(() => undefined)}>
            Try again
          </button>
        </div>
      ) : ledger.nodes.length === 0 ? (
        <p className="state">{filtered ? 'No entries match these filters.' : 'No entries yet.'}</p>
      ) : (
        <>
          <div className="table-wrap">
            <table className="table table--cards" aria-label="Ledger" aria-busy={loading || undefined}>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Description</th>
                  <th scope="col">Reference</th>
                  <th scope="col" className="table__num">
                    Amount
                  </th>
                  <th scope="col" className="table__num">
                    Balance after
                  </th>
                </tr>
              </thead>
              <tbody>
                {ledger.nodes.map((entry) => (
                  <tr key={entry.id} data-testid="ledger-row">
                    <td data-label="When">
                      <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt)}</time>
                    </td>
                    <td data-label="Kind">{kindLabels[entry.kind]}</td>
                    <td className="table__truncate table__truncate--wide" data-label="Description">
                      {entry.description}
                    </td>
                    <td data-label="Reference">{entry.reference ?? <span className="muted">—</span>}</td>
                    <td className="table__num" data-label="Amount">
                      <Amount money={entry.amount} />
                    </td>
                    <td className="table__num" data-label="Balance after">
                      <Amount money={entry.balanceAfter} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="pagination">
            <p className="pagination__summary" aria-live="polite">
              Showing {ledger.nodes.length} of {ledger.totalCount}
            </p>
            {ledger.pageInfo.hasNextPage && (
              <button type="button" className="button" disabled={loadingMore} onClick={() => void loadMore()}>
                {loadingMore ? 'Loading…' : 'Show more'}
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}

type SettingsValues = {
  pricingModel: PricingModel;
  creditLimit: string;
  paymentTermsDays: string;
  suspendForLatePayment: boolean;
};

function BillingSettings({ credits, editable }: { credits: CustomerCreditsFragment; editable: boolean }) {
  const account = credits.billingAccount!;
  const currency = account.currency;
  const [update] = useMutation(BillingAccountUpdateMutation, { refetchQueries: ['CustomerCreditsTab'] });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm<SettingsValues>({
    values: {
      pricingModel: account.pricingModel,
      creditLimit: toMajorUnits(credits.creditLimit?.minorUnits ?? 0, currency),
      paymentTermsDays: String(account.paymentTermsDays),
      suspendForLatePayment: account.suspendForLatePayment,
    },
  });
  const postpaid = useWatch({ control, name: 'pricingModel' }) === 'POSTPAID';

  const submit = handleSubmit(async (values) => {
    setMessage(null);
    try {
      const { data } = await update({
        variables: {
          input: {
            customerId: credits.id,
            pricingModel: values.pricingModel,
            creditLimit: values.pricingModel === 'POSTPAID' ? (toMinorUnits(values.creditLimit, currency) ?? 0) : 0,
            paymentTermsDays: Number(values.paymentTermsDays),
            suspendForLatePayment: values.suspendForLatePayment,
          },
        },
      });
      const payload = data?.billingAccountUpdate;
      if (payload?.billingAccount) return setMessage({ ok: true, text: 'Billing settings saved.' });
      const rest = applyServerErrors(payload?.userErrors ?? [], setError, [
        'pricingModel',
        'creditLimit',
        'paymentTermsDays',
        'suspendForLatePayment',
      ]);
      if (rest) setMessage({ ok: false, text: rest });
    } catch (error) {
      setMessage({ ok: false, text: describeError(error, 'Billing settings not saved') });
    }
  });

  return (
    <form className="card form" aria-label="Billing settings" noValidate onSubmit={(event) => void submit(event)}>
      <h2 className="card__title">Billing settings</h2>
      {message?.ok ? (
        <p className="notice notice--success" role="status">
          {message.text}
        </p>
      ) : (
        <FormAlert message={message?.text} />
      )}
      <fieldset className="fieldset form-grid" disabled={!editable}>
        <legend className="visually-hidden">Billing settings</legend>
        <SelectField label="Pricing model" error={errors.pricingModel?.message} {...register('pricingModel')}>
          {(['PREPAID', 'POSTPAID'] as const).map((model) => (
            <option key={model} value={model}>
              {pricingModelLabels[model]}
            </option>
          ))}
        </SelectField>
        <TextField
          label={`Credit limit (${currency})`}
          inputMode="decimal"
          hint={postpaid ? 'How far below zero the balance may go.' : 'Prepaid accounts have none.'}
          disabled={!postpaid || !editable}
          error={errors.creditLimit?.message}
          {...register('creditLimit', {
            validate: (value, all) =>
              all.pricingModel !== 'POSTPAID' || (toMinorUnits(value, currency) ?? -1) >= 0
                ? true
                : `Enter an amount in ${currency}, zero or more.`,
          })}
        />
        <TextField
          label="Payment terms (days)"
          inputMode="numeric"
          error={errors.paymentTermsDays?.message}
          {...register('paymentTermsDays', {
            validate: (value) =>
              /^\d+$/.test(value.trim()) && Number(value) <= 365 ? true : 'Enter a number of days from 0 to 365.',
          })}
        />
        <label className="checkbox">
          <input type="checkbox" {...register('suspendForLatePayment')} /> Suspend the customer when an invoice is
          overdue
        </label>
      </fieldset>
      {editable && (
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={isSubmitting}>
            {isSubmitting ? 'Saving…' : 'Save billing settings'}
          </button>
        </div>
      )}
    </form>
  );
}
