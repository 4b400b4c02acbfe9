import { type PortalCaller, type RequestContext, UserErrorCode, type Logger, userError } from '@clientele/subgraph-kit';
import type { DataSource } from 'typeorm';
import type { AuditService } from '../audit';
import {
  type SessionService,
  type ThrottleService,
  type TokenService,
  reauthenticationThrottleKeys,
} from '../credentials';
import type { CustomerType } from '../customers';
import type { OperatorService } from '../operators';
import { type CustomerImpersonatePayload, PortalSessionType } from './impersonation.types';

/** A log-in-as session lasts at most this long and is never renewed. */
const IMPERSONATION_LIFETIME_MS = 30 * 60 * 1000;

const SWEEP_INTERVAL_MS = 10_000;

/**
 * "Log in as customer": after the operator re-enters their password, a portal session that
 * names both of them (the token's `act` claim), audited when it starts, on every mutation made
 * in it (see the kit's impersonationAudit), and when it ends or expires.
 */
export class ImpersonationService {
  private sweeper?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    private readonly operators: OperatorService,
    private readonly sessions: SessionService,
    private readonly tokens: TokenService,
    private readonly throttle: ThrottleService,
    private readonly audit: AuditService,
  ) {}

  async start(
    context: RequestContext,
    customer: CustomerType | null,
    password: string,
  ): Promise<CustomerImpersonatePayload> {
    const { caller } = context;
    if (caller.kind !== 'operator') throw new Error('only operators log in as customers');
    const confirmed = await this.throttle.guard(
      reauthenticationThrottleKeys('reauth', caller.operatorId),
      async () => password !== '' && (await this.operators.confirmPassword(caller, password)),
      (right) => !right,
    );
    if (confirmed.outcome === 'throttled') {
      const minutes = Math.ceil(confirmed.retryAfterSeconds / 60);
      return {
        session: null,
        userErrors: [
          userError(
            UserErrorCode.NOT_ALLOWED,
            `Too many wrong passwords. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
            ['input', 'password'],
          ),
        ],
      };
    }
    if (!confirmed.result) {
      return {
        session: null,
        userErrors: [userError(UserErrorCode.INVALID, 'That is not your password.', ['input', 'password'])],
      };
    }
    if (!customer) {
      return {
        session: null,
        userErrors: [userError(UserErrorCode.NOT_FOUND, 'That customer was not found.', ['input', 'customerId'])],
      };
    }
    // The customer came through the caller's scoped loader, so it is the operator's partner's.
    const partnerId = caller.partnerId;
    const { session, portalCaller } = await this.dataSource.transaction(async (manager) => {
      const started = await this.sessions.start(
        {
          kind: 'impersonation',
          partnerId: partnerId,
          subjectId: caller.operatorId,
          customerId: customer.id,
          lifetimeMs: IMPERSONATION_LIFETIME_MS,
          clientAddress: null,
        },
        manager,
      );
      await context.audit(
        {
          action: 'impersonation.started',
          partnerId: partnerId,
          targetType: 'Customer',
          targetId: customer.id,
          details: { sessionId: started.id, expiresAt: started.expiresAt.toISOString() },
        },
        manager,
      );
      const portal: PortalCaller = {
        kind: 'portal',
        partnerId: partnerId,
        customerId: customer.id,
        memberId: null,
        impersonator: { operatorId: caller.operatorId },
        sessionId: started.id,
      };
      return { session: started, portalCaller: portal };
    });
    const token = await this.tokens.issueAccessToken(portalCaller, {
      expiresAt: session.expiresAt,
      ttlSeconds: IMPERSONATION_LIFETIME_MS / 1000,
    });
    return {
      session: Object.assign(new PortalSessionType(), {
        accessToken: token.accessToken,
        expiresAt: token.expiresAt,
        customer,
      }),
      userErrors: [],
    };
  }

  /** Ends a log-in-as session at the operator's request; audited once, however often it is asked. */
  async end(caller: PortalCaller, requestId: string): Promise<void> {
    const { impersonator } = caller;
    if (!impersonator) return;
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.sessions.end(caller.sessionId, 'signed-out', manager))) return;
      await this.audit.write(
        caller.partnerId,
        {
          action: 'impersonation.ended',
          actor: { kind: 'operator', id: impersonator.operatorId, impersonatorId: null },
          targetType: 'Customer',
          targetId: caller.customerId,
          requestId,
          details: { sessionId: caller.sessionId, reason: 'ended by the operator' },
        },
        manager,
      );
    });
  }

  /** Ends and audits sessions whose time ran out; row locks keep several replicas from auditing one twice. */
  async endExpired(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const ended = await this.sessions.endExpired('impersonation', manager);
      for (const session of ended) {
        await this.audit.write(
          session.partnerId,
          {
            action: 'impersonation.ended',
            actor: { kind: 'operator', id: session.subjectId, impersonatorId: null },
            targetType: 'Customer',
            targetId: session.customerId,
            requestId: null,
            details: { sessionId: session.id, reason: 'expired' },
          },
          manager,
          undefined,
          session.expiresAt,
        );
      }
      return ended.length;
    });
  }

  startSweeping(logger: Logger): void {
    this.sweeper = setInterval(() => {
      this.endExpired().catch((err: unknown) => logger.error({ err }, 'ending expired impersonations failed'));
    }, SWEEP_INTERVAL_MS);
    this.sweeper.unref();
  }

  stopSweeping(): void {
    clearInterval(this.sweeper);
  }
}
