import { graphql } from '../gql';

export type { CustomerListRowFragment } from '../gql/graphql';

/**
 * One row of the customer list. Billing resolves `balance` and `owed` through the gateway, and tags
 * and the reseller take a query of their own: each is asked for only while its column is shown (the
 * defaults are the default columns'). No `pricingModel` here: billing's field `@requires` a field of
 * accounts, and the gateway's planner, given it under a false `@include`, drops every other billing
 * field of the row with it (balance came back null).
 */
export const CustomerListRow = graphql(`
  fragment CustomerListRow on Customer {
    id
    accountNumber
    name
    status
    email
    phone
    country
    currency
    createdAt
    tags @include(if: $withTags)
    reseller @include(if: $withReseller) {
      id
      name
    }
    balance @include(if: $withBalance) {
      amount
      currency
    }
    owed @include(if: $withOwed) {
      amount
      currency
    }
  }
`);

/** A page of the customer list: keyset cursors, `after` the last row loaded as the operator scrolls. */
export const CustomerListQuery = graphql(`
  query CustomerList(
    $first: Int
    $after: String
    $filter: CustomerFilter
    $sortKey: CustomerSortKey!
    $reverse: Boolean!
    $withBalance: Boolean! = true
    $withOwed: Boolean! = false
    $withTags: Boolean! = false
    $withReseller: Boolean! = false
  ) {
    customers(first: $first, after: $after, filter: $filter, sortKey: $sortKey, reverse: $reverse) {
      totalCount
      totalCountPrecision
      pageInfo {
        hasNextPage
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
    closedAt
    erasedAt
    scheduledCancellation {
      id
      mode
      effectiveAt
      reason
    }
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
      suspendForLatePayment
    }
    fxRates {
      baseCurrency
      quoteCurrency
      rate
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

export type {
  CustomerNoteRowFragment,
  ActivityEntryRowFragment,
  ActorFieldsFragment,
  CustomerTagCountRowFragment,
} from '../gql/graphql';

export const ActorFields = graphql(`
  fragment ActorFields on Actor {
    kind
    id
    name
  }
`);

export const CustomerNoteRow = graphql(`
  fragment CustomerNoteRow on CustomerNote {
    id
    body
    author {
      ...ActorFields
    }
    createdAt
    updatedAt
  }
`);

/** The Notes tab: newest first, a page at a time. */
export const CustomerNotesQuery = graphql(`
  query CustomerNotes($id: ID!, $first: Int!, $after: String) {
    customer(id: $id) {
      id
      notes(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...CustomerNoteRow
        }
      }
    }
  }
`);

export const CustomerTagCountRow = graphql(`
  fragment CustomerTagCountRow on CustomerTagCount {
    tag
    customerCount
  }
`);

/** The Tags tab: the customer's tags, and the partner's tags in use as suggestions. */
export const CustomerTagsQuery = graphql(`
  query CustomerTags($id: ID!) {
    customer(id: $id) {
      id
      tags
    }
    customerTags {
      ...CustomerTagCountRow
    }
  }
`);

export const ActivityEntryRow = graphql(`
  fragment ActivityEntryRow on ActivityEntry {
    id
    occurredAt
    action
    actor {
      ...ActorFields
    }
    impersonator {
      ...ActorFields
    }
    targetType
    targetId
    changes {
      field
      from
      to
    }
    reason
  }
`);

/** The Activity tab: the customer's audit trail, newest first, a page at a time. */
export const CustomerActivityQuery = graphql(`
  query CustomerActivity($id: ID!, $first: Int!, $after: String) {
    customer(id: $id) {
      id
      activity(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...ActivityEntryRow
        }
      }
    }
  }
`);
