import { graphql } from '../gql';

export type {
  InvoiceDetailFieldsFragment,
  InvoiceRowFragment,
  ServiceRowFragment,
  QuoteRowFragment,
  PartnerBillingSettingsQuery as PartnerBillingSettings,
} from '../gql/graphql';

/** One invoice in a list: the global page and the customer's Invoices tab. */
export const InvoiceRow = graphql(`
  fragment InvoiceRow on Invoice {
    id
    number
    kind
    status
    currency
    issueDate
    dueDate
    createdAt
    total {
      amount
      currency
    }
    amountDue {
      amount
      currency
    }
    customer {
      id
      name
    }
  }
`);

export const InvoiceListQuery = graphql(`
  query InvoiceList($first: Int, $after: String, $filter: InvoiceFilterInput) {
    invoices(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...InvoiceRow
      }
    }
  }
`);

export const CustomerInvoicesQuery = graphql(`
  query CustomerInvoices($id: ID!, $first: Int, $after: String) {
    customer(id: $id) {
      id
      invoices(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...InvoiceRow
        }
      }
    }
  }
`);

/** Everything the invoice page shows. */
export const InvoiceDetailFields = graphql(`
  fragment InvoiceDetailFields on Invoice {
    ...InvoiceRow
    source
    periodStart
    periodEnd
    reverseCharge
    voidReason
    subtotal {
      amount
      currency
      minorUnits
    }
    tax {
      amount
      currency
    }
    paid {
      amount
      currency
    }
    credited {
      amount
      currency
    }
    amountDue {
      minorUnits
    }
    fx {
      rate
      baseCurrency
      source
    }
    billTo {
      name
      accountNumber
      email
      country
      addressLines
      city
      region
      postcode
    }
    lines {
      position
      kind
      description
      quantity
      unitPrice {
        amount
        currency
        minorUnits
      }
      amount {
        amount
        currency
      }
      taxRate
      tax {
        amount
        currency
      }
    }
    payments {
      id
      amount {
        amount
        currency
      }
      excess {
        amount
        currency
        minorUnits
      }
      method
      reference
      paidOn
    }
    correctsInvoiceId
    creditNotes {
      id
      number
      status
      total {
        amount
        currency
      }
    }
  }
`);

export const InvoiceDetailQuery = graphql(`
  query InvoiceDetail($id: ID!) {
    invoice(id: $id) {
      ...InvoiceDetailFields
    }
  }
`);

export const ServiceRow = graphql(`
  fragment ServiceRow on Service {
    id
    description
    unitPrice {
      amount
      currency
      minorUnits
    }
    quantity
    period
    startDate
    endDate
  }
`);

export const CustomerServicesQuery = graphql(`
  query CustomerServices($id: ID!) {
    customer(id: $id) {
      id
      currency
      services {
        ...ServiceRow
      }
    }
  }
`);

export const PartnerBillingSettingsQuery = graphql(`
  query PartnerBillingSettings {
    billingSettings {
      taxRates {
        country
        rate
        reverseCharge
      }
      recipientPrice {
        amount
        currency
      }
      fxRates {
        baseCurrency
        quoteCurrency
        rate
        customerId
      }
    }
    invoiceSettings {
      prefix
      historyStart
    }
    invoiceHeader {
      legalName
      addressLines
      taxId
      logo {
        contentType
      }
      updatedAt
    }
  }
`);

/** One quote in the customer's Quotes tab, with its lines. */
export const QuoteRow = graphql(`
  fragment QuoteRow on Quote {
    id
    status
    currency
    validUntil
    createdAt
    sentAt
    decidedAt
    invoiceId
    declineReason
    total {
      amount
      currency
    }
    lines {
      position
      description
      quantity
      amountMinor
      taxRatePpm
    }
  }
`);

export const CustomerQuotesQuery = graphql(`
  query CustomerQuotes($id: ID!, $first: Int, $after: String, $statuses: [QuoteStatus!]) {
    customer(id: $id) {
      id
      quotes(first: $first, after: $after, statuses: $statuses) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...QuoteRow
        }
      }
    }
  }
`);
