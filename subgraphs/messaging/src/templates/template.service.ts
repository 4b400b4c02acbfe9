import {
  type Caller,
  type RequestContext,
  type UserError,
  UserErrorCode,
  isValidId,
  parseInput,
  userError,
} from '@clientele/subgraph-kit';
import type { DataSource } from 'typeorm';
import type { MessageChannel } from '../channels';
import { type RecipientDirectory, addressOf, recipientVariables } from '../recipients';
import { DEFAULT_TEMPLATES, defaultTemplate } from './template.defaults';
import { TemplateEntity } from './template.entity';
import {
  MessagePreviewInput,
  MessagePreviewPayload,
  MessageTemplateDeletePayload,
  MessageTemplateSaveInput,
  MessageTemplateSavePayload,
  TemplateErrorCode,
  templateSaveSchema,
} from './template.inputs';
import {
  CompiledTemplate,
  MissingVariableError,
  type TemplateSource,
  TemplateSyntaxError,
  UnknownVariableError,
  checkTemplate,
} from './template.renderer';
import { smsLength } from './sms-segments';
import { MessagePreviewType, MessageTemplateType, toSmsLengthType } from './template.type';

/** What to send: a saved template by key, or texts written for this send (which may use variables too). */
export interface MessageContent {
  channel: MessageChannel;
  templateKey?: string | null;
  subject?: string | null;
  textBody?: string | null;
  htmlBody?: string | null;
}

export type PreparedContent =
  { ok: true; template: CompiledTemplate; templateKey: string | null } | { ok: false; userErrors: UserError[] };

/** The partner a caller acts for; templates are the partner's, so platform staff have none. */
export function partnerOf(caller: Caller): string | null {
  return caller.kind === 'platform' ? null : caller.partnerId;
}

function toType(source: Omit<MessageTemplateType, 'isDefault'>, isDefault: boolean): MessageTemplateType {
  return Object.assign(new MessageTemplateType(), {
    key: source.key,
    channel: source.channel,
    name: source.name,
    subject: source.subject,
    textBody: source.textBody,
    htmlBody: source.htmlBody,
    isDefault,
  });
}

/** A template error as a userError on the input field it came from. */
export function templateUserError(err: unknown, fieldPrefix: string[] = ['input']): UserError {
  if (err instanceof UnknownVariableError) {
    return userError(TemplateErrorCode.TEMPLATE_UNKNOWN_VARIABLE, err.message, [...fieldPrefix, err.part]);
  }
  if (err instanceof TemplateSyntaxError) {
    return userError(TemplateErrorCode.TEMPLATE_INVALID, err.message, [...fieldPrefix, err.part]);
  }
  if (err instanceof MissingVariableError) {
    return userError(
      TemplateErrorCode.TEMPLATE_VARIABLE_MISSING,
      `{{${err.variable}}} has no value in this send; it is filled only in notices that provide it.`,
      fieldPrefix,
    );
  }
  throw err;
}

