import { twilioSignature, verifyTwilioSignature } from '../sms.transport';

describe('Twilio request signatures', () => {
  // The example from Twilio's security documentation.
  const token = '12345';
  const url = 'https://mycompany.com/myapp.php?foo=1&bar=2';
  const params = {
    CallSid: 'CA1234567890ABCDE',
    Caller: '+12349013030',
    Digits: '1234',
    From: '+12349013030',
    To: '+18005551212',
  };

  it('should compute the documented signature when given the documented example', () => {
    expect(twilioSignature(token, url, params)).toBe('GvWf1cFY/Q7PnoempGyD5oXAezc=');
  });

  it('should refuse a signature made with another token or over other parameters when verifying', () => {
    expect(verifyTwilioSignature(token, url, params, 'GvWf1cFY/Q7PnoempGyD5oXAezc=')).toBe(true);
    expect(verifyTwilioSignature('other', url, params, 'GvWf1cFY/Q7PnoempGyD5oXAezc=')).toBe(false);
    expect(verifyTwilioSignature(token, url, { ...params, Digits: '9' }, 'GvWf1cFY/Q7PnoempGyD5oXAezc=')).toBe(false);
    expect(verifyTwilioSignature(token, url, params, undefined)).toBe(false);
  });
});
