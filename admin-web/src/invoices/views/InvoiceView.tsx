import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useAppLinks } from '../../platform/app-links';
import { hasPermission, useViewer } from '../../platform/viewer';
import { ConfirmDialog } from '../../shared/components/ConfirmDialog';
import { formatDate } from '../../shared/format';
import { describeError } from '../../shared/graphql-errors';
import { Amount } from '../components/Amount';
import { CreditNoteDialog } from '../components/CreditNoteDialog';
import { InvoiceStatusBadge } from '../components/InvoiceStatusBadge';
import { RecordPaymentDialog } from '../components/RecordPaymentDialog';
import { VoidInvoiceDialog } from '../components/VoidInvoiceDialog';
import { formatQuantity, paymentMethodLabels } from '../display';
import { downloadFile, invoicePdfPath } from '../downloads';
import { InvoiceIssueMutation } from '../mutations';
import { InvoiceDetailQuery, type InvoiceDetailFieldsFragment } from '../queries';
import { invoiceListUrl, invoiceUrl } from '../urls';

type Open = 'payment' | 'void' | 'credit-note' | 'issue' | null;

/** `/invoices/:invoiceId`: lines, tax, totals, payments, whom it is billed to, and what can be done with it. */
export function InvoiceView() {
  const { invoiceId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(InvoiceDetailQuery, {
    variables: { id: invoiceId },
    fetchPolicy: 'cache-and-network',
  });
  const invoice = data?.invoice;

  if (invoice === undefined && loading) {
    return (
      <section className="page" aria-label="Invoice">
        <p className="state" role="status">
          Loading the invoice…
        </p>
      </section>
    );
  }
  if (!invoice && error) {
    return (
      <section className="page" aria-label="Invoice">
        <div className="state state--error" role="alert">
          <p>This invoice could not be loaded.</p>
          <button type="button" className="button" onClick={() => void refetch().catch(() => undefined)}>
            Try again
          </button>
        </div>
      </section>
    );
  }
  if (!invoice) {
    return (
      <section className="page" aria-labelledby="invoice-missing-title">
        <h1 id="invoice-missing-title" className="page__title">
          Invoice not found
        </h1>
        <div className="state">
          <p>There is no invoice at this address, or it is not one you can see.</p>
          <Link to={invoiceListUrl()}>Back to invoices</Link>
        </div>
      </section>
    );
  }
  return <InvoiceDetail invoice={invoice} />;
}

function InvoiceDetail({ invoice }: { invoice: InvoiceDetailFieldsFragment }) {
  const viewer = useViewer();
  const links = useAppLinks();
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const [downloading, setDownloading] = useState(false);
  const [issue] = useMutation(InvoiceIssueMutation, { refetchQueries: ['InvoiceList', 'CustomerInvoices'] });
  const canWrite = hasPermission(viewer, 'billing:write');
  const payable = invoice.status === 'OPEN' || invoice.status === 'OVERDUE';
  const isInvoice = invoice.kind === 'INVOICE';
  const title = invoice.number ?? 'Draft invoice';
  const done = (text: string) => {
    setOpen(null);
    setNotice({ ok: true, text });
  };

  async function downloadPdf() {
    setDownloading(true);
    const result = await downloadFile(invoicePdfPath(invoice.id), `${invoice.number ?? invoice.id}.pdf`);
    setDownloading(false);
    if (!result.ok) setNotice({ ok: false, text: result.message });
  }

  async function issueDraft(): Promise<string | null> {
    try {
      const { data } = await issue({ variables: { input: { invoiceId: invoice.id } } });
      const payload = data?.invoiceIssue;
      if (!payload) return 'The invoice was not issued.';
      if (payload.userErrors.length) return payload.userErrors.map((e) => e.message).join(' ');
      done(`Issued as ${payload.invoice?.number ?? 'a new invoice'}.`);
      return null;
    } catch (error) {
      return describeError(error, 'The invoice was not issued');
    }
  }

  return (
    <section className="page" aria-labelledby="invoice-title">
      <div className="page__header">
        <div>
          <p className="muted">
            <Link to={invoiceListUrl()}>Invoices</Link> ·{' '}
            <Link to={links.customer(invoice.customer.id)}>{invoice.customer.name}</Link>
          </p>
          <h1 id="invoice-title" className="page__title">
            {isInvoice ? title : `Credit note ${invoice.number ?? ''}`}{' '}
            <span data-testid="invoice-status">
              <InvoiceStatusBadge status={invoice.status} />
            </span>
          </h1>
        </div>
        <div className="customer-header__actions">
          {invoice.number && (
            <button type="button" className="button" disabled={downloading} onClick={() => void downloadPdf()}>
              {downloading ? 'Preparing…' : 'Download PDF'}
            </button>
          )}
          {canWrite && invoice.status === 'DRAFT' && (
            <button type="button" className="button button--primary" onClick={() => setOpen('issue')}>
              Issue…
            </button>
          )}
          {canWrite && payable && isInvoice && (
            <>
              <button type="button" className="button button--primary" onClick={() => setOpen('payment')}>
                Record payment…
              </button>
              <button type="button" className="button" onClick={() => setOpen('credit-note')}>
                Credit note…
              </button>
              {invoice.payments.length === 0 && (
                <button type="button" className="button button--danger" onClick={() => setOpen('void')}>
                  Void…
                </button>
              )}
            </>
          )}
        </div>
      </div>
      {notice && (
        <p
          className={notice.ok ? 'notice notice--success' : 'notice notice--error'}
          role={notice.ok ? 'status' : 'alert'}
        >
          {notice.text}
        </p>
      )}
      {invoice.status === 'VOID' && invoice.voidReason && <p className="notice">Voided: {invoice.voidReason}</p>}
      {invoice.correctsInvoiceId && (
        <p className="notice notice--info">
          Corrects <Link to={invoiceUrl(invoice.correctsInvoiceId)}>the invoice it credits</Link>.
        </p>
      )}

      <div className="invoice-columns">
        <section className="card" aria-labelledby="invoice-summary-title">
          <h2 id="invoice-summary-title" className="card__title">
            Summary
          </h2>
          <dl className="details">
            <dt>Issued</dt>
            <dd>{invoice.issueDate ? formatDate(invoice.issueDate) : 'Not yet'}</dd>
            <dt>Due</dt>
            <dd>{invoice.dueDate ? formatDate(invoice.dueDate) : '—'}</dd>
            {invoice.periodStart && invoice.periodEnd && (
              <>
                <dt>Period</dt>
                <dd>
                  {formatDate(invoice.periodStart)} – {formatDate(invoice.periodEnd)}
                </dd>
              </>
            )}
            <dt>Total</dt>
            <dd data-testid="invoice-total">
              <Amount money={invoice.total} />
            </dd>
            <dt>Paid</dt>
            <dd>
              <Amount money={invoice.paid} />
            </dd>
            <dt>Credited</dt>
            <dd>
              <Amount money={invoice.credited} />
            </dd>
            <dt>Amount due</dt>
            <dd data-testid="invoice-amount-due">
              <Amount money={invoice.amountDue} />
            </dd>
            {invoice.fx && (
              <>
                <dt>Exchange rate</dt>
                <dd>
                  1 {invoice.fx.baseCurrency} = {invoice.fx.rate} {invoice.currency} (
                  {invoice.fx.source === 'CUSTOMER' ? "customer's rate" : "partner's rate"})
                </dd>
              </>
            )}
          </dl>
        </section>
        {invoice.billTo && (
          <section className="card" aria-labelledby="invoice-bill-to-title">
            <h2 id="invoice-bill-to-title" className="card__title">
              Bill to
            </h2>
            <address className="bill-to">
              <strong>{invoice.billTo.name}</strong>
              <br />
              Account {invoice.billTo.accountNumber}
              {invoice.billTo.addressLines.map((line) => (
                <span key={line}>
                  <br />
                  {line}
                </span>
              ))}
              <br />
              {[invoice.billTo.postcode, invoice.billTo.city, invoice.billTo.region].filter(Boolean).join(' ')}
              {invoice.billTo.postcode || invoice.billTo.city || invoice.billTo.region ? <br /> : null}
              {invoice.billTo.country}
              {invoice.billTo.email && (
                <>
                  <br />
                  {invoice.billTo.email}
                </>
              )}
            </address>
          </section>
        )}
      </div>

      <section className="page" aria-labelledby="invoice-lines-title">
        <h2 id="invoice-lines-title" className="section-title">
          Lines
        </h2>
        <div className="table-wrap">
          <table className="table table--cards" aria-label="Lines">
            <thead>
              <tr>
                <th scope="col">Description</th>
                <th scope="col" className="table__num">
                  Quantity
                </th>
                <th scope="col" className="table__num">
                  Unit price
                </th>
                <th scope="col" className="table__num">
                  Tax rate
                </th>
                <th scope="col" className="table__num">
                  Tax
                </th>
                <th scope="col" className="table__num">
                  Amount
                </th>
              </tr>
            </thead>
            <tbody>
              {invoice.lines.map((line) => (
                <tr key={line.position}>
                  <td data-label="Description" className="table__wrap">
                    {line.description}
                  </td>
                  <td data-label="Quantity" className="table__num">
                    {formatQuantity(line.quantity)}
                  </td>
                  <td data-label="Unit price" className="table__num">
                    <Amount money={line.unitPrice} />
                  </td>
                  <td data-label="Tax rate" className="table__num">
                    {line.taxRate}%
                  </td>
                  <td data-label="Tax" className="table__num">
                    <Amount money={line.tax} />
                  </td>
                  <td data-label="Amount" className="table__num">
                    <Amount money={line.amount} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <dl className="invoice-totals">
          <div>
            <dt>Subtotal</dt>
            <dd>
              <Amount money={invoice.subtotal} />
            </dd>
          </div>
          <div>
            <dt>Tax{invoice.reverseCharge ? ' (reverse charge)' : ''}</dt>
            <dd>
              <Amount money={invoice.tax} />
            </dd>
          </div>
          <div>
            <dt>Total</dt>
            <dd>
              <Amount money={invoice.total} />
            </dd>
          </div>
        </dl>
      </section>

      <section className="page" aria-labelledby="invoice-payments-title">
        <h2 id="invoice-payments-title" className="section-title">
          Payments
        </h2>
        {invoice.payments.length === 0 ? (
          <p className="state">No payments recorded.</p>
        ) : (
          <div className="table-wrap">
            <table className="table table--cards" aria-label="Payments">
              <thead>
                <tr>
                  <th scope="col">Paid on</th>
                  <th scope="col">Method</th>
                  <th scope="col">Reference</th>
                  <th scope="col" className="table__num">
                    Amount
                  </th>
                  <th scope="col" className="table__num">
                    To credit
                  </th>
                </tr>
              </thead>
              <tbody>
                {invoice.payments.map((payment) => (
                  <tr key={payment.id} data-testid="payment-row">
                    <td data-label="Paid on">{formatDate(payment.paidOn)}</td>
                    <td data-label="Method">{paymentMethodLabels[payment.method]}</td>
                    <td data-label="Reference">{payment.reference ?? <span className="muted">—</span>}</td>
                    <td data-label="Amount" className="table__num">
                      <Amount money={payment.amount} />
                    </td>
                    <td data-label="To credit" className="table__num">
                      {payment.excess.minorUnits > 0 ? <Amount money={payment.excess} /> : '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {invoice.creditNotes.length > 0 && (
        <section className="page" aria-labelledby="invoice-credit-notes-title">
          <h2 id="invoice-credit-notes-title" className="section-title">
            Credit notes
          </h2>
          <ul className="plain-list">
            {invoice.creditNotes.map((note) => (
              <li key={note.id}>
                <Link to={invoiceUrl(note.id)}>{note.number ?? 'Draft credit note'}</Link> —{' '}
                <Amount money={note.total} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {open === 'payment' && <RecordPaymentDialog invoice={invoice} onDone={done} onClose={() => setOpen(null)} />}
      {open === 'void' && <VoidInvoiceDialog invoice={invoice} onDone={done} onClose={() => setOpen(null)} />}
      {open === 'credit-note' && <CreditNoteDialog invoice={invoice} onDone={done} onClose={() => setOpen(null)} />}
      <ConfirmDialog
        open={open === 'issue'}
        onOpenChange={(next) => setOpen(next ? 'issue' : null)}
        title="Issue this invoice?"
        description="It gets the next invoice number and becomes owed; an issued invoice is never edited, only corrected with credit notes."
        confirmLabel="Issue invoice"
        pendingLabel="Issuing…"
        onConfirm={issueDraft}
      />
    </section>
  );
}
