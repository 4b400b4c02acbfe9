import { UserError, defineErrorCodes, text } from '@clientele/subgraph-kit';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { MESSAGE_CHANNELS, type MessageChannel } from '../channels';
import { MessagePreviewType, MessageTemplateType, TemplateChannelEnum } from './template.type';

export const TemplateErrorCode = defineErrorCodes({
  TEMPLATE_UNKNOWN_VARIABLE: 'The template uses a variable that does not exist.',
  TEMPLATE_INVALID: 'The template does not parse, or uses a helper that is not allowed.',
  TEMPLATE_VARIABLE_MISSING: 'A variable the template uses has no value for this recipient or send.',
});

const BODY_MAX = 100_000;

@InputType({ description: 'A template to create or replace.' })
export class MessageTemplateSaveInput {
  @Field({ description: 'Its key: lowercase letters, digits and dashes, e.g. customer-suspended.' })
  key: string;

  @Field(() => TemplateChannelEnum, { description: 'Email or SMS.' })
  channel: MessageChannel;

  @Field({ description: 'A name for people.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'The subject line; required for email.' })
  subject?: string | null;

  @Field({ description: 'The plain-text body.' })
  textBody: string;

  @Field(() => String, { nullable: true, description: 'The HTML body of an email, optional.' })
  htmlBody?: string | null;
}

export const templateSaveSchema = z
  .object({
    key: text(64)
      .trim()
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'Use lowercase letters, digits and dashes, e.g. customer-suspended.'),
    channel: z.enum(MESSAGE_CHANNELS),
    name: text(100).trim().min(1, 'Enter a name.'),
    subject: text(500).trim().nullish(),
    textBody: z.string().max(BODY_MAX).min(1, 'Enter the text.'),
    htmlBody: z.string().max(BODY_MAX).nullish(),
  })
  .refine((input) => input.channel === 'SMS' || Boolean(input.subject), {
    message: 'An email needs a subject.',
    path: ['subject'],
  })
  .transform((input) => ({
    ...input,
    subject: input.channel === 'SMS' ? null : (input.subject ?? null),
    htmlBody: input.channel === 'SMS' ? null : input.htmlBody?.trim() ? input.htmlBody : null,
  }));
export type TemplateSaveCommand = z.output<typeof templateSaveSchema>;

@ObjectType({ description: 'The result of messageTemplateSave.' })
export class MessageTemplateSavePayload {
  @Field(() => MessageTemplateType, { nullable: true, description: 'The saved template, unless refused.' })
  template: MessageTemplateType | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@InputType({ description: 'A partner template to delete; the shipped default of the same key comes back.' })
export class MessageTemplateDeleteInput {
  @Field({ description: 'The template’s key.' })
  key: string;
}

@ObjectType({ description: 'The result of messageTemplateDelete.' })
export class MessageTemplateDeletePayload {
  @Field(() => MessageTemplateType, {
    nullable: true,
    description: 'The default that now applies under the key, or null when there is none.',
  })
  template: MessageTemplateType | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@InputType({ description: 'What to render for a preview: a saved template, or a draft.' })
export class MessagePreviewInput {
  @Field(() => ID, { description: 'The customer to render it for.' })
  customerId: string;

  @Field(() => TemplateChannelEnum, { description: 'Email or SMS.' })
  channel: MessageChannel;

  @Field(() => String, { nullable: true, description: 'A saved template’s key; or give the texts below.' })
  templateKey?: string | null;

  @Field(() => String, { nullable: true, description: 'The draft’s subject line.' })
  subject?: string | null;

  @Field(() => String, { nullable: true, description: 'The draft’s plain-text body.' })
  textBody?: string | null;

  @Field(() => String, { nullable: true, description: 'The draft’s HTML body.' })
  htmlBody?: string | null;
}

@ObjectType({ description: 'The result of messagePreview.' })
export class MessagePreviewPayload {
  @Field(() => MessagePreviewType, { nullable: true, description: 'The rendered message, unless refused.' })
  preview: MessagePreviewType | null;

  @Field(() => [UserError], { description: 'Why it could not be rendered; empty on success.' })
  userErrors: UserError[];
}
