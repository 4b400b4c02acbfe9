import { webhookUrlProblem } from '../webhook-url';

describe('webhookUrlProblem', () => {
  it.each(['https://partner.example/hooks', 'https://partner.example:8443/a?b=c'])(
    'should accept %s when in production',
    (url) => {
      expect(webhookUrlProblem(url, 'production')).toBeNull();
    },
  );

  it.each([
    'http://partner.example/hooks',
    'http://127.0.0.1:8080/hooks',
    'https://127.0.0.1/hooks',
    'https://localhost/hooks',
    'https://10.1.2.3/hooks',
    'https://169.254.169.254/latest',
    'https://192.168.0.1/',
    'https://[::1]/hooks',
    'ftp://partner.example/',
    'https://user:pw@partner.example/',
    'not a url',
  ])('should refuse %s when in production', (url) => {
    expect(webhookUrlProblem(url, 'production')).toEqual(expect.any(String));
  });

  it.each(['http://127.0.0.1:8080/hooks', 'http://localhost:3000/', 'https://partner.example/hooks'])(
    'should accept %s when in development',
    (url) => {
      expect(webhookUrlProblem(url, 'development')).toBeNull();
    },
  );

  it.each(['http://partner.example/hooks', 'http://10.0.0.1/hooks'])('should refuse %s when in test', (url) => {
    expect(webhookUrlProblem(url, 'test')).toEqual(expect.any(String));
  });
});
