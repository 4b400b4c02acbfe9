import { graphql } from '../gql';

export type { CustomerListRowFragment } from '../gql/graphql';

/** One row of the customer list; `balance` is resolved by the billing subgraph. */
export const CustomerListRow = graphql(`
  fragment CustomerListRow on Customer {
    id
    accountNumber
    name
    status
    email
    createdAt
    balance {
      amount
      currency
    }
  }
`);

export const CustomerListQuery = graphql(`
  query CustomerList(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: CustomerFilter
    $sortKey: CustomerSortKey!
    $reverse: Boolean!
  ) {
    customers(
      first: $first
      after: $after
      last: $last
      before: $before
      filter: $filter
      sortKey: $sortKey
      reverse: $reverse
    ) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        ...CustomerListRow
      }
    }
  }
`);

export type { CustomerPageFieldsFragment, CustomerMemberRowFragment } from '../gql/graphql';

/** What the customer page's header and Overview tab show. */
export const CustomerPageFields = graphql(`
  fragment CustomerPageFields on Customer {
    id
    name
    billingName
    accountNumber
    status
    email
    phone
    country
    currency
    timezone
    pricingModel
    createdAt
    keywords
    resellerId
    reseller {
      id
      name
    }
    location {
      lines
      city
      region
      postcode
      country
      latitude
      longitude
    }
    balance {
      amount
      currency
    }
  }
`);

export const CustomerPageQuery = graphql(`
  query CustomerPage($id: ID!) {
    customer(id: $id) {
      ...CustomerPageFields
    }
  }
`);

export const CustomerMemberRow = graphql(`
  fragment CustomerMemberRow on Member {
    id
    name
    email
    phone
    role
    portalAccess
    recipientStatus
    active
    createdAt
  }
`);

export const CustomerMembersQuery = graphql(`
  query CustomerMembers($id: ID!) {
    customer(id: $id) {
      id
      members {
        ...CustomerMemberRow
      }
    }
  }
`);

/** The resellers a new customer may belong to. */
export const CustomerFormResellersQuery = graphql(`
  query CustomerFormResellers {
    resellers {
      id
      name
    }
  }
`);

export type { CustomerCreditsFragment, LedgerEntryRowFragment, MoveTargetFragment } from '../gql/graphql';

/** The amounts of the Credits tab; billing resolves them on the customer. */
export const CustomerCredits = graphql(`
  fragment CustomerCredits on Customer {
    id
    name
    currency
    balance {
      amount
      minorUnits
      currency
    }
    availableCredit {
      amount
      minorUnits
      currency
    }
    creditLimit {
      amount
      minorUnits
      currency
    }
    owed {
      amount
      minorUnits
      currency
    }
    billingAccount {
      pricingModel
      currency
      paymentTermsDays
      closeState
    }
  }
`);

export const CustomerCreditsQuery = graphql(`
  query CustomerCreditsTab($id: ID!) {
    customer(id: $id) {
      ...CustomerCredits
    }
  }
`);

export const LedgerEntryRow = graphql(`
  fragment LedgerEntryRow on LedgerEntry {
    id
    kind
    amount {
      amount
      currency
    }
    balanceAfter {
      amount
      currency
    }
    description
    reference
    createdAt
  }
`);

export const CustomerLedgerQuery = graphql(`
  query CustomerLedger($id: ID!, $first: Int!, $after: String, $filter: LedgerFilterInput) {
    customer(id: $id) {
      id
      ledger(first: $first, after: $after, filter: $filter) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...LedgerEntryRow
        }
      }
    }
  }
`);

/** A customer credits may move to: found by name or number, with its balance for the confirmation. */
export const MoveTarget = graphql(`
  fragment MoveTarget on Customer {
    id
    name
    accountNumber
    currency
    status
    balance {
      amount
      minorUnits
      currency
    }
  }
`);

export const MoveTargetsQuery = graphql(`
  query MoveTargets($query: String) {
    customers(first: 20, filter: { query: $query }, sortKey: NAME) {
      nodes {
        ...MoveTarget
      }
    }
  }
`);
