import { graphql } from '../gql';

export const InvoicePaymentRecordMutation = graphql(`
  mutation InvoicePaymentRecord($input: InvoicePaymentRecordInput!) {
    invoicePaymentRecord(input: $input) {
      payment {
        id
      }
      invoice {
        ...InvoiceDetailFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const InvoiceVoidMutation = graphql(`
  mutation InvoiceVoid($input: InvoiceVoidInput!) {
    invoiceVoid(input: $input) {
      invoice {
        ...InvoiceDetailFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const InvoiceIssueMutation = graphql(`
  mutation InvoiceIssue($input: InvoiceIssueInput!) {
    invoiceIssue(input: $input) {
      invoice {
        ...InvoiceDetailFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const CreditNoteCreateMutation = graphql(`
  mutation CreditNoteCreate($input: CreditNoteCreateInput!) {
    creditNoteCreate(input: $input) {
      creditNote {
        id
        number
      }
      invoice {
        ...InvoiceDetailFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const ServiceCreateMutation = graphql(`
  mutation ServiceCreate($input: ServiceCreateInput!) {
    serviceCreate(input: $input) {
      service {
        ...ServiceRow
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const ServiceUpdateMutation = graphql(`
  mutation ServiceUpdate($input: ServiceUpdateInput!) {
    serviceUpdate(input: $input) {
      service {
        ...ServiceRow
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const ServiceRemoveMutation = graphql(`
  mutation ServiceRemove($input: ServiceRemoveInput!) {
    serviceRemove(input: $input) {
      service {
        ...ServiceRow
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const TaxRateSetMutation = graphql(`
  mutation TaxRateSet($input: TaxRateSetInput!) {
    taxRateSet(input: $input) {
      taxRate {
        country
        rate
        reverseCharge
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const TaxRateRemoveMutation = graphql(`
  mutation TaxRateRemove($input: TaxRateRemoveInput!) {
    taxRateRemove(input: $input) {
      removedCountry
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const RecipientPriceSetMutation = graphql(`
  mutation RecipientPriceSet($input: RecipientPriceSetInput!) {
    recipientPriceSet(input: $input) {
      billingSettings {
        recipientPrice {
          amount
          currency
        }
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const FxRateSetMutation = graphql(`
  mutation FxRateSet($input: FxRateSetInput!) {
    fxRateSet(input: $input) {
      fxRate {
        baseCurrency
        quoteCurrency
        rate
        customerId
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const FxRateRemoveMutation = graphql(`
  mutation FxRateRemove($input: FxRateRemoveInput!) {
    fxRateRemove(input: $input) {
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const InvoiceSettingsUpdateMutation = graphql(`
  mutation InvoiceSettingsUpdate($input: InvoiceSettingsUpdateInput!) {
    invoiceSettingsUpdate(input: $input) {
      settings {
        prefix
        historyStart
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const QuoteCreateMutation = graphql(`
  mutation QuoteCreate($input: QuoteCreateInput!) {
    quoteCreate(input: $input) {
      quote {
        ...QuoteRow
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const QuoteSendMutation = graphql(`
  mutation QuoteSend($input: QuoteSendInput!) {
    quoteSend(input: $input) {
      quote {
        ...QuoteRow
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const QuoteAcceptMutation = graphql(`
  mutation QuoteAccept($input: QuoteAcceptInput!) {
    quoteAccept(input: $input) {
      quote {
        ...QuoteRow
      }
      invoiceId
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const QuoteDeclineMutation = graphql(`
  mutation QuoteDecline($input: QuoteDeclineInput!) {
    quoteDecline(input: $input) {
      quote {
        ...QuoteRow
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const InvoiceHeaderUpdateMutation = graphql(`
  mutation InvoiceHeaderUpdate($input: InvoiceHeaderUpdateInput!) {
    invoiceHeaderUpdate(input: $input) {
      invoiceHeader {
        legalName
        addressLines
        taxId
        logo {
          contentType
        }
        updatedAt
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
