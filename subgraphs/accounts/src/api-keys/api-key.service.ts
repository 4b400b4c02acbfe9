import {
  type ApiKeyCaller,
  type Caller,
  type ConnectionArgs,
  type RequestContext,
  UserErrorCode,
  isValidId,
  newId,
  paginateKeyset,
  timestampOrder,
  parseInput,
  scopeOf,
  toConnection,
  userError,
} from '@clientele/subgraph-kit';
import type { DataSource } from 'typeorm';
import { digestOf, newSecret } from '../credentials';
import { ApiKeyEntity } from './api-key.entity';
import {
  type ApiKeyCreateInput,
  type ApiKeyCreatePayload,
  type ApiKeyRevokePayload,
  apiKeyCreateSchema,
} from './api-key.inputs';
import { type ApiKeyFilter, ApiKeyConnection, toApiKeyType } from './api-key.type';

const KEY_PATTERN = /^clt_([a-z0-9]{8})_([A-Za-z0-9_-]{43})$/;

function newKey(): { key: string; prefix: string } {
  const prefix = `clt_${newSecret(12)
    .replace(/[^a-zA-Z0-9]/g, '')
    .toLowerCase()
    .slice(0, 8)
    .padEnd(8, '0')}`;
  return { key: `${prefix}_${newSecret(32)}`, prefix };
}

function looksLikeApiKey(value: string): boolean {
  return KEY_PATTERN.test(value);
}

/** API keys: shown once, stored as a digest, recognised by a visible prefix, revocable. */
export class ApiKeyService {
  constructor(private readonly dataSource: DataSource) {}

  async list(caller: Caller, filter: ApiKeyFilter | null | undefined, args: ConnectionArgs): Promise<ApiKeyConnection> {
    const query = this.dataSource
      .getRepository(ApiKeyEntity)
      .createQueryBuilder('k')
      .where('k.partner_id = :partnerId', { partnerId: scopeOf(caller).partnerId });
    if (!filter?.includeRevoked) query.andWhere('k.revoked_at IS NULL');
    const page = await paginateKeyset(
      query,
      timestampOrder('k', 'created_at', (row) => row.createdAt, true),
      args,
    );
    return toConnection(ApiKeyConnection, page, toApiKeyType, () => query.getCount());
  }

  async create(context: RequestContext, input: ApiKeyCreateInput): Promise<ApiKeyCreatePayload> {
    const parsed = parseInput(apiKeyCreateSchema, input);
    if (!parsed.ok) return { apiKey: null, secret: null, userErrors: parsed.userErrors };
    const { caller } = context;
    // Only operators hold api-keys:manage.
    if (caller.kind !== 'operator') throw new Error('API keys are created by operators');
    const { partnerId } = caller;
    const { key, prefix } = newKey();
    const entity = await this.dataSource.transaction(async (manager) => {
      const created = manager.create(ApiKeyEntity, {
        partnerId,
        id: newId(),
        name: parsed.value.name,
        prefix,
        secretHash: digestOf(key),
        scopes: parsed.value.scopes,
        createdBy: caller.operatorId,
        lastUsedAt: null,
        revokedAt: null,
      });
      await manager.insert(ApiKeyEntity, created);
      await context.audit(
        {
          action: 'apiKey.created',
          partnerId,
          targetType: 'ApiKey',
          targetId: created.id,
          details: { name: created.name, prefix, scopes: created.scopes },
        },
        manager,
      );
      return created;
    });
    return { apiKey: toApiKeyType(entity), secret: key, userErrors: [] };
  }

  async revoke(context: RequestContext, id: string): Promise<ApiKeyRevokePayload> {
    const partnerId = scopeOf(context.caller).partnerId;
    const notFound = {
      apiKey: null,
      userErrors: [userError(UserErrorCode.NOT_FOUND, 'That API key was not found.', ['input', 'id'])],
    };
    if (!partnerId || !isValidId(id)) return notFound;
    return this.dataSource.transaction(async (manager) => {
      const key = await manager.findOne(ApiKeyEntity, {
        where: { partnerId, id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!key) return notFound;
      if (!key.revokedAt) {
        key.revokedAt = new Date();
        await manager.update(ApiKeyEntity, { partnerId, id }, { revokedAt: key.revokedAt });
        await context.audit(
          { action: 'apiKey.revoked', partnerId, targetType: 'ApiKey', targetId: id, details: { prefix: key.prefix } },
          manager,
        );
      }
      return { apiKey: toApiKeyType(key), userErrors: [] };
    });
  }

  /** The caller a live key stands for, or null for a key that is unknown, malformed or revoked. */
  async authenticate(key: string): Promise<ApiKeyCaller | null> {
    if (!looksLikeApiKey(key)) return null;
    const entity = await this.dataSource
      .getRepository(ApiKeyEntity)
      .createQueryBuilder('k')
      .where('k.secret_hash = :hash AND k.revoked_at IS NULL', { hash: digestOf(key) })
      .getOne();
    if (!entity) return null;
    await this.dataSource.query(`UPDATE accounts.api_keys SET last_used_at = now() WHERE partner_id = $1 AND id = $2`, [
      entity.partnerId,
      entity.id,
    ]);
    return {
      kind: 'apiKey',
      apiKeyId: entity.id,
      partnerId: entity.partnerId,
      scopes: entity.scopes,
      sessionId: entity.id,
    };
  }

  /**
   * Whether a key that was exchanged for a token is still unrevoked; notes its use at most once a
   * minute, so a busy key does not write on every request.
   */
  async isLive(caller: ApiKeyCaller): Promise<boolean> {
    const touched = await this.dataSource.query<[unknown[], number]>(
      `UPDATE accounts.api_keys SET last_used_at = now()
        WHERE partner_id = $1 AND id = $2 AND revoked_at IS NULL
          AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')
        RETURNING 1`,
      [caller.partnerId, caller.apiKeyId],
    );
    if (touched[1] > 0) return true;
    const [live] = await this.dataSource.query<unknown[]>(
      `SELECT 1 FROM accounts.api_keys WHERE partner_id = $1 AND id = $2 AND revoked_at IS NULL`,
      [caller.partnerId, caller.apiKeyId],
    );
    return Boolean(live);
  }

  /** What the viewer shows of a key. */
  async describe(partnerId: string, id: string): Promise<{ id: string; name: string; scopes: string[] } | null> {
    const key = await this.dataSource.getRepository(ApiKeyEntity).findOneBy({ partnerId, id });
    return key && { id: key.id, name: key.name, scopes: key.scopes };
  }
}
