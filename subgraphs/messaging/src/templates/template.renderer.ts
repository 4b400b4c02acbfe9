import Handlebars from 'handlebars';
import { TEMPLATE_VARIABLES, variablesObject } from './template.variables';

/** The helpers a template may use: conditions only, so every path is a variable we know. */
const ALLOWED_HELPERS = new Set(['if', 'unless']);

export class TemplateSyntaxError extends Error {
  constructor(
    message: string,
    readonly part: TemplatePart,
  ) {
    super(message);
  }
}

export class UnknownVariableError extends Error {
  constructor(
    readonly variables: string[],
    readonly part: TemplatePart,
  ) {
    super(
      `Unknown variable${variables.length > 1 ? 's' : ''} ${variables.map((name) => `{{${name}}}`).join(', ')}. ` +
        `Use one of: ${Object.keys(TEMPLATE_VARIABLES)
          .map((name) => `{{${name}}}`)
          .join(', ')}.`,
    );
  }
}

export type TemplatePart = 'subject' | 'textBody' | 'htmlBody';

export interface TemplateSource {
  subject: string | null;
  textBody: string;
  htmlBody: string | null;
}

export interface RenderedMessage {
  subject: string | null;
  text: string;
  html: string | null;
}

type HandlebarsNode = hbs.AST.Node & {
  path?: hbs.AST.PathExpression | hbs.AST.Literal;
  params?: hbs.AST.Expression[];
  program?: hbs.AST.Program;
  inverse?: hbs.AST.Program;
  body?: hbs.AST.Statement[];
};

/** Every variable path a template reads, and every helper it calls, from its syntax tree. */
function walk(node: HandlebarsNode | undefined, found: { variables: Set<string>; helpers: Set<string> }): void {
  if (!node) return;
  if (node.type === 'PathExpression') {
    found.variables.add((node as hbs.AST.PathExpression).original);
    return;
  }
  if (node.type === 'SubExpression') {
    found.helpers.add(((node as hbs.AST.SubExpression).path as hbs.AST.PathExpression).original);
  }
  if (node.type === 'MustacheStatement' || node.type === 'BlockStatement') {
    const params = node.params ?? [];
    if (params.length > 0 || node.type === 'BlockStatement') {
      found.helpers.add((node.path as hbs.AST.PathExpression).original);
    } else {
      walk(node.path as HandlebarsNode, found);
    }
    for (const param of params) walk(param as HandlebarsNode, found);
    walk(node.program as HandlebarsNode, found);
    walk(node.inverse as HandlebarsNode, found);
    return;
  }
  for (const child of node.body ?? []) walk(child as HandlebarsNode, found);
}

function parse(source: string, part: TemplatePart): hbs.AST.Program {
  try {
    return Handlebars.parse(source);
  } catch (err) {
    throw new TemplateSyntaxError(`The template does not parse: ${(err as Error).message.split('\n')[0]}`, part);
  }
}

/**
 * Checks a template before it is stored or used: it must parse, call no helper but `if` and
 * `unless`, and read only the variables in `TEMPLATE_VARIABLES`.
 */
export function checkTemplate(source: TemplateSource): void {
  const parts: [TemplatePart, string | null][] = [
    ['subject', source.subject],
    ['textBody', source.textBody],
    ['htmlBody', source.htmlBody],
  ];
  for (const [part, text] of parts) {
    if (text === null) continue;
    const found = { variables: new Set<string>(), helpers: new Set<string>() };
    walk(parse(text, part) as HandlebarsNode, found);
    const helpers = [...found.helpers].filter((helper) => !ALLOWED_HELPERS.has(helper));
    if (helpers.length > 0) {
      throw new TemplateSyntaxError(`Only {{#if}} and {{#unless}} may be used; not ${helpers.join(', ')}.`, part);
    }
    const unknown = [...found.variables].filter((variable) => !(variable in TEMPLATE_VARIABLES));
    if (unknown.length > 0) throw new UnknownVariableError(unknown, part);
  }
}

/** A checked template compiled once, rendered for each recipient. */
export class CompiledTemplate {
  private readonly subject: HandlebarsTemplateDelegate | null;
  private readonly text: HandlebarsTemplateDelegate;
  private readonly html: HandlebarsTemplateDelegate | null;

  constructor(source: TemplateSource) {
    checkTemplate(source);
    // strict: a variable missing at render time is an error, never an empty string sent to customers.
    const plain = { strict: true, noEscape: true, knownHelpersOnly: true } as const;
    this.subject = source.subject === null ? null : Handlebars.compile(source.subject, plain);
    this.text = Handlebars.compile(source.textBody, plain);
    // HTML bodies escape every value: a customer's name is text, never markup.
    this.html =
      source.htmlBody === null ? null : Handlebars.compile(source.htmlBody, { strict: true, knownHelpersOnly: true });
  }

  /** Throws `MissingVariableError` when a variable the template reads has no value for this recipient. */
  render(variables: Record<string, string | null | undefined>): RenderedMessage {
    const context = variablesObject(variables);
    try {
      return {
        subject: this.subject ? this.subject(context).replace(/[\r\n]+/g, ' ') : null,
        text: this.text(context),
        html: this.html ? this.html(context) : null,
      };
    } catch (err) {
      const match = /"([^"]+)" not defined/.exec((err as Error).message);
      throw new MissingVariableError(match?.[1] ?? (err as Error).message);
    }
  }
}

export class MissingVariableError extends Error {
  constructor(readonly variable: string) {
    super(`The variable {{…${variable}}} has no value for this recipient.`);
  }
}
