import { useState } from 'react';
import { formatDate, formatDateTime } from '../../shared/format';
import type { CustomerPageFieldsFragment } from '../queries';
import { TransitionDialog } from './TransitionDialog';

type Props = {
  customer: CustomerPageFieldsFragment;
  /** Whether the viewer may withdraw the cancellation (customers:write). */
  canWrite: boolean;
  onDone: (message: string) => void;
};

const modeText = { END_OF_PERIOD: 'at the end of the billing period', ON_DATE: 'on a chosen date', IMMEDIATELY: '' };

/** What the status alone does not say: a cancellation on its way, a close, an erasure. */
export function CustomerStatusNotes({ customer, canWrite, onDone }: Props) {
  const [withdrawing, setWithdrawing] = useState(false);
  const scheduled = customer.scheduledCancellation;
  return (
    <>
      {scheduled && (
        <div className="notice notice--info status-note" data-testid="scheduled-cancellation">
          <p>
            Cancellation scheduled {modeText[scheduled.mode]}: the account becomes inactive on{' '}
            <time dateTime={scheduled.effectiveAt}>{formatDateTime(scheduled.effectiveAt)}</time>.
            {scheduled.reason && <> Reason: {scheduled.reason}</>}
          </p>
          {canWrite && (
            <button type="button" className="button button--small" onClick={() => setWithdrawing(true)}>
              Withdraw cancellation
            </button>
          )}
        </div>
      )}
      {customer.status === 'CLOSED' && (
        <p className="notice status-note" data-testid="closed-note">
          {customer.erasedAt
            ? `Closed, and its personal data erased on ${formatDate(customer.erasedAt)}.`
            : `Closed${customer.closedAt ? ` on ${formatDate(customer.closedAt)}` : ''}: hidden from the customer list until restored.`}
        </p>
      )}
      {withdrawing && (
        <TransitionDialog
          transition="withdrawCancellation"
          customer={customer}
          onDone={(message) => {
            setWithdrawing(false);
            onDone(message);
          }}
          onClose={() => setWithdrawing(false)}
        />
      )}
    </>
  );
}
