import { eventually, query } from '../support/api';
import { seed } from '../support/seed';
import {
  CUSTOMER_MESSAGES,
  MESSAGE_SEND,
  OUTBOX,
  PREVIEW,
  SETTINGS_UPDATE,
  TEMPLATE_SAVE,
  TEMPLATES,
} from './operations';
import { SmtpSink } from './support/smtp-sink';

describe('email delivery', () => {
  let sink: SmtpSink;

  beforeAll(async () => {
    sink = await SmtpSink.start();
  });

  afterAll(() => sink.stop());

  async function statusOf(token: string, customerId: string, messageId: string) {
    const data = await query(token, CUSTOMER_MESSAGES, { id: customerId });
    return data.customer?.messages?.nodes.find((node) => node.id === messageId) ?? null;
  }

  it('should deliver a templated email over SMTP once, from the partner’s sender with its reply-to, HTML-escaped', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer({ name: 'Ada <b>Bold</b> & Co', email: 'ada@customer.test' });
    const settings = await query(tenant.owner.token, SETTINGS_UPDATE, {
      input: { smtpUrl: sink.url, fromAddress: 'Acme Billing <billing@acme.test>', replyTo: 'help@acme.test' },
    });
    expect(settings.messagingSettingsUpdate.userErrors).toEqual([]);
    expect(settings.messagingSettingsUpdate.settings).toMatchObject({
      smtpHost: `127.0.0.1:${sink.port}`,
      emailToOutbox: false,
    });
    const saved = await query(tenant.owner.token, TEMPLATE_SAVE, {
      input: {
        key: 'welcome',
        channel: 'EMAIL',
        name: 'Welcome',
        subject: 'Welcome {{customer.name}}',
        textBody: 'Hello {{customer.name}}, your account is {{customer.accountNumber}}.',
        htmlBody: '<p>Hello {{customer.name}}, your account is {{customer.accountNumber}}.</p>',
      },
    });
    expect(saved.messageTemplateSave.userErrors).toEqual([]);

    const sent = await query(tenant.owner.token, MESSAGE_SEND, {
      input: { customerId: customer.id, channel: 'EMAIL', templateKey: 'welcome' },
    });
    expect(sent.messageSend.userErrors).toEqual([]);
    const messageId = sent.messageSend.message!.id;
    expect(sent.messageSend.message).toMatchObject({ status: 'QUEUED', recipient: 'ada@customer.test' });

    const message = await eventually(async () => {
      const node = await statusOf(tenant.owner.token, customer.id, messageId);
      return node?.status === 'SENT' ? node : null;
    }, 'the email to be sent');
    expect(message.attempts).toBe(1);

    const mails = sink.mailsOf(messageId);
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail.to).toEqual(['ada@customer.test']);
    expect(mail.from).toBe('billing@acme.test');
    expect(mail.headers.get('from')).toBe('Acme Billing <billing@acme.test>');
    expect(mail.headers.get('reply-to')).toBe('help@acme.test');
    expect(mail.headers.get('message-id')).toBe(`<${messageId}@clientele>`);
    expect(mail.headers.get('subject')).toBe('Welcome Ada <b>Bold</b> & Co');
    expect(mail.headers.get('content-type')).toMatch(/^multipart\/alternative/);
    // The HTML part escapes the name; the text part carries it as written.
    expect(mail.raw).toContain('Ada &lt;b&gt;Bold&lt;/b&gt; &amp; Co');
    expect(mail.raw).toContain(`Hello Ada <b>Bold</b> & Co, your account is ${customer.accountNumber}.`);
  });

  it('should refuse a template with an unknown variable, naming it', async () => {
    const tenant = await seed.partner();
    const saved = await query(tenant.owner.token, TEMPLATE_SAVE, {
      input: { key: 'typo', channel: 'EMAIL', name: 'Typo', subject: 'Hi', textBody: 'Hello {{customer.nmae}}' },
    });
    expect(saved.messageTemplateSave.template).toBeNull();
    expect(saved.messageTemplateSave.userErrors).toEqual([
      expect.objectContaining({ code: 'TEMPLATE_UNKNOWN_VARIABLE', field: ['input', 'textBody'] }),
    ]);
    expect(saved.messageTemplateSave.userErrors[0]!.message).toContain('{{customer.nmae}}');
    const templates = await query(tenant.owner.token, TEMPLATES);
    expect(templates.messageTemplates.map((template) => template.key)).not.toContain('typo');
    // The shipped defaults are there for the notices.
    expect(templates.messageTemplates.filter((template) => template.isDefault).map((template) => template.key)).toEqual(
      expect.arrayContaining([
        'customer-suspended',
        'customer-reenabled',
        'customer-cancellation-scheduled',
        'customer-cancelled',
        'member-invitation',
        'member-password-reset',
        'low-credit',
      ]),
    );
  });

  it('should preview a message for a chosen customer with its SMS segment count', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer({ name: 'Zoë Pérez', phone: '+447700900123' });
    const gsm = await query(tenant.owner.token, PREVIEW, {
      input: { customerId: customer.id, channel: 'SMS', textBody: `Hi {{customer.accountNumber}} ${'x'.repeat(160)}` },
    });
    expect(gsm.messagePreview.userErrors).toEqual([]);
    expect(gsm.messagePreview.preview).toMatchObject({ recipient: '+447700900123', html: null });
    expect(gsm.messagePreview.preview!.smsLength).toEqual({
      encoding: 'GSM_7',
      units: 164 + customer.accountNumber.length,
      segments: 2,
    });
    // "ë" is outside GSM-7, so the whole text is UCS-2.
    const ucs = await query(tenant.owner.token, PREVIEW, {
      input: { customerId: customer.id, channel: 'SMS', textBody: 'Dear {{customer.name}}' },
    });
    expect(ucs.messagePreview.preview).toMatchObject({
      text: 'Dear Zoë Pérez',
      smsLength: { encoding: 'UCS_2', units: 14, segments: 1 },
    });
    const unknown = await query(tenant.owner.token, PREVIEW, {
      input: { customerId: customer.id, channel: 'SMS', textBody: 'Dear {{customer.nickname}}' },
    });
    expect(unknown.messagePreview.userErrors[0]).toMatchObject({ code: 'TEMPLATE_UNKNOWN_VARIABLE' });
  });

  it('should keep the email in the outbox, exactly as it would be sent, when no SMTP server is configured', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer({ email: 'outbox@customer.test' });
    const sent = await query(tenant.owner.token, MESSAGE_SEND, {
      input: { customerId: customer.id, channel: 'EMAIL', subject: 'Hello', textBody: 'Hello {{customer.name}}' },
    });
    const messageId = sent.messageSend.message!.id;
    await eventually(async () => {
      const node = await statusOf(tenant.owner.token, customer.id, messageId);
      return node?.status === 'SENT' ? node : null;
    }, 'the email to reach the outbox');
    const outbox = await query(tenant.owner.token, OUTBOX, { first: 10 });
    expect(outbox.messagingOutbox.totalCount).toBe(1);
    const entry = outbox.messagingOutbox.nodes[0]!;
    expect(entry).toMatchObject({ messageId, channel: 'EMAIL', recipient: 'outbox@customer.test', subject: 'Hello' });
    expect(entry.raw).toContain(`Message-ID: <${messageId}@clientele>`);
    expect(entry.raw).toContain('To: outbox@customer.test');
    expect(entry.raw).toContain(`Hello ${customer.name}`);
    expect(sink.mailsOf(messageId)).toHaveLength(0);
  });

  it('should try a temporarily refused email again, and fail a permanently refused one after one attempt', async () => {
    const tenant = await seed.partner();
    const later = await tenant.customer({ email: 'later@customer.test' });
    const never = await tenant.customer({ email: 'never@customer.test' });
    await query(tenant.owner.token, SETTINGS_UPDATE, { input: { smtpUrl: sink.url } });
    sink.respond = (to, attempt) => {
      if (to.includes('later@customer.test') && attempt === 1) return { code: 451, message: 'Try again later' };
      if (to.includes('never@customer.test')) return { code: 550, message: 'No such mailbox' };
      return null;
    };
    try {
      const send = async (customerId: string) =>
        (
          await query(tenant.owner.token, MESSAGE_SEND, {
            input: { customerId, channel: 'EMAIL', subject: 'Notice', textBody: 'Hello' },
          })
        ).messageSend.message!.id;
      const laterId = await send(later.id);
      const neverId = await send(never.id);

      const failed = await eventually(async () => {
        const node = await statusOf(tenant.owner.token, never.id, neverId);
        return node?.status === 'FAILED' ? node : null;
      }, 'the refused email to fail');
      expect(failed.attempts).toBe(1);
      expect(failed.lastError).toContain('550');

      const retried = await eventually(
        async () => {
          const node = await statusOf(tenant.owner.token, later.id, laterId);
          return node?.status === 'SENT' ? node : null;
        },
        'the deferred email to be sent on its second attempt',
        30_000,
      );
      expect(retried.attempts).toBe(2);
      expect(sink.mailsOf(laterId)).toHaveLength(1);
      expect(sink.mailsOf(neverId)).toHaveLength(0);

      const failedOnly = await query(tenant.owner.token, CUSTOMER_MESSAGES, {
        id: never.id,
        filter: { channel: ['EMAIL'], status: ['FAILED'] },
      });
      expect(failedOnly.customer?.messages?.nodes.map((node) => node.id)).toEqual([neverId]);
      const smsOnly = await query(tenant.owner.token, CUSTOMER_MESSAGES, {
        id: never.id,
        filter: { channel: ['SMS'] },
      });
      expect(smsOnly.customer?.messages?.totalCount).toBe(0);
      const sentOnly = await query(tenant.owner.token, CUSTOMER_MESSAGES, {
        id: later.id,
        filter: { status: ['SENT'] },
      });
      expect(sentOnly.customer?.messages?.totalCount).toBe(1);
    } finally {
      sink.respond = () => null;
    }
  });
});
