import type { MessageChannel } from '../channels';

export interface DefaultTemplate {
  key: string;
  channel: MessageChannel;
  name: string;
  subject: string | null;
  textBody: string;
  htmlBody: string | null;
}

const email = (key: string, name: string, subject: string, lines: string[]): DefaultTemplate => ({
  key,
  channel: 'EMAIL',
  name,
  subject,
  textBody: `${lines.join('\n\n')}\n`,
  htmlBody: lines.map((line) => `<p>${line.replace(/\n/g, '<br>')}</p>`).join('\n'),
});

/**
 * The notices every partner has from the start; a partner's own template of the same key replaces
 * one, and deleting it brings the default back.
 */
export const DEFAULT_TEMPLATES: readonly DefaultTemplate[] = [
  email('customer-suspended', 'Account suspended', 'Your account {{customer.accountNumber}} is suspended', [
    'Hello {{customer.name}},',
    'Your account {{customer.accountNumber}} has been suspended.{{#if reason}} Reason: {{reason}}.{{/if}}',
    'Please contact us to restore it.',
  ]),
  email('customer-reenabled', 'Account re-enabled', 'Your account {{customer.accountNumber}} is active again', [
    'Hello {{customer.name}},',
    'Your account {{customer.accountNumber}} is active again.',
  ]),
  email(
    'customer-cancellation-scheduled',
    'Cancellation scheduled',
    'Your account {{customer.accountNumber}} will be cancelled',
    [
      'Hello {{customer.name}},',
      'Your account {{customer.accountNumber}} will be cancelled on {{effectiveAt}}.',
      'If this is a mistake, contact us before then.',
    ],
  ),
  email('customer-cancelled', 'Account cancelled', 'Your account {{customer.accountNumber}} is cancelled', [
    'Hello {{customer.name}},',
    'Your account {{customer.accountNumber}} has been cancelled.{{#if reason}} Reason: {{reason}}.{{/if}}',
  ]),
  email('member-invitation', 'Member invitation', 'You are invited to {{customer.name}}', [
    'Hello {{member.name}},',
    'You have been invited to the account {{customer.name}}. Accept the invitation here:\n{{link}}',
    'The link expires at {{expiresAt}}.',
  ]),
  email('member-password-reset', 'Password reset', 'Reset your password', [
    'Hello {{member.name}},',
    'Reset your password here:\n{{link}}',
    'The link expires at {{expiresAt}}. If you did not ask for this, ignore this message.',
  ]),
  email('low-credit', 'Low credit', 'Your balance is low', [
    'Hello {{customer.name}},',
    'The balance of your account {{customer.accountNumber}} is {{customer.balance}}, below {{threshold}}.',
    'Top up to keep your services running.',
  ]),
  email('invoice-issued', 'Invoice issued', 'Invoice {{invoice.number}} for {{invoice.total}}', [
    'Hello {{customer.name}},',
    'Invoice {{invoice.number}} for your account {{customer.accountNumber}} has been issued: {{invoice.total}}.',
    'Please pay {{invoice.amountDue}} by {{invoice.dueDate}}.',
  ]),
  email('invoice-overdue', 'Invoice overdue', 'Invoice {{invoice.number}} is overdue', [
    'Hello {{customer.name}},',
    'Invoice {{invoice.number}} for your account {{customer.accountNumber}} was due on {{invoice.dueDate}}; {{invoice.amountDue}} of {{invoice.total}} is still unpaid.',
    'Please pay it as soon as you can to keep your services running.',
  ]),
  email('webhook-endpoint-disabled', 'Webhook endpoint disabled', 'A webhook endpoint was disabled after failing', [
    'Hello {{member.name}},',
    'We disabled your webhook endpoint {{endpoint.url}}: {{reason}} It has been failing since {{failingSince}}.',
    'Fix the endpoint, then enable it again in the webhooks settings; deliveries that failed can be replayed.',
  ]),
  {
    key: 'low-credit-sms',
    channel: 'SMS',
    name: 'Low credit (SMS)',
    subject: null,
    textBody: 'Your balance on account {{customer.accountNumber}} is {{customer.balance}}, below {{threshold}}.',
    htmlBody: null,
  },
];

export function defaultTemplate(key: string): DefaultTemplate | undefined {
  return DEFAULT_TEMPLATES.find((template) => template.key === key);
}
