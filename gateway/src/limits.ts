import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import {
  BREAK,
  type DocumentNode,
  type GraphQLError,
  type ValidationContext,
  type ValidationRule,
  visit,
} from 'graphql';
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

/**
 * How deep the standard introspection query nests its fields (graphql-js's `getIntrospectionQuery`
 * with every option the gateway supports, as GraphiQL and code generators send it): its type
 * references unwrap nine levels of `ofType`. Introspection may go this deep and no deeper. (Apollo Server adds graphql-js's
 * MaxIntrospectionDepthRule, against `fields { type { fields … } } }` multiplying within that depth.)
 */
export const INTROSPECTION_MAX_DEPTH = 15;

function selectsSchema(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value !== '__schema') return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}

/**
 * GraphQL Armor's shape limits as validation rules, so they run once per document, before planning.
 * Depth counts fields only: a fragment (named or inline) is a way of writing a selection, not a level,
 * so clients that compose queries from fragments are held to the same limit as those that do not.
 */
export function shapeLimitRules(limits: ShapeLimits): ValidationRule[] {
  const depthAdvice = reportAs(LIMIT_CODES.depth, 'Ask for fewer nested levels.');
  const fieldDepth = maxDepthRule({ n: limits.maxDepth, flattenFragments: true, ...depthAdvice });
  // Armor leaves `__schema` out of the count above; a document that asks for it is counted again,
  // `__schema` included, against the depth standard introspection needs.
  const introspectionDepth = maxDepthRule({
    n: Math.max(limits.maxDepth, INTROSPECTION_MAX_DEPTH),
    flattenFragments: true,
    ignoreIntrospection: false,
    ...depthAdvice,
  });
  return [
    fieldDepth,
    (context) => (selectsSchema(context.getDocument()) ? introspectionDepth(context) : {}),
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
