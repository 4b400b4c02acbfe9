import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { accountsSubgraph } from '@clientele/accounts';
import { billingSubgraph } from '@clientele/billing';
import { SUPERGRAPH_PATH, composeSupergraph } from '@clientele/gateway';
import { messagingSubgraph } from '@clientele/messaging';
import { buildSchemaOf, printSubgraphSdl } from '@clientele/subgraph-kit';
import { type ASTNode, Kind, parse, visit } from 'graphql';

const root = join(__dirname, '..', '..');
const STALE = 'is stale: run `pnpm compose` and commit the result';

describe('checked-in schemas', () => {
  it.each([
    ['accounts', accountsSubgraph],
    ['billing', billingSubgraph],
    ['messaging', messagingSubgraph],
  ] as const)('should match the %s subgraph’s code', async (name, subgraph) => {
    const checkedIn = readFileSync(join(root, 'subgraphs', name, 'schema.graphql'), 'utf8');

    const printed = printSubgraphSdl(await buildSchemaOf(subgraph));

    if (printed !== checkedIn) throw new Error(`subgraphs/${name}/schema.graphql ${STALE}`);
    expect(printed).toBe(checkedIn);
  });

  it('should hold the supergraph composed from the checked-in subgraph schemas', () => {
    const composed = composeSupergraph();

    const checkedIn = readFileSync(SUPERGRAPH_PATH, 'utf8');

    if (composed !== checkedIn) throw new Error(`gateway/supergraph.graphql ${STALE}`);
    expect(composed).toBe(checkedIn);
  });
});

/** Every public type, field, argument and enum value a subgraph declares, without a description. */
function undescribed(sdl: string): string[] {
  const missing: string[] = [];
  const parents: string[] = [];
  const describable = new Set<string>([
    Kind.OBJECT_TYPE_DEFINITION,
    Kind.INPUT_OBJECT_TYPE_DEFINITION,
    Kind.ENUM_TYPE_DEFINITION,
    Kind.SCALAR_TYPE_DEFINITION,
    Kind.FIELD_DEFINITION,
    Kind.INPUT_VALUE_DEFINITION,
    Kind.ENUM_VALUE_DEFINITION,
  ]);
  const rootTypes = new Set(['Query', 'Mutation']);
  visit(parse(sdl), {
    enter(node: ASTNode) {
      if (!describable.has(node.kind) || !('name' in node) || !node.name) return;
      parents.push(node.name.value);
      const isRoot = node.kind === Kind.OBJECT_TYPE_DEFINITION && rootTypes.has(node.name.value);
      if (!isRoot && !('description' in node && node.description)) missing.push(parents.join('.'));
    },
    leave(node: ASTNode) {
      if (describable.has(node.kind) && 'name' in node && node.name) parents.pop();
    },
  });
  return missing;
}

describe('public schema descriptions', () => {
  it.each(['accounts', 'billing', 'messaging'])('should describe everything the %s subgraph exposes', (name) => {
    const sdl = readFileSync(join(root, 'subgraphs', name, 'schema.graphql'), 'utf8');

    expect(undescribed(sdl)).toEqual([]);
  });
});