export class TemplateService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly recipients: RecipientDirectory,
  ) {}

  /** The partner's templates: its own, and the shipped defaults it has not replaced. */
  async list(caller: Caller): Promise<MessageTemplateType[]> {
    const partnerId = partnerOf(caller);
    if (!partnerId) return [];
    const own = await this.dataSource
      .getRepository(TemplateEntity)
      .find({ where: { partnerId }, order: { key: 'ASC' } });
    const ownKeys = new Set(own.map((template) => template.key));
    return [
      ...own.map((template) => toType(template, false)),
      ...DEFAULT_TEMPLATES.filter((template) => !ownKeys.has(template.key)).map((template) => toType(template, true)),
    ].sort((a, b) => a.key.localeCompare(b.key));
  }

  /** The template in force under `key` for a partner: its own, else the default. */
  async find(partnerId: string, key: string): Promise<(TemplateSource & { channel: MessageChannel }) | null> {
    const own = await this.dataSource.getRepository(TemplateEntity).findOneBy({ partnerId, key });
    return own ?? defaultTemplate(key) ?? null;
  }

  async save(caller: Caller, input: MessageTemplateSaveInput): Promise<MessageTemplateSavePayload> {
    const payload: MessageTemplateSavePayload = Object.assign(new MessageTemplateSavePayload(), {
      template: null,
      userErrors: [],
    });
    const partnerId = partnerOf(caller);
    if (!partnerId) {
      payload.userErrors = [userError(UserErrorCode.NOT_ALLOWED, 'Templates belong to a partner.')];
      return payload;
    }
    const parsed = parseInput(templateSaveSchema, input);
    if (!parsed.ok) return { ...payload, userErrors: parsed.userErrors };
    try {
      checkTemplate(parsed.value);
    } catch (err) {
      payload.userErrors = [templateUserError(err)];
      return payload;
    }
    const repository = this.dataSource.getRepository(TemplateEntity);
    await repository.upsert({ partnerId, ...parsed.value, updatedAt: new Date() }, ['partnerId', 'key']);
    payload.template = toType(parsed.value, false);
    return payload;
  }

  async delete(caller: Caller, key: string): Promise<MessageTemplateDeletePayload> {
    const payload: MessageTemplateDeletePayload = Object.assign(new MessageTemplateDeletePayload(), {
      template: null,
      userErrors: [],
    });
    const partnerId = partnerOf(caller);
    if (!partnerId) {
      payload.userErrors = [userError(UserErrorCode.NOT_ALLOWED, 'Templates belong to a partner.')];
      return payload;
    }
    const result = await this.dataSource.getRepository(TemplateEntity).delete({ partnerId, key: key.slice(0, 64) });
    if (!result.affected) {
      payload.userErrors = [userError(UserErrorCode.NOT_FOUND, 'No template of yours has this key.', ['input', 'key'])];
      return payload;
    }
    const fallback = defaultTemplate(key);
    payload.template = fallback ? toType(fallback, true) : null;
    return payload;
  }

  /** A saved template or a draft, checked and compiled for a send. */
  async prepare(
    partnerId: string,
    content: MessageContent,
    fieldPrefix: string[] = ['input'],
  ): Promise<PreparedContent> {
    if (content.templateKey) {
      const template = await this.find(partnerId, content.templateKey.slice(0, 64));
      if (!template) {
        return {
          ok: false,
          userErrors: [
            userError(UserErrorCode.NOT_FOUND, 'There is no template with this key.', [...fieldPrefix, 'templateKey']),
          ],
        };
      }
      if (template.channel !== content.channel) {
        return {
          ok: false,
          userErrors: [
            userError(UserErrorCode.INVALID, `This template is for ${template.channel}.`, [
              ...fieldPrefix,
              'templateKey',
            ]),
          ],
        };
      }
      try {
        return { ok: true, template: new CompiledTemplate(template), templateKey: content.templateKey };
      } catch (err) {
        return { ok: false, userErrors: [templateUserError(err, fieldPrefix)] };
      }
    }
    const textBody = content.textBody?.trim() ? content.textBody : null;
    if (!textBody) {
      return {
        ok: false,
        userErrors: [
          userError(UserErrorCode.REQUIRED, 'Choose a template or write the text.', [...fieldPrefix, 'textBody']),
        ],
      };
    }
    if (content.channel === 'EMAIL' && !content.subject?.trim()) {
      return {
        ok: false,
        userErrors: [userError(UserErrorCode.REQUIRED, 'An email needs a subject.', [...fieldPrefix, 'subject'])],
      };
    }
    try {
      const template = new CompiledTemplate({
        subject: content.channel === 'EMAIL' ? content.subject!.trim() : null,
        textBody,
        htmlBody: content.channel === 'EMAIL' && content.htmlBody?.trim() ? content.htmlBody : null,
      });
      return { ok: true, template, templateKey: null };
    } catch (err) {
      return { ok: false, userErrors: [templateUserError(err, fieldPrefix)] };
    }
  }

  async preview(context: RequestContext, input: MessagePreviewInput): Promise<MessagePreviewPayload> {
    const payload: MessagePreviewPayload = Object.assign(new MessagePreviewPayload(), {
      preview: null,
      userErrors: [],
    });
    const partnerId = partnerOf(context.caller);
    if (!partnerId) {
      payload.userErrors = [userError(UserErrorCode.NOT_ALLOWED, 'Templates belong to a partner.')];
      return payload;
    }
    if (!isValidId(input.customerId)) {
      payload.userErrors = [userError(UserErrorCode.NOT_FOUND, 'Customer not found.', ['input', 'customerId'])];
      return payload;
    }
    const prepared = await this.prepare(partnerId, input);
    if (!prepared.ok) return { ...payload, userErrors: prepared.userErrors };
    const recipient = await this.recipients.one(context, input.customerId);
    if (!recipient) {
      payload.userErrors = [userError(UserErrorCode.NOT_FOUND, 'Customer not found.', ['input', 'customerId'])];
      return payload;
    }
    try {
      const rendered = prepared.template.render(recipientVariables(recipient));
      payload.preview = Object.assign(new MessagePreviewType(), {
        recipient: addressOf(recipient, input.channel),
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        smsLength: toSmsLengthType(smsLength(rendered.text)),
      });
    } catch (err) {
      payload.userErrors = [templateUserError(err)];
    }
    return payload;
  }
}
