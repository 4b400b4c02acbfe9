import { createHmac } from 'node:crypto';
import { twilioSignature, verifyTwilioSignature } from '../sms.transport';

describe('Twilio request signatures', () => {
  const token = '12345';
  const url = 'https://mycompany.com/myapp.php?foo=1&bar=2';
  const params = { To: '+18005551212', Digits: '1234', CallSid: 'CA1234567890ABCDE', From: '+12349013030' };
  // The URL, then each parameter's name and value in name order, signed with the token.
  const expected = createHmac('sha1', token)
    .update(`${url}CallSidCA1234567890ABCDEDigits1234From+12349013030To+18005551212`)
    .digest('base64');

  it('should sign the URL followed by the parameters sorted by name when computing a signature', () => {
    expect(twilioSignature(token, url, params)).toBe(expected);
  });

  it('should refuse a signature made with another token or over other parameters when verifying', () => {
    expect(verifyTwilioSignature(token, url, params, expected)).toBe(true);
    expect(verifyTwilioSignature('other', url, params, twilioSignature('other', url, { ...params, To: '+1' }))).toBe(
      false,
    );
    expect(verifyTwilioSignature(token, url, { ...params, Digits: '9' }, expected)).toBe(false);
    expect(verifyTwilioSignature(token, `${url}&x=1`, params, expected)).toBe(false);
    expect(verifyTwilioSignature(token, url, params, undefined)).toBe(false);
  });
});
