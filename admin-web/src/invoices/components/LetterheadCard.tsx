import { useMutation } from '@apollo/client/react';
import { useState, type ChangeEvent } from 'react';
import { useFieldArray, useForm, useWatch, type Path } from 'react-hook-form';
import { TextField } from '../../shared/components/fields';
import { InvoiceHeaderUpdateMutation } from '../mutations';
import type { PartnerBillingSettings } from '../queries';
import { useSettingsSubmit } from '../use-settings-submit';
import { SettingsForm } from './SettingsForm';

/** What the API takes: a letterhead has at most 6 address lines, and a logo of at most 256 KiB. */
const maxAddressLines = 6;
const maxLogoBytes = 256 * 1024;
const logoTypes: Record<string, string> = { 'image/png': 'PNG', 'image/jpeg': 'JPEG' };

type Logo = { name: string; dataUrl: string };

type Values = {
  legalName: string;
  addressLines: { value: string }[];
  taxId: string;
  /** The chosen file's data URL: shown as the preview and sent as its base64; empty when none is chosen. */
  logo: string;
  removeLogo: boolean;
};

const fields: Path<Values>[] = [
  'legalName',
  ...Array.from({ length: maxAddressLines }, (_, index) => `addressLines.${index}.value` as const),
  'taxId',
  'logo',
  'removeLogo',
];

// The API names an address line by its index and the logo by its content.
const aliases: Record<string, Path<Values>> = {
  ...Object.fromEntries(
    Array.from({ length: maxAddressLines }, (_, index) => [`addressLines.${index}`, `addressLines.${index}.value`]),
  ),
  addressLines: 'addressLines.0.value',
  'logo.contentBase64': 'logo',
};

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('The file could not be read.'));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

function kib(bytes: number): string {
  return `${Math.ceil(bytes / 1024)} KiB`;
}

type Props = { header: PartnerBillingSettings['invoiceHeader']; editable: boolean; refetch: string[] };

