import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { SelectField, TextField } from '../../shared/components/fields';
import { emptyFilter, filterFormSchema, type CustomerListFilter, type FilterField } from '../list-filter';

type Props = {
  /** The filter applied now (from the URL). */
  value: CustomerListFilter;
  onApply: (filter: CustomerListFilter) => void;
  /** The resellers the operator may filter by; empty for an operator limited to one. */
  resellers: readonly { id: string; name: string }[];
};

const yesNoAny = (
  <>
    <option value="">Any</option>
    <option value="yes">Yes</option>
    <option value="no">No</option>
  </>
);

/**
 * Every filter the list has besides the search and the status, applied together (AND) when the
 * operator presses Apply, so the list is not re-queried at each keystroke of a date.
 */
export function CustomerFilterPanel({ value, onApply, resellers }: Props) {
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<CustomerListFilter>({
    defaultValues: value,
    values: value,
    resolver: zodResolver(filterFormSchema),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const error = (field: FilterField) => errors[field]?.message;
  const field = (name: FilterField) => ({ ...register(name), error: error(name) });

  return (
    <form
      className="filter-panel"
      aria-label="Filters"
      noValidate
      onSubmit={(event) => void handleSubmit((filter) => onApply(filter))(event)}
    >
      <fieldset className="filter-panel__group">
        <legend>Tags</legend>
        <TextField label="Has all of" placeholder="vip, wholesale" {...field('tagsAll')} />
        <TextField label="Has any of" {...field('tagsAny')} />
        <TextField label="Has none of" {...field('tagsNone')} />
      </fieldset>
      <fieldset className="filter-panel__group">
        <legend>Account</legend>
        <SelectField label="Pricing model" {...field('pricing')}>
          <option value="">Any</option>
          <option value="prepaid">Prepaid</option>
          <option value="postpaid">Postpaid</option>
        </SelectField>
        <TextField label="Countries" placeholder="GB, FR" {...field('country')} />
        <TextField label="Currencies" placeholder="EUR, GBP" {...field('currency')} />
        {resellers.length > 0 && (
          <SelectField label="Reseller" {...field('reseller')}>
            <option value="">Any</option>
            {resellers.map((reseller) => (
              <option key={reseller.id} value={reseller.id}>
                {reseller.name}
              </option>
            ))}
          </SelectField>
        )}
        <SelectField label="Cancellation scheduled" {...field('cancelling')}>
          {yesNoAny}
        </SelectField>
      </fieldset>
      <fieldset className="filter-panel__group">
        <legend>Dates</legend>
        <TextField label="Joined from" type="date" {...field('createdFrom')} />
        <TextField label="Joined until" type="date" {...field('createdTo')} />
        <TextField label="Last messaged from" type="date" {...field('messagedFrom')} />
        <TextField label="Last messaged until" type="date" {...field('messagedTo')} />
      </fieldset>
      <fieldset className="filter-panel__group">
        <legend>Money</legend>
        <TextField
          label="Balance at least"
          inputMode="numeric"
          hint="In cents of the customer’s currency"
          {...field('balanceMin')}
        />
        <TextField label="Balance at most" inputMode="numeric" {...field('balanceMax')} />
        <SelectField label="Owes money" {...field('owes')}>
          {yesNoAny}
        </SelectField>
        <SelectField label="Low credit" {...field('lowCredit')}>
          {yesNoAny}
        </SelectField>
      </fieldset>
      <div className="filter-panel__buttons">
        <button type="submit" className="button button--primary">
          Apply filters
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            reset(emptyFilter);
            onApply(emptyFilter);
          }}
        >
          Clear filters
        </button>
      </div>
    </form>
  );
}
