import { useQuery } from '@apollo/client/react';
import type { FieldErrors, UseFormRegisterReturn } from 'react-hook-form';
import { SelectField, TextAreaField, TextField } from '../../shared/components/fields';
import { CustomerBulkMessageTemplatesQuery } from '../bulk-actions';

export type BulkMessageValues = { templateKey: string; subject: string; text: string };

type Props = {
  channel: 'EMAIL' | 'SMS';
  /** The template chosen so far: with one, nothing is written here. */
  templateKey: string;
  /** Each field's `register()` props, with its rules. */
  fields: Record<keyof BulkMessageValues, UseFormRegisterReturn>;
  errors: FieldErrors<BulkMessageValues>;
};

/** What a bulk email or SMS says: one of the partner's templates, or a subject and text written here. */
export function BulkMessageFields({ channel, templateKey, fields, errors }: Props) {
  const { data } = useQuery(CustomerBulkMessageTemplatesQuery);
  const templates = (data?.messageTemplates ?? []).filter((template) => template.channel === channel);
  return (
    <>
      <SelectField label="Template" {...fields.templateKey}>
        <option value="">Write the message</option>
        {templates.map((template) => (
          <option key={template.key} value={template.key}>
            {template.name}
          </option>
        ))}
      </SelectField>
      {!templateKey && channel === 'EMAIL' && (
        <TextField label="Subject" autoFocus error={errors.subject?.message} {...fields.subject} />
      )}
      {!templateKey && (
        <TextAreaField
          label="Message"
          rows={5}
          hint="Variables such as {{customer.name}} are filled in for each customer."
          error={errors.text?.message}
          {...fields.text}
        />
      )}
    </>
  );
}
