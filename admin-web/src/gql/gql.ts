/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      role\n      partner {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment CustomerListRow on Customer {\n    id\n    accountNumber\n    name\n    status\n    email\n    createdAt\n    balance {\n      amount\n      currency\n    }\n  }\n": typeof types.CustomerListRowFragmentDoc,
    "\n  query CustomerList(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: CustomerFilter\n    $sortKey: CustomerSortKey!\n    $reverse: Boolean!\n  ) {\n    customers(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      filter: $filter\n      sortKey: $sortKey\n      reverse: $reverse\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        ...CustomerListRow\n      }\n    }\n  }\n": typeof types.CustomerListDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      role\n      partner {\n        id\n        name\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  fragment CustomerListRow on Customer {\n    id\n    accountNumber\n    name\n    status\n    email\n    createdAt\n    balance {\n      amount\n      currency\n    }\n  }\n": types.CustomerListRowFragmentDoc,
    "\n  query CustomerList(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: CustomerFilter\n    $sortKey: CustomerSortKey!\n    $reverse: Boolean!\n  ) {\n    customers(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      filter: $filter\n      sortKey: $sortKey\n      reverse: $reverse\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        ...CustomerListRow\n      }\n    }\n  }\n": types.CustomerListDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      role\n      partner {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      role\n      partner {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerListRow on Customer {\n    id\n    accountNumber\n    name\n    status\n    email\n    createdAt\n    balance {\n      amount\n      currency\n    }\n  }\n"): (typeof documents)["\n  fragment CustomerListRow on Customer {\n    id\n    accountNumber\n    name\n    status\n    email\n    createdAt\n    balance {\n      amount\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerList(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: CustomerFilter\n    $sortKey: CustomerSortKey!\n    $reverse: Boolean!\n  ) {\n    customers(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      filter: $filter\n      sortKey: $sortKey\n      reverse: $reverse\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        ...CustomerListRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerList(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: CustomerFilter\n    $sortKey: CustomerSortKey!\n    $reverse: Boolean!\n  ) {\n    customers(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      filter: $filter\n      sortKey: $sortKey\n      reverse: $reverse\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        ...CustomerListRow\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;