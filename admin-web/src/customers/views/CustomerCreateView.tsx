import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { RequirePermission } from '../../platform/RequirePermission';
import { useViewer } from '../../platform/viewer';
import { FormAlert } from '../../shared/components/fields';
import { describeError } from '../../shared/graphql-errors';
import { CustomerFields } from '../components/CustomerFields';
import {
  customerFieldAliases,
  customerFormFields,
  customerFormSchema,
  emptyCustomerForm,
  toCustomerCreateInput,
  type CustomerFormOutput,
  type CustomerFormValues,
} from '../customer-form';
import { applyServerErrors } from '../../shared/form-errors';
import { CustomerCreateMutation } from '../mutations';
import { CustomerFormResellersQuery } from '../queries';
import { customerListUrl, customerUrl } from '../urls';

export function CustomerCreateView() {
  return (
    <RequirePermission permission="customers:write">
      <CustomerCreateForm />
    </RequirePermission>
  );
}

function CustomerCreateForm() {
  const viewer = useViewer();
  const navigate = useNavigate();
  const [formError, setFormError] = useState<string | null>(null);
  const resellers = useQuery(CustomerFormResellersQuery, { skip: viewer.reseller !== null });
  const [create] = useMutation(CustomerCreateMutation, {
    // The new customer belongs in every cached list; let them ask again.
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'customers' });
      cache.gc();
    },
  });
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<CustomerFormValues, unknown, CustomerFormOutput>({
    defaultValues: emptyCustomerForm,
    resolver: zodResolver(customerFormSchema),
    // Checked on submit first, then as the person fixes each field.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const { data } = await create({ variables: { input: toCustomerCreateInput(values) } });
      const payload = data?.customerCreate;
      if (!payload) return;
      if (payload.customer) {
        await navigate(customerUrl(payload.customer.id), { state: { notice: `${payload.customer.name} is created.` } });
        return;
      }
      setFormError(
        applyServerErrors(payload.userErrors, setError, customerFormFields, customerFieldAliases) ??
          (payload.userErrors.length ? null : 'The customer could not be created.'),
      );
    } catch (error) {
      setFormError(describeError(error, 'The customer could not be created'));
    }
  });

  return (
    <section className="page" aria-labelledby="customer-create-title">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={customerListUrl()}>Customers</Link>
      </nav>
      <h1 id="customer-create-title" className="page__title">
        New customer
      </h1>
      <form className="card form" onSubmit={(event) => void submit(event)} noValidate aria-label="New customer">
        <FormAlert message={formError} />
        <CustomerFields register={register} errors={errors} resellers={resellers.data?.resellers ?? []} mode="create" />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={isSubmitting}>
            {isSubmitting ? 'Creating…' : 'Create customer'}
          </button>
          <Link className="button" to={customerListUrl()}>
            Cancel
          </Link>
        </div>
      </form>
    </section>
  );
}
