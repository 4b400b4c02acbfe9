export { templatesModule } from './templates.module';
export type { TemplateService, MessageContent, PreparedContent } from './template.service';
export { partnerOf, templateUserError } from './template.service';
export type { CompiledTemplate, RenderedMessage } from './template.renderer';
export { MissingVariableError } from './template.renderer';
export { blankVariables } from './template.variables';
export { smsLength, type SmsLength } from './sms-segments';
