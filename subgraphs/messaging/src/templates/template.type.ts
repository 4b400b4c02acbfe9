import { enumOf } from '@clientele/subgraph-kit';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MESSAGE_CHANNELS, type MessageChannel } from '../channels';
import type { SmsLength } from './sms-segments';

export const TemplateChannelEnum = enumOf(MESSAGE_CHANNELS);
registerEnumType(TemplateChannelEnum, {
  name: 'TemplateChannel',
  description: 'The channel a template is written for.',
  valuesConfig: { EMAIL: { description: 'An email.' }, SMS: { description: 'A text message.' } },
});

const SmsEncodingEnum = enumOf(['GSM_7', 'UCS_2'] as const);
registerEnumType(SmsEncodingEnum, {
  name: 'SmsEncoding',
  description: 'How a text message is encoded, which decides how much fits in one segment.',
  valuesConfig: {
    GSM_7: { description: 'The GSM 7-bit alphabet: 160 characters in one segment, 153 per part beyond.' },
    UCS_2: { description: 'Any other character (an emoji, most non-Latin scripts): 70 in one segment, 67 per part.' },
  },
});

@ObjectType('SmsLength', { description: 'How long a text message is, in the segments an operator pays for.' })
export class SmsLengthType {
  @Field(() => SmsEncodingEnum, { description: 'The encoding the text needs.' })
  encoding: SmsLength['encoding'];

  @Field(() => Int, { description: 'Septets (GSM-7) or UTF-16 code units (UCS-2).' })
  units: number;

  @Field(() => Int, { description: 'How many segments the text is sent as.' })
  segments: number;
}

@ObjectType('MessageTemplate', { description: 'A template for emails or text messages, with variables.' })
export class MessageTemplateType {
  @Field({ description: 'The template’s key, e.g. customer-suspended; notices look templates up by key.' })
  key: string;

  @Field(() => TemplateChannelEnum, { description: 'Email or SMS.' })
  channel: MessageChannel;

  @Field({ description: 'A name for people.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'The subject line; emails only.' })
  subject: string | null;

  @Field({ description: 'The plain-text body (the whole message for an SMS).' })
  textBody: string;

  @Field(() => String, { nullable: true, description: 'The HTML body of an email; every variable is HTML-escaped.' })
  htmlBody: string | null;

  @Field({ description: 'True while the partner has not replaced the template shipped with Clientele.' })
  isDefault: boolean;
}

@ObjectType('MessagePreview', { description: 'A template or text rendered for one customer, as it would be sent.' })
export class MessagePreviewType {
  @Field(() => String, { nullable: true, description: 'Where it would go; null when the customer has no address.' })
  recipient: string | null;

  @Field(() => String, { nullable: true, description: 'The subject line; emails only.' })
  subject: string | null;

  @Field({ description: 'The plain-text body.' })
  text: string;

  @Field(() => String, { nullable: true, description: 'The HTML body of an email.' })
  html: string | null;

  @Field(() => SmsLengthType, { description: 'The length as a text message would be counted.' })
  smsLength: SmsLengthType;
}

export function toSmsLengthType(length: SmsLength): SmsLengthType {
  return Object.assign(new SmsLengthType(), length);
}
