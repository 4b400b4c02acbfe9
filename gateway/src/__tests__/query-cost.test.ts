import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type GraphQLSchema, buildSchema, getOperationAST, parse } from 'graphql';
import { estimateQueryCost } from '../query-cost';

const schema = buildSchema(/* GraphQL */ `
  type Query {
    customers(first: Int, last: Int, filter: CustomerFilter): CustomerConnection!
    customer(id: ID!): Customer
    search: [SearchResult!]!
  }
  input CustomerFilter {
    query: String
  }
  type Mutation {
    customerCreate(name: String!): CustomerCreatePayload!
  }
  type CustomerConnection {
    edges: [CustomerEdge!]!
    nodes: [Customer!]!
    totalCount: Int!
  }
  type CustomerEdge {
    cursor: String!
    node: Customer!
  }
  type Customer {
    id: ID!
    name: String!
    tags: [String!]!
    members: [Member!]!
    balance: Money
  }
  type Member {
    id: ID!
  }
  type Money {
    amount: Int!
  }
  type CustomerCreatePayload {
    customer: Customer
  }
  union SearchResult = Customer | Member
`);

function costOf(query: string, variables?: Record<string, unknown>, against: GraphQLSchema = schema): number {
  const document = parse(query);
  const operation = getOperationAST(document);
  if (!operation) throw new Error('no operation');
  return estimateQueryCost({ schema: against, document, operation, variables });
}

describe('estimateQueryCost', () => {
  it('should charge nothing for scalars and one for each object', () => {
    expect(costOf('{ customer(id: "1") { id name tags balance { amount } } }')).toBe(2);
  });

  it('should multiply a connection’s contents by its page, counting edges and nodes once', () => {
    expect(costOf('{ customers(first: 10) { totalCount edges { cursor node { id } } } }')).toBe(1 + 10 * 2);
  });

  it('should assume the subgraphs’ default page of 50 when the query does not say', () => {
    expect(costOf('{ customers { nodes { id } } }')).toBe(1 + 50 * 1);
  });

  it('should cap a page at the subgraphs’ maximum of 200 and take the larger of first and last', () => {
    expect(costOf('{ customers(first: 5000) { nodes { id } } }')).toBe(1 + 200);
    expect(costOf('{ customers(first: 2, last: 7) { nodes { id } } }')).toBe(1 + 7);
  });

  it('should charge a text search 100 more than the same page without one', () => {
    const page = '{ customers(first: 10) { nodes { id } } }';
    const search = 'query ($q: String) { customers(first: 10, filter: { query: $q }) { nodes { id } } }';

    expect(costOf(page)).toBe(1 + 10);
    expect(costOf('{ customers(first: 10, filter: { query: "harbor" }) { nodes { id } } }')).toBe(1 + 100 + 10);
    expect(costOf(search, { q: 'harbor' })).toBe(1 + 100 + 10);
    expect(
      costOf('query ($f: CustomerFilter) { customers(first: 10, filter: $f) { nodes { id } } }', { f: { query: 'h' } }),
    ).toBe(1 + 100 + 10);
  });

  it('should not charge a search when the filter’s query is blank or absent', () => {
    expect(costOf('{ customers(first: 10, filter: { query: "  " }) { nodes { id } } }')).toBe(1 + 10);
    expect(costOf('{ customers(first: 10, filter: {}) { nodes { id } } }')).toBe(1 + 10);
    expect(costOf('query ($q: String) { customers(first: 10, filter: { query: $q }) { nodes { id } } }')).toBe(1 + 10);
  });

  it('should multiply a plain list by 20 when it has no page arguments', () => {
    expect(costOf('{ customer(id: "1") { members { id } } }')).toBe(1 + (1 + 20 * 0));
    expect(costOf('{ customer(id: "1") { members { id } balance { amount } } }')).toBe(1 + 1 + 1);
    expect(costOf('{ customers(first: 3) { nodes { members { __typename } } } }')).toBe(1 + 3 * (1 + 1));
  });

  it('should nest multipliers', () => {
    expect(costOf('{ customers(first: 10) { nodes { members { id } balance { amount } } } }')).toBe(
      1 + 10 * (1 + 1 + 1),
    );
  });

  it('should read page sizes from variables and from variable defaults', () => {
    const query = 'query ($n: Int = 50) { customers(first: $n) { nodes { id } } }';

    expect(costOf(query, { n: 4 })).toBe(1 + 4);
    expect(costOf(query)).toBe(1 + 50);
  });

  it('should add a base of ten for a mutation', () => {
    expect(costOf('mutation { customerCreate(name: "x") { customer { id } } }')).toBe(10 + 1 + 1);
  });

  it('should count fragments and inline fragments by their type condition', () => {
    const query = `
      { customers(first: 2) { nodes { ...Customer } } search { ... on Customer { balance { amount } } } }
      fragment Customer on Customer { balance { amount } }
    `;

    expect(costOf(query)).toBe(1 + 2 * (1 + 1) + (1 + 20 * 1));
  });

  it('should walk a fragment spread many times only once', () => {
    const levels = Array.from(
      { length: 40 },
      (_, i) => `fragment F${i} on Customer { ...F${i + 1} ...F${i + 1} balance { amount } }`,
    );
    const query = `{ customer(id: "1") { ...F0 } } ${levels.join(' ')} fragment F40 on Customer { id }`;

    const started = performance.now();
    const cost = costOf(query);

    expect(performance.now() - started).toBeLessThan(1000);
    expect(cost).toBeGreaterThan(1);
  });

  it('should charge nothing for __typename or introspection', () => {
    expect(costOf('{ __typename __schema { types { name } } }')).toBe(0);
  });
});

describe('estimateQueryCost against the composed schema', () => {
  const supergraph = buildSchema(readFileSync(join(__dirname, '..', '..', 'supergraph.graphql'), 'utf8'));
  const cost = (query: string) => costOf(query, undefined, supergraph);

  it('should charge customers(first: 200) what 200 rows cost, the most a subgraph serves', () => {
    expect(cost('{ customers(first: 200) { nodes { id } } }')).toBe(1 + 200);
    expect(cost('{ customers(first: 201) { nodes { id } } }')).toBe(1 + 200);
  });

  it('should charge customers with no size what the default page of 50 costs', () => {
    expect(cost('{ customers { nodes { id } } }')).toBe(1 + 50);
  });

  it('should charge each customer’s messages by their own page, nested', () => {
    expect(cost('{ customers(first: 200) { nodes { messages { nodes { id } } } } }')).toBe(1 + 200 * (1 + 1 + 50));
  });

  it('should charge a customer search more than the page it returns', () => {
    expect(cost('{ customers(first: 20, filter: { query: "harbor" }) { nodes { id } } }')).toBe(1 + 100 + 20);
  });
});
