import { type Caller, UserErrorCode, parseInput, userError } from '@clientele/subgraph-kit';
import type { DataSource } from 'typeorm';
import { MessagingSettingsEntity } from './settings.entity';
import { MessagingSettingsUpdateInput, MessagingSettingsUpdatePayload, settingsUpdateSchema } from './settings.inputs';
import { MessagingSettingsType } from './settings.type';

/** What delivery needs of a partner's settings, with the platform's defaults filled in by the caller. */
export type PartnerSettings = Omit<MessagingSettingsEntity, 'updatedAt'>;

/** Settings change rarely and are read for every delivery job: kept for a few seconds per process. */
const CACHE_MS = 5_000;

function empty(partnerId: string): PartnerSettings {
  return {
    partnerId,
    fromAddress: null,
    replyTo: null,
    smsSenderId: null,
    smtpUrl: null,
    smsBaseUrl: null,
    smsAccountSid: null,
    smsAuthToken: null,
  };
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.port ? `${parsed.hostname}:${parsed.port}` : parsed.hostname;
  } catch {
    return null;
  }
}

export class MessagingSettingsService {
  private readonly cache = new Map<string, { at: number; settings: PartnerSettings }>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly platform: { smtp: boolean; sms: boolean },
  ) {}

  async forPartner(partnerId: string): Promise<PartnerSettings> {
    const cached = this.cache.get(partnerId);
    if (cached && Date.now() - cached.at < CACHE_MS) return cached.settings;
    const row = await this.dataSource.getRepository(MessagingSettingsEntity).findOneBy({ partnerId });
    const settings = row ?? empty(partnerId);
    this.cache.set(partnerId, { at: Date.now(), settings });
    return settings;
  }

  async read(caller: Caller): Promise<MessagingSettingsType | null> {
    if (caller.kind === 'platform') return null;
    return this.toType(await this.forPartner(caller.partnerId));
  }

  async update(caller: Caller, input: MessagingSettingsUpdateInput): Promise<MessagingSettingsUpdatePayload> {
    const payload: MessagingSettingsUpdatePayload = Object.assign(new MessagingSettingsUpdatePayload(), {
      settings: null,
      userErrors: [],
    });
    if (caller.kind === 'platform') {
      payload.userErrors = [userError(UserErrorCode.NOT_ALLOWED, 'Messaging settings belong to a partner.')];
      return payload;
    }
    const parsed = parseInput(settingsUpdateSchema, input);
    if (!parsed.ok) return { ...payload, userErrors: parsed.userErrors };
    const { smsProviderUrl, ...rest } = parsed.value;
    const changes = Object.fromEntries(
      Object.entries({ ...rest, smsBaseUrl: smsProviderUrl }).filter(([, value]) => value !== undefined),
    );
    const current = await this.dataSource
      .getRepository(MessagingSettingsEntity)
      .findOneBy({ partnerId: caller.partnerId });
    const next = { ...(current ?? empty(caller.partnerId)), ...changes, partnerId: caller.partnerId };
    await this.dataSource.getRepository(MessagingSettingsEntity).save(next);
    this.cache.delete(caller.partnerId);
    payload.settings = this.toType(next);
    return payload;
  }

  private toType(settings: PartnerSettings): MessagingSettingsType {
    return Object.assign(new MessagingSettingsType(), {
      fromAddress: settings.fromAddress,
      replyTo: settings.replyTo,
      smsSenderId: settings.smsSenderId,
      smtpHost: hostOf(settings.smtpUrl),
      smsProviderUrl: settings.smsBaseUrl,
      emailToOutbox: !settings.smtpUrl && !this.platform.smtp,
      smsToOutbox: !(settings.smsBaseUrl && settings.smsAccountSid && settings.smsAuthToken) && !this.platform.sms,
    });
  }
}
