import { createHmac } from 'node:crypto';
import { eventually, query } from '../support/api';
import { testStack } from '../support/env';
import { seed } from '../support/seed';
import { CUSTOMER_MESSAGES, MESSAGE_SEND, OUTBOX, SETTINGS_UPDATE } from './operations';
import { FakeSmsProvider } from './support/sms-provider';

/** Twilio's request signature, written here from its documentation rather than taken from the product. */
function sign(authToken: string, url: string, params: Record<string, string>): string {
  let data = url;
  for (const key of Object.keys(params).sort()) data += key + params[key];
  return createHmac('sha1', authToken).update(data).digest('base64');
}

describe('SMS delivery', () => {
  let provider: FakeSmsProvider;

  beforeAll(async () => {
    provider = await FakeSmsProvider.start();
  });

  afterAll(() => provider.stop());

  it('should send an SMS through the provider’s REST API and accept only signed delivery receipts', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer({ phone: '+447700900456' });
    const token = `token-${tenant.partnerId}`;
    const settings = await query(tenant.owner.token, SETTINGS_UPDATE, {
      input: { smsProviderUrl: provider.url, smsAccountSid: 'AC0123', smsAuthToken: token, smsSenderId: 'Acme' },
    });
    expect(settings.messagingSettingsUpdate.settings).toMatchObject({ smsSenderId: 'Acme', smsToOutbox: false });

    const sent = await query(tenant.owner.token, MESSAGE_SEND, {
      input: { customerId: customer.id, channel: 'SMS', textBody: 'Account {{customer.accountNumber}} is ready' },
    });
    expect(sent.messageSend.userErrors).toEqual([]);
    const messageId = sent.messageSend.message!.id;

    const request = await eventually(
      () => Promise.resolve(provider.received.find((sms) => sms.form.To === '+447700900456') ?? null),
      'the provider to receive the SMS',
    );
    expect(request.path).toBe('/2010-04-01/Accounts/AC0123/Messages.json');
    expect(request.authorization).toBe(`Basic ${Buffer.from(`AC0123:${token}`).toString('base64')}`);
    const callback = `${testStack().subgraphUrls.messaging}/sms/status/${tenant.partnerId}`;
    expect(request.form).toEqual({
      To: '+447700900456',
      From: 'Acme',
      Body: `Account ${customer.accountNumber} is ready`,
      StatusCallback: callback,
    });

    const statusOf = async () =>
      (await query(tenant.owner.token, CUSTOMER_MESSAGES, { id: customer.id })).customer?.messages?.nodes.find(
        (node) => node.id === messageId,
      );
    await eventually(async () => ((await statusOf())?.status === 'SENT' ? true : null), 'the SMS to be sent');

    const receipt = { MessageSid: request.sid, MessageStatus: 'delivered', AccountSid: 'AC0123', To: '+447700900456' };
    const post = (signature: string) =>
      fetch(callback, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
        body: new URLSearchParams(receipt).toString(),
      });
    const forged = await post(sign('not-the-token', callback, receipt));
    expect(forged.status).toBe(403);
    expect((await statusOf())?.status).toBe('SENT');

    const genuine = await post(sign(token, callback, receipt));
    expect(genuine.status).toBe(204);
    expect((await statusOf())?.status).toBe('DELIVERED');
  });

  it('should keep the SMS in the outbox as the provider request it would have been, when no provider is configured', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer({ phone: '+447700900789' });
    const sent = await query(tenant.owner.token, MESSAGE_SEND, {
      input: { customerId: customer.id, channel: 'SMS', textBody: 'Hi {{customer.name}}' },
    });
    const messageId = sent.messageSend.message!.id;
    const entry = await eventually(async () => {
      const outbox = await query(tenant.owner.token, OUTBOX, { first: 5 });
      return outbox.messagingOutbox.nodes.find((node) => node.messageId === messageId) ?? null;
    }, 'the SMS to reach the outbox');
    expect(entry.channel).toBe('SMS');
    expect(Object.fromEntries(new URLSearchParams(entry.raw))).toEqual({
      To: '+447700900789',
      From: 'Clientele',
      Body: `Hi ${customer.name}`,
    });
    expect(provider.received.filter((sms) => sms.form.To === '+447700900789')).toEqual([]);
  });
});
