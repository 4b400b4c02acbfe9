import { createHmac } from 'node:crypto';
import { newWebhookSecret, signWebhook } from '../webhook-signature';

describe('signWebhook', () => {
  it('should match the Standard Webhooks specification’s published test vector when signing its example', () => {
    const headers = signWebhook(
      'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      'msg_p5jXN8AQM9LWM0D4loKWxJek',
      new Date(1614265330 * 1000),
      '{"test": 2432232314}',
    );

    expect(headers).toEqual({
      'webhook-id': 'msg_p5jXN8AQM9LWM0D4loKWxJek',
      'webhook-timestamp': '1614265330',
      'webhook-signature': 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
    });
  });

  it('should sign with the base64-decoded secret when the secret is a new one', () => {
    const secret = newWebhookSecret();
    const key = Buffer.from(secret.slice('whsec_'.length), 'base64');

    const headers = signWebhook(secret, 'msg_1', new Date(1_700_000_000_000), '{"a":1}');

    expect(key).toHaveLength(24);
    expect(headers['webhook-signature']).toBe(
      `v1,${createHmac('sha256', key).update('msg_1.1700000000.{"a":1}').digest('base64')}`,
    );
  });
});