/** The letterhead printed at the top of the partner's invoices: legal name, address, tax id and logo. */
export function LetterheadCard({ header, editable, refetch }: Props) {
  const [update] = useMutation(InvoiceHeaderUpdateMutation, { refetchQueries: refetch, awaitRefetchQueries: true });
  // The chosen file's name, for the preview; a new key empties the file input after a save.
  const [chosen, setChosen] = useState<Logo | null>(null);
  const [fileInputKey, setFileInputKey] = useState(0);
  const {
    register,
    control,
    handleSubmit,
    setError,
    clearErrors,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    values: {
      legalName: header?.legalName ?? '',
      addressLines: (header?.addressLines.length ? header.addressLines : ['']).map((value) => ({ value })),
      taxId: header?.taxId ?? '',
      logo: '',
      removeLogo: false,
    },
  });
  const { fields: lines, append, remove } = useFieldArray({ control, name: 'addressLines' });
  const { message, run } = useSettingsSubmit(setError, fields, aliases);
  const removeLogo = useWatch({ control, name: 'removeLogo' });
  // The form is reset when the settings are read again; a chosen file no longer in it is not shown.
  const logo = useWatch({ control, name: 'logo' });
  const preview = chosen && logo ? chosen : null;
  const current = header?.logo ? (logoTypes[header.logo.contentType] ?? header.logo.contentType) : null;

  async function chooseLogo(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setChosen(null);
    setValue('logo', '');
    clearErrors('logo');
    if (!file) return;
    // Checked here so a wrong file is caught before 256 KiB travel; the API checks the content again.
    if (!logoTypes[file.type]) {
      setError('logo', { type: 'client', message: `${file.name} is not a PNG or JPEG image: choose one of those.` });
      return;
    }
    if (file.size > maxLogoBytes) {
      setError('logo', {
        type: 'client',
        message: `${file.name} is ${kib(file.size)}; a logo can be at most ${kib(maxLogoBytes)}. Choose a smaller file.`,
      });
      return;
    }
    try {
      const dataUrl = await readAsDataUrl(file);
      setChosen({ name: file.name, dataUrl });
      setValue('logo', dataUrl, { shouldDirty: true });
      setValue('removeLogo', false);
    } catch {
      setError('logo', { type: 'client', message: `${file.name} could not be read.` });
    }
  }

  const submit = handleSubmit(async (values) => {
    const contentBase64 = values.logo ? values.logo.slice(values.logo.indexOf(',') + 1) : null;
    const saved = await run(
      async () =>
        (
          await update({
            variables: {
              input: {
                legalName: values.legalName.trim(),
                addressLines: values.addressLines.map((line) => line.value.trim()).filter(Boolean),
                taxId: values.taxId.trim(),
                ...(contentBase64 ? { logo: { contentBase64 } } : {}),
                ...(values.removeLogo && !contentBase64 ? { removeLogo: true } : {}),
              },
            },
          })
        ).data?.invoiceHeaderUpdate,
      'Letterhead saved. Invoices issued from now on carry it.',
    );
    if (saved) {
      setChosen(null);
      setFileInputKey((key) => key + 1);
    }
  });

  return (
    <SettingsForm
      label="Letterhead"
      title="Letterhead"
      description="What your invoices show at the top: who issues them, where, your tax number and your logo."
      onSubmit={(event) => void submit(event)}
      submitLabel="Save letterhead"
      pending={isSubmitting}
      editable={editable}
      message={message}
    >
      <TextField
        label="Legal name"
        autoComplete="organization"
        error={errors.legalName?.message}
        {...register('legalName', {
          validate: (value) => (value.trim() ? true : 'Enter the legal name invoices are issued under.'),
          maxLength: { value: 200, message: 'Use at most 200 characters.' },
        })}
      />
      <TextField
        label="Tax id"
        autoComplete="off"
        hint="Your VAT or tax number; empty prints none."
        error={errors.taxId?.message}
        {...register('taxId', { maxLength: { value: 50, message: 'Use at most 50 characters.' } })}
      />
      <fieldset className="fieldset letterhead__address">
        <legend>Address</legend>
        {lines.map((line, index) => (
          <div key={line.id} className="letterhead__address-line">
            <TextField
              label={`Address line ${index + 1}`}
              autoComplete="off"
              error={errors.addressLines?.[index]?.value?.message}
              {...register(`addressLines.${index}.value`, {
                maxLength: { value: 200, message: 'Use at most 200 characters.' },
              })}
            />
            {editable && lines.length > 1 && (
              <button
                type="button"
                className="button button--small"
                aria-label={`Remove address line ${index + 1}`}
                onClick={() => remove(index)}
              >
                Remove
              </button>
            )}
          </div>
        ))}
        {editable && (
          <div>
            <button
              type="button"
              className="button button--small"
              disabled={lines.length >= maxAddressLines}
              onClick={() => append({ value: '' }, { shouldFocus: true })}
            >
              Add address line
            </button>
            {lines.length >= maxAddressLines && (
              <p className="field__hint">A letterhead has at most {maxAddressLines} address lines.</p>
            )}
          </div>
        )}
      </fieldset>
      <div className="letterhead__logo">
        <TextField
          key={fileInputKey}
          label="Logo"
          type="file"
          accept="image/png,image/jpeg"
          hint={`PNG or JPEG, at most ${kib(maxLogoBytes)}. It replaces the current logo.`}
          error={errors.logo?.message}
          onChange={(event) => void chooseLogo(event)}
        />
        <div className="letterhead__previews">
          {preview && (
            <figure className="letterhead__preview">
              <img src={preview.dataUrl} alt={`Chosen logo: ${preview.name}`} />
              <figcaption>New: {preview.name}</figcaption>
            </figure>
          )}
          {current ? (
            <div>
              <p>Current logo: a {current} image.</p>
              {editable && !preview && (
                <label className="checkbox">
                  <input type="checkbox" {...register('removeLogo')} /> Remove the logo
                </label>
              )}
              {removeLogo && !preview && (
                <p className="field__hint">Saving removes the logo from invoices issued later.</p>
              )}
            </div>
          ) : (
            <p className="muted">No logo yet.</p>
          )}
        </div>
      </div>
    </SettingsForm>
  );
}
