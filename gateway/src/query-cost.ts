import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, TEXT_SEARCH } from '@clientele/subgraph-kit/contracts';
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  GraphQLInt,
  Kind,
  type OperationDefinitionNode,
  OperationTypeNode,
  type SelectionSetNode,
  getNamedType,
  getNullableType,
  getVariableValues,
  isCompositeType,
  isListType,
  isUnionType,
  typeFromAST,
  valueFromAST,
} from 'graphql';

/** The assumptions behind a cost estimate; tuned here, not per request. */
const COST_RULES = {
  /** Items in a page when the query does not say `first`/`last`: what the subgraphs serve. */
  defaultPageSize: DEFAULT_PAGE_SIZE,
  /** A larger `first` is counted as this; the subgraphs refuse more. */
  maxPageSize: MAX_PAGE_SIZE,
  /** Items assumed for a plain list (not a connection), which has no page size of its own. */
  plainListLength: 20,
  /** A write does more than its selection shows (transactions, events, side effects). */
  mutationBaseCost: 10,
  /**
   * A list's text search (`filter: { query }`) scans the tenant's rows instead of seeking an
   * index, whatever the page size: it costs as much as this many rows more.
   */
  textSearchCost: 100,
};

const PAGE_ARGUMENTS = new Set(['first', 'last']);

type Variables = Record<string, unknown>;

export interface CostInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables?: Variables;
}

/**
 * What an operation will cost to answer, worked out from its shape before anything runs: each
 * object costs 1, scalars nothing, and a connection or list multiplies what is beneath it by the
 * page it asks for. The same number caps a query and is charged to the caller's rate limit.
 */
export function estimateQueryCost({ schema, document, operation, variables = {} }: CostInput): number {
  const rootType = schema.getRootType(operation.operation);
  if (!rootType) return 0;
  const estimator = new CostEstimator(schema, fragmentsOf(document), coercedVariables(schema, operation, variables));
  const base = operation.operation === OperationTypeNode.MUTATION ? COST_RULES.mutationBaseCost : 0;
  return base + estimator.selectionSetCost(operation.selectionSet, rootType);
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  return new Map(
    document.definitions
      .filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
}

/** Applies the operation's variable defaults; badly typed input fails at execution, so raw values do here. */
function coercedVariables(schema: GraphQLSchema, operation: OperationDefinitionNode, inputs: Variables): Variables {
  const result = getVariableValues(schema, operation.variableDefinitions ?? [], inputs);
  return result.coerced ?? inputs;
}

/** Relay's convention: a type named …Connection holds one page, already counted by its field. */
function isConnection(type: GraphQLCompositeType): boolean {
  return type.name.endsWith('Connection');
}

class CostEstimator {
  /** Per fragment, so a fragment spread many times (or spread inside itself) is walked once. */
  private readonly fragmentCosts = new Map<string, number>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
    private readonly variables: Variables,
  ) {}

  selectionSetCost(selectionSet: SelectionSetNode, parentType: GraphQLCompositeType): number {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) total += this.fieldCost(selection, parentType);
      else if (selection.kind === Kind.FRAGMENT_SPREAD) total += this.fragmentCost(selection.name.value);
      else total += this.selectionSetCost(selection.selectionSet, this.conditionType(selection, parentType));
    }
    return total;
  }

  private conditionType(
    node: { typeCondition?: FragmentDefinitionNode['typeCondition'] },
    fallback: GraphQLCompositeType,
  ) {
    const type = node.typeCondition ? typeFromAST(this.schema, node.typeCondition) : undefined;
    return type && isCompositeType(type) ? type : fallback;
  }

  private fragmentCost(name: string): number {
    const known = this.fragmentCosts.get(name);
    if (known !== undefined) return known;
    const fragment = this.fragments.get(name);
    const type = fragment ? typeFromAST(this.schema, fragment.typeCondition) : undefined;
    if (!fragment || !type || !isCompositeType(type)) return 0;
    this.fragmentCosts.set(name, 0);
    const cost = this.selectionSetCost(fragment.selectionSet, type);
    this.fragmentCosts.set(name, cost);
    return cost;
  }

  private fieldCost(node: FieldNode, parentType: GraphQLCompositeType): number {
    const field = this.fieldDefinition(node.name.value, parentType);
    const type = field ? getNamedType(field.type) : undefined;
    if (!field || !node.selectionSet || !type || !isCompositeType(type)) return 0;
    const search = this.searches(node, field) ? COST_RULES.textSearchCost : 0;
    return 1 + search + this.multiplier(node, field, parentType) * this.selectionSetCost(node.selectionSet, type);
  }

  /** Whether the field is asked to search text: its `filter` argument carries a non-blank `query`. */
  private searches(node: FieldNode, field: GraphQLField<unknown, unknown>): boolean {
    const definition = field.args.find((argument) => argument.name === TEXT_SEARCH.argument);
    const argument = node.arguments?.find((given) => given.name.value === TEXT_SEARCH.argument);
    if (!definition || !argument) return false;
    const filter: unknown = valueFromAST(argument.value, definition.type, this.variables);
    const text = (filter as Record<string, unknown> | null | undefined)?.[TEXT_SEARCH.field];
    return typeof text === 'string' && text.trim() !== '';
  }

  private multiplier(node: FieldNode, field: GraphQLField<unknown, unknown>, parentType: GraphQLCompositeType): number {
    if (field.args.some((argument) => PAGE_ARGUMENTS.has(argument.name))) return this.pageSize(node);
    if (isListType(getNullableType(field.type)) && !isConnection(parentType)) return COST_RULES.plainListLength;
    return 1;
  }

  private pageSize(node: FieldNode): number {
    const asked = (node.arguments ?? [])
      .filter((argument) => PAGE_ARGUMENTS.has(argument.name.value))
      .map((argument): unknown => valueFromAST(argument.value, GraphQLInt, this.variables))
      .filter((value): value is number => typeof value === 'number');
    const size = asked.length > 0 ? Math.max(...asked) : COST_RULES.defaultPageSize;
    return Math.min(Math.max(size, 0), COST_RULES.maxPageSize);
  }

  private fieldDefinition(name: string, parentType: GraphQLCompositeType): GraphQLField<unknown, unknown> | undefined {
    // Meta fields cost nothing: __typename is a string, and introspection (__schema, __type) is
    // answered from the gateway's own copy of the schema and switched off in production.
    if (name.startsWith('__') || isUnionType(parentType)) return undefined;
    return parentType.getFields()[name];
  }
}
