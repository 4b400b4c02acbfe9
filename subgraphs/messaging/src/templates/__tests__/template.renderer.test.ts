import {
  CompiledTemplate,
  MissingVariableError,
  TemplateSyntaxError,
  UnknownVariableError,
  checkTemplate,
} from '../template.renderer';

const base = {
  subject: 'Hello {{customer.name}}',
  textBody: 'Hi {{customer.name}}',
  htmlBody: '<p>Hi {{customer.name}}</p>',
};

describe('templates', () => {
  it('should escape variables in the HTML body and leave them as written in the text and subject when rendered', () => {
    const rendered = new CompiledTemplate(base).render({ 'customer.name': '<script>&"' });
    expect(rendered.html).toBe('<p>Hi &lt;script&gt;&amp;&quot;</p>');
    expect(rendered.text).toBe('Hi <script>&"');
    expect(rendered.subject).toBe('Hello <script>&"');
  });

  it('should refuse an unknown variable when checked, naming it and the part', () => {
    expect(() => checkTemplate({ ...base, textBody: 'Hi {{customer.nmae}}' })).toThrow(UnknownVariableError);
    try {
      checkTemplate({ ...base, htmlBody: '{{#if link}}{{lnk}}{{/if}}' });
    } catch (err) {
      expect(err).toBeInstanceOf(UnknownVariableError);
      expect((err as UnknownVariableError).variables).toEqual(['lnk']);
      expect((err as UnknownVariableError).part).toBe('htmlBody');
    }
  });

  it('should refuse helpers other than if and unless when checked', () => {
    expect(() => checkTemplate({ ...base, textBody: '{{#each customer}}x{{/each}}' })).toThrow(TemplateSyntaxError);
    expect(() => checkTemplate({ ...base, textBody: '{{lookup customer "name"}}' })).toThrow(TemplateSyntaxError);
  });

  it('should refuse a template that does not parse when checked', () => {
    expect(() => checkTemplate({ ...base, textBody: 'Hi {{customer.name' })).toThrow(TemplateSyntaxError);
  });

  it('should throw MissingVariableError when a known variable has no value for the recipient', () => {
    const template = new CompiledTemplate({ subject: null, textBody: 'Balance {{customer.balance}}', htmlBody: null });
    expect(() => template.render({ 'customer.name': 'Ada' })).toThrow(MissingVariableError);
    expect(template.render({ 'customer.balance': '5.00 EUR' }).text).toBe('Balance 5.00 EUR');
  });

  it('should keep a subject on one line when a value carries a line break', () => {
    expect(new CompiledTemplate(base).render({ 'customer.name': 'A\r\nBcc: x@y' }).subject).toBe('Hello A Bcc: x@y');
  });
});
