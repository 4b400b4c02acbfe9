import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import { LIMIT_CODES, limitError } from './errors';

type LimitCode = (typeof LIMIT_CODES)[keyof typeof LIMIT_CODES];

export interface ShapeLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
}

/**
 * Armor throws a generic "Syntax Error" by default; reporting through its callback instead lets
 * each refusal carry our code and a hint of what to change.
 */
function reportAs(code: LimitCode, advice: string) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(limitError(code, `${error.message.replace(/^Syntax Error: /, '')} ${advice}`)),
    ],
  };
}

/** GraphQL Armor's shape limits as validation rules, so they run once per document, before planning. */
export function shapeLimitRules(limits: ShapeLimits): ValidationRule[] {
  return [
    maxDepthRule({ n: limits.maxDepth, ...reportAs(LIMIT_CODES.depth, 'Ask for fewer nested levels.') }),
    maxAliasesRule({ n: limits.maxAliases, ...reportAs(LIMIT_CODES.aliases, 'Use fewer aliases or split the query.') }),
    maxDirectivesRule({ n: limits.maxDirectives, ...reportAs(LIMIT_CODES.directives, 'Use fewer directives.') }),
  ];
}

/**
 * Refuses a document with more than `maxTokens` tokens before Apollo parses it: the lexer stops at
 * the limit, so an oversized document costs no more than a legal one. Apollo has no hook that can
 * refuse during parsing with a client error, so this runs where the request is read.
 */
export function refuseOversizedDocument(query: unknown, maxTokens: number): void {
  if (typeof query !== 'string') return;
  let overLimit = false;
  try {
    new MaxTokensParserWLexer(query, { n: maxTokens, onReject: [() => (overLimit = true)] }).parseDocument();
  } catch {
    // A syntax error is Apollo's to report, in its own words; only the token limit is ours.
  }
  if (overLimit) {
    throw limitError(
      LIMIT_CODES.tokens,
      `The query has more than ${maxTokens} tokens, the limit. Send a smaller query or split it.`,
    );
  }
}
