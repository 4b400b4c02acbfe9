import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { TextField } from '../../shared/components/fields';
import { formatMoney } from '../../shared/format';
import { toMajorUnits, toMinorUnits } from '../../shared/money';
import { percentToPpm, quantityMillionths, totalLines, type LineText } from '../line-pricing';

/** One line as the form holds it: what is sold, how many, the price of one and the tax rate, as typed. */
export type LineItemValues = LineText & { description: string };

/** The part of a form this editor works on; the form around it (a FormProvider) may hold more. */
export type LineItemsForm = { lines: LineItemValues[] };

export const emptyLine: LineItemValues = { description: '', quantity: '1', unitPrice: '', taxRate: '0' };

/** The fields of line `index` in the form's order, for `applyServerErrors`. */
export function lineFieldPaths(index: number) {
  return [
    `lines.${index}.description`,
    `lines.${index}.quantity`,
    `lines.${index}.unitPrice`,
    `lines.${index}.taxRate`,
  ] as const;
}

type Props = {
  /** ISO 4217 code the prices are typed in: the customer's. */
  currency: string;
  /** The most lines the API takes. */
  maxLines: number;
  /** A message about the lines as a whole, e.g. "Add at least one line." */
  error?: string;
};

/**
 * Priced lines for a quote or a hand-written invoice: add and remove lines, each checked as it
 * is typed, and the subtotal, tax and total worked out live with the API's own rounding.
 * Reads and writes `lines` of the form it sits in.
 */
export function LineItemsEditor({ currency, maxLines, error }: Props) {
  const {
    control,
    register,
    formState: { errors },
  } = useFormContext<LineItemsForm>();
  const { fields, append, remove } = useFieldArray({ control, name: 'lines' });
  const lines = useWatch({ control, name: 'lines' });
  const totals = totalLines(lines, currency);
  const money = (minor: bigint) => formatMoney(toMajorUnits(Number(minor), currency), currency);

  return (
    <div className="line-editor">
      {fields.map((field, index) => {
        const lineErrors = errors.lines?.[index];
        const number = index + 1;
        return (
          <fieldset key={field.id} className="fieldset line-editor__line">
            <legend>Line {number}</legend>
            <div className="line-editor__fields">
              <TextField
                label="Description"
                autoComplete="off"
                error={lineErrors?.description?.message}
                {...register(`lines.${index}.description`, {
                  validate: (value) => (value.trim() ? true : 'Say what is offered.'),
                  maxLength: { value: 500, message: 'Use at most 500 characters.' },
                })}
              />
              <TextField
                label="Quantity"
                inputMode="decimal"
                autoComplete="off"
                error={lineErrors?.quantity?.message}
                {...register(`lines.${index}.quantity`, {
                  validate: (value) => {
                    const quantity = quantityMillionths(value);
                    if (quantity === null) return 'Enter a number with at most 6 decimals.';
                    return quantity > 0n ? true : 'Enter a quantity above zero.';
                  },
                })}
              />
              <TextField
                label={`Unit price (${currency})`}
                inputMode="decimal"
                autoComplete="off"
                error={lineErrors?.unitPrice?.message}
                {...register(`lines.${index}.unitPrice`, {
                  validate: (value) =>
                    toMinorUnits(value, currency) === null
                      ? `Enter a price in ${currency}, e.g. ${toMajorUnits(1999, currency)}.`
                      : true,
                })}
              />
              <TextField
                label="Tax (%)"
                inputMode="decimal"
                autoComplete="off"
                error={lineErrors?.taxRate?.message}
                {...register(`lines.${index}.taxRate`, {
                  validate: (value) =>
                    percentToPpm(value) === null ? 'Enter a percentage from 0 to 100, e.g. 21.' : true,
                })}
              />
            </div>
            {fields.length > 1 && (
              <button
                type="button"
                className="button button--small line-editor__remove"
                aria-label={`Remove line ${number}`}
                onClick={() => remove(index)}
              >
                Remove
              </button>
            )}
          </fieldset>
        );
      })}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="line-editor__footer">
        <button
          type="button"
          className="button button--small"
          disabled={fields.length >= maxLines}
          onClick={() => append({ ...emptyLine }, { shouldFocus: true })}
        >
          Add line
        </button>
        <dl className="invoice-totals" aria-live="polite" data-testid="line-totals">
          <div>
            <dt>Subtotal</dt>
            <dd>{money(totals.subtotalMinor)}</dd>
          </div>
          <div>
            <dt>Tax</dt>
            <dd>{money(totals.taxMinor)}</dd>
          </div>
          <div>
            <dt>Total</dt>
            <dd data-testid="line-total">{money(totals.totalMinor)}</dd>
          </div>
        </dl>
      </div>
      {!totals.complete && lines.some((line) => line.unitPrice.trim() !== '') && (
        <p className="field__hint">Lines with a figure still to fix are left out of the total.</p>
      )}
    </div>
  );
}
