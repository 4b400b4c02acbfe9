import { SignJWT, generateKeyPair } from 'jose';
import { graphql } from '../gql';
import { execute, executeRaw, signInResponse } from '../support/api';
import { testStack } from '../support/env';
import { seed } from '../support/seed';

const VIEWER = graphql(`
  query SignInViewer {
    viewer {
      id
      email
    }
  }
`);

describe('sign-in', () => {
  it('should issue an access token when the email and password match', async () => {
    const tenant = await seed.partner();

    const { status, body } = await signInResponse(tenant.owner.email.toUpperCase(), tenant.owner.password);

    expect(status).toBe(200);
    expect(body).toMatchObject({
      tokenType: 'Bearer',
      expiresIn: 900,
      viewer: { email: tenant.owner.email, role: 'OWNER', kind: 'OPERATOR' },
    });
  });

  it('should refuse with one message for a wrong password and for an unknown email', async () => {
    const tenant = await seed.partner();

    const wrongPassword = await signInResponse(tenant.owner.email, 'not the password');
    const unknownEmail = await signInResponse('nobody@partner.test', tenant.owner.password);

    expect(wrongPassword).toEqual({
      status: 401,
      body: { error: { code: 'INVALID_CREDENTIALS', message: 'Email or password is incorrect.' } },
    });
    expect(unknownEmail).toEqual(wrongPassword);
  });

  it('should name each invalid field when the input is malformed', async () => {
    const { status, body } = await signInResponse('not-an-email', '');

    expect(status).toBe(400);
    expect(body).toMatchObject({
      error: {
        code: 'INVALID_INPUT',
        fields: [
          { field: ['email'], message: 'Enter an email address like name@example.com.' },
          { field: ['password'], message: 'Enter your password.' },
        ],
      },
    });
  });
});

describe('access tokens', () => {
  it('should refuse a GraphQL request without a token at the gateway', async () => {
    const result = await execute(null, VIEWER);

    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.data ?? null).toBeNull();
  });

  it.each(['accounts', 'billing', 'messaging'] as const)(
    'should refuse a direct call to the %s subgraph without a valid token',
    async (subgraph) => {
      const url = `${testStack().subgraphUrls[subgraph]}/graphql`;
      const withoutToken = await executeRaw(null, '{ _service { sdl } }', {}, url);
      const withGarbage = await executeRaw('not-a-token', '{ _service { sdl } }', {}, url);

      for (const result of [withoutToken, withGarbage]) {
        expect(result.status).toBe(401);
        expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      }
    },
  );

  it('should refuse a well-formed token signed with a key the platform does not publish', async () => {
    const tenant = await seed.partner();
    const { privateKey } = await generateKeyPair('ES256');
    const forged = await new SignJWT({ typ: 'operator', pid: tenant.partnerId, role: 'OWNER', rid: null })
      .setProtectedHeader({ alg: 'ES256', kid: 'forged' })
      .setSubject('018f0000-0000-7000-8000-0000000000ff')
      .setIssuer('clientele')
      .setAudience('clientele-api')
      .setExpirationTime('5m')
      .sign(privateKey);

    const viaGateway = await execute(forged, VIEWER);
    const direct = await executeRaw(forged, '{ _service { sdl } }', {}, `${testStack().subgraphUrls.billing}/graphql`);

    expect(viaGateway.status).toBe(401);
    expect(direct.status).toBe(401);
  });
});
