import { randomBytes, randomUUID } from 'node:crypto';
import {
  DEVELOPMENT_SIGNING_KEY_ENCRYPTION_KEY,
  SigningKeyCipher,
  TokenService,
  createAccountsDataSource,
  parseEncryptionKey,
} from '@clientele/accounts';
import { initializeDatabase } from '@clientele/subgraph-kit';
import { type JWK, exportJWK, generateKeyPair, importJWK, jwtVerify } from 'jose';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { database } from '../support/databases';
import { testStack } from '../support/env';
import { developmentCipher } from '../support/tokens';

interface StoredKey {
  kid: string;
  private_jwk: JWK | null;
  private_key_ciphertext: Buffer | null;
  encryption_key_id: string | null;
  public_jwk: JWK;
}

const SETTINGS = { issuer: 'clientele', audience: 'clientele-api', accessTokenTtlSeconds: 900 };

async function storedKeys(dataSource: DataSource): Promise<StoredKey[]> {
  return dataSource.query<StoredKey[]>(
    `SELECT kid, private_jwk, private_key_ciphertext, encryption_key_id, public_jwk FROM accounts.signing_keys`,
  );
}

describe('private signing keys at rest', () => {
  it('should store every private signing key encrypted, under the configured key', async () => {
    const keys = await storedKeys(await database('accounts'));

    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      expect(key.private_jwk).toBeNull();
      const privateJwk = developmentCipher.decrypt(
        { ciphertext: key.private_key_ciphertext!, keyId: key.encryption_key_id! },
        key.kid,
      );
      expect({ x: privateJwk.x, y: privateJwk.y }).toEqual({ x: key.public_jwk.x, y: key.public_jwk.y });
    }
  });

  describe('on a database of its own', () => {
    const name = `keys_${randomUUID().replace(/-/g, '')}`;
    let admin: Client;
    let dataSource: DataSource;

    beforeAll(async () => {
      admin = new Client({ connectionString: testStack().databaseUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      const url = new URL(testStack().databaseUrl);
      url.pathname = `/${name}`;
      dataSource = createAccountsDataSource({
        databaseUrl: url.toString(),
        databaseSchema: 'accounts',
        service: 'accounts',
      });
      await initializeDatabase(dataSource, 'accounts');
    }, 60_000);

    afterAll(async () => {
      await dataSource?.destroy();
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.end();
    });

    it('should encrypt a key stored in the clear at start-up, then re-encrypt it under a new key while reading the old one', async () => {
      // A key as stored before encryption: the private JWK in the clear.
      const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
      const kid = randomUUID();
      const clear = { ...(await exportJWK(privateKey)), kid, alg: 'ES256' };
      await dataSource.query(
        `INSERT INTO accounts.signing_keys (kid, algorithm, private_jwk, public_jwk) VALUES ($1, 'ES256', $2, $3)`,
        [kid, clear, { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' }],
      );
      const developmentKey = parseEncryptionKey(DEVELOPMENT_SIGNING_KEY_ENCRYPTION_KEY);
      const newKey = randomBytes(32);

      const first = await new TokenService(dataSource, SETTINGS, new SigningKeyCipher(developmentKey)).loadKeys();
      const [encrypted] = await storedKeys(dataSource);
      const rotatedCipher = new SigningKeyCipher(newKey, [developmentKey]);
      const rotatedService = new TokenService(dataSource, SETTINGS, rotatedCipher);
      const second = await rotatedService.loadKeys();
      const [reencrypted] = await storedKeys(dataSource);
      const token = await rotatedService.issueAccessToken({
        kind: 'platform',
        staffId: randomUUID(),
        role: 'PLATFORM_VIEWER',
        sessionId: randomUUID(),
      });

      expect(first).toEqual({ reencrypted: 1 });
      expect(encrypted).toMatchObject({ kid, private_jwk: null, encryption_key_id: developmentCipher.currentKeyId });
      expect(second).toEqual({ reencrypted: 1 });
      expect(reencrypted).toMatchObject({ kid, private_jwk: null, encryption_key_id: rotatedCipher.currentKeyId });
      expect(
        new SigningKeyCipher(newKey).decrypt(
          { ciphertext: reencrypted!.private_key_ciphertext!, keyId: reencrypted!.encryption_key_id! },
          kid,
        ),
      ).toEqual(clear);
      await expect(
        jwtVerify(token.accessToken, await importJWK(reencrypted!.public_jwk, 'ES256')),
      ).resolves.toBeTruthy();
    });
  });
});
