import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { hasPermission, useViewer } from '../../platform/viewer';
import { FormAlert } from '../../shared/components/fields';
import { formatDate } from '../../shared/format';
import { describeError } from '../../shared/graphql-errors';
import { CustomerFields } from '../components/CustomerFields';
import { useCustomerOutlet } from '../customer-outlet';
import {
  customerFieldAliases,
  customerFormFields,
  customerFormSchema,
  customerFormValues,
  toCustomerUpdateInput,
  type CustomerFormOutput,
  type CustomerFormValues,
} from '../customer-form';
import { countryLabel, currencyLabel, pricingModelLabels } from '../display';
import { applyServerErrors } from '../../shared/form-errors';
import { CustomerUpdateMutation } from '../mutations';
import { CustomerFormResellersQuery, type CustomerPageFieldsFragment } from '../queries';

export function CustomerOverviewTab() {
  const { customer } = useCustomerOutlet();
  const viewer = useViewer();
  const canEdit = hasPermission(viewer, 'customers:write') && customer.status !== 'CLOSED';
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  if (editing) {
    return (
      <CustomerEditForm
        customer={customer}
        onDone={(message) => {
          setEditing(false);
          setSaved(message);
        }}
      />
    );
  }
  return (
    <section className="card" aria-labelledby="customer-details-title">
      <div className="section-header">
        <h2 id="customer-details-title" className="card__title">
          Details
        </h2>
        {canEdit && (
          <button
            type="button"
            className="button"
            onClick={() => {
              setSaved(null);
              setEditing(true);
            }}
          >
            Edit details
          </button>
        )}
      </div>
      {saved && (
        <p className="notice notice--success" role="status">
          {saved}
        </p>
      )}
      <CustomerDetails customer={customer} />
    </section>
  );
}

function CustomerDetails({ customer }: { customer: CustomerPageFieldsFragment }) {
  const location = customer.location;
  return (
    <dl className="details">
      <Detail label="Name">{customer.name}</Detail>
      <Detail label="Billing name">{customer.billingName}</Detail>
      <Detail label="Email">{customer.email}</Detail>
      <Detail label="Phone">{customer.phone}</Detail>
      <Detail label="Keywords">
        {customer.keywords.length > 0 ? (
          <span className="chips">
            {customer.keywords.map((keyword) => (
              <span key={keyword} className="chip">
                {keyword}
              </span>
            ))}
          </span>
        ) : null}
      </Detail>
      <Detail label="Reseller">{customer.reseller?.name}</Detail>
      <Detail label="Location">
        {location ? (
          <address className="address">
            {[
              ...location.lines,
              [location.postcode, location.city].filter(Boolean).join(' '),
              location.region,
              countryLabel(location.country),
            ]
              .filter(Boolean)
              .map((line, index) => (
                <span key={index}>{line}</span>
              ))}
            {location.latitude !== null && location.longitude !== null && (
              <span className="muted">
                {location.latitude}, {location.longitude}
              </span>
            )}
          </address>
        ) : null}
      </Detail>
      <Detail label="Country">{countryLabel(customer.country)}</Detail>
      <Detail label="Currency">{currencyLabel(customer.currency)}</Detail>
      <Detail label="Time zone">{customer.timezone}</Detail>
      <Detail label="Pricing">{pricingModelLabels[customer.pricingModel]}</Detail>
      <Detail label="Joined">
        <time dateTime={customer.createdAt}>{formatDate(customer.createdAt)}</time>
      </Detail>
    </dl>
  );
}

function CustomerEditForm({
  customer,
  onDone,
}: {
  customer: CustomerPageFieldsFragment;
  onDone: (message: string | null) => void;
}) {
  const viewer = useViewer();
  const [formError, setFormError] = useState<string | null>(null);
  const resellers = useQuery(CustomerFormResellersQuery, { skip: viewer.reseller !== null });
  const [update] = useMutation(CustomerUpdateMutation);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<CustomerFormValues, unknown, CustomerFormOutput>({
    defaultValues: customerFormValues(customer),
    resolver: zodResolver(customerFormSchema),
    reValidateMode: 'onChange',
  });

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    const input = toCustomerUpdateInput(customer, values);
    if (Object.keys(input).length === 1) return onDone('Nothing changed.');
    try {
      const { data } = await update({ variables: { input } });
      const payload = data?.customerUpdate;
      if (!payload) return;
      if (payload.customer) return onDone('The details are saved.');
      setFormError(
        applyServerErrors(payload.userErrors, setError, customerFormFields, customerFieldAliases) ??
          (payload.userErrors.length ? null : 'The details were not saved.'),
      );
    } catch (error) {
      setFormError(describeError(error, 'The details were not saved'));
    }
  });

  return (
    <form
      className="card form"
      aria-label="Edit details"
      noValidate
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !isSubmitting) onDone(null);
      }}
    >
      <h2 className="card__title">Edit details</h2>
      <FormAlert message={formError} />
      <CustomerFields register={register} errors={errors} resellers={resellers.data?.resellers ?? []} mode="edit" />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : 'Save details'}
        </button>
        <button type="button" className="button" disabled={isSubmitting} onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children ?? <span className="muted">—</span>}</dd>
    </>
  );
}
