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
    "\n  mutation AuditTrailPartnerCreate($input: PartnerCreateInput!) {\n    partnerCreate(input: $input) {\n      partner {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AuditTrailPartnerCreateDocument,
    "\n  mutation AuditTrailResellerCreate($input: ResellerCreateInput!) {\n    resellerCreate(input: $input) {\n      reseller {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AuditTrailResellerCreateDocument,
    "\n  mutation AuditTrailApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      apiKey {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AuditTrailApiKeyCreateDocument,
    "\n  mutation AuditTrailApiKeyRevoke($input: ApiKeyRevokeInput!) {\n    apiKeyRevoke(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AuditTrailApiKeyRevokeDocument,
    "\n  mutation AuditTrailOperatorInvite($input: OperatorInviteInput!) {\n    operatorInvite(input: $input) {\n      operator {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AuditTrailOperatorInviteDocument,
    "\n  mutation AuditTrailOperatorUpdate($input: OperatorUpdateInput!) {\n    operatorUpdate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AuditTrailOperatorUpdateDocument,
    "\n  mutation AuditTrailOperatorDeactivate($input: OperatorDeactivateInput!) {\n    operatorDeactivate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AuditTrailOperatorDeactivateDocument,
    "\n  mutation AuditTrailMemberInvitationCreate($input: MemberInvitationCreateInput!) {\n    memberInvitationCreate(input: $input) {\n      invitation {\n        url\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AuditTrailMemberInvitationCreateDocument,
    "\n  mutation AuditTrailImpersonate($input: CustomerImpersonateInput!) {\n    customerImpersonate(input: $input) {\n      session {\n        accessToken\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AuditTrailImpersonateDocument,
    "\n  mutation AuditTrailPortalAccountUpdate($input: PortalAccountUpdateInput!) {\n    portalAccountUpdate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AuditTrailPortalAccountUpdateDocument,
    "\n  mutation AuditTrailPortalPasswordChange($input: PortalPasswordChangeInput!) {\n    portalPasswordChange(input: $input) {\n      changed\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AuditTrailPortalPasswordChangeDocument,
    "\n  query AuditTrailViewerId {\n    viewer {\n      id\n    }\n  }\n": typeof types.AuditTrailViewerIdDocument,
    "\n  query BillingRoleViewer {\n    viewer {\n      role\n      permissions\n    }\n  }\n": typeof types.BillingRoleViewerDocument,
    "\n  query BillingRoleReads($id: ID!) {\n    customers(first: 5) {\n      totalCount\n    }\n    customer(id: $id) {\n      id\n      balance {\n        minorUnits\n      }\n      messages(first: 1) {\n        totalCount\n      }\n    }\n    operators(first: 5) {\n      totalCount\n    }\n  }\n": typeof types.BillingRoleReadsDocument,
    "\n  query BillingRoleApiKeys {\n    apiKeys {\n      totalCount\n    }\n  }\n": typeof types.BillingRoleApiKeysDocument,
    "\n  query BillingRoleAuditLog {\n    auditLog {\n      totalCount\n    }\n  }\n": typeof types.BillingRoleAuditLogDocument,
    "\n  mutation BillingRoleCustomerCreate {\n    customerCreate(input: { name: \"Not for billing\", country: \"GB\", currency: \"GBP\" }) {\n      customer {\n        id\n      }\n    }\n  }\n": typeof types.BillingRoleCustomerCreateDocument,
    "\n  mutation BillingRoleImpersonate($input: CustomerImpersonateInput!) {\n    customerImpersonate(input: $input) {\n      session {\n        accessToken\n      }\n    }\n  }\n": typeof types.BillingRoleImpersonateDocument,
    "\n  mutation BillingRoleOperatorInvite($input: OperatorInviteInput!) {\n    operatorInvite(input: $input) {\n      operator {\n        id\n      }\n    }\n  }\n": typeof types.BillingRoleOperatorInviteDocument,
    "\n  mutation BillingRoleApiKeyCreate {\n    apiKeyCreate(input: { name: \"Not for billing\", scopes: [BILLING_READ] }) {\n      secret\n    }\n  }\n": typeof types.BillingRoleApiKeyCreateDocument,
    "\n  mutation IdentityOperatorInvite($input: OperatorInviteInput!) {\n    operatorInvite(input: $input) {\n      operator {\n        id\n        status\n      }\n      invitation {\n        url\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": typeof types.IdentityOperatorInviteDocument,
    "\n  query IdentityViewerId {\n    viewer {\n      id\n    }\n  }\n": typeof types.IdentityViewerIdDocument,
    "\n  mutation IdentityOperatorDeactivateErrors($id: ID!) {\n    operatorDeactivate(input: { id: $id }) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.IdentityOperatorDeactivateErrorsDocument,
    "\n  mutation IdentityOperatorDeactivate($id: ID!) {\n    operatorDeactivate(input: { id: $id }) {\n      operator {\n        status\n      }\n    }\n  }\n": typeof types.IdentityOperatorDeactivateDocument,
    "\n  mutation IdentityOperatorMakeReadOnly($id: ID!) {\n    operatorUpdate(input: { id: $id, role: READ_ONLY }) {\n      operator {\n        role\n      }\n    }\n  }\n": typeof types.IdentityOperatorMakeReadOnlyDocument,
    "\n  query IdentityKeyCustomerRead($id: ID!) {\n    customer(id: $id) {\n      id\n      balance {\n        amount\n      }\n    }\n  }\n": typeof types.IdentityKeyCustomerReadDocument,
    "\n  mutation IdentityKeyCustomerCreate {\n    customerCreate(input: { name: \"x\", country: \"GB\", currency: \"GBP\" }) {\n      customer {\n        id\n      }\n    }\n  }\n": typeof types.IdentityKeyCustomerCreateDocument,
    "\n  query IdentityApiKeys {\n    apiKeys {\n      nodes {\n        id\n        prefix\n        lastUsedAt\n      }\n    }\n  }\n": typeof types.IdentityApiKeysDocument,
    "\n  mutation IdentityApiKeyRevoke($id: ID!) {\n    apiKeyRevoke(input: { id: $id }) {\n      apiKey {\n        revokedAt\n      }\n    }\n  }\n": typeof types.IdentityApiKeyRevokeDocument,
    "\n  query IdentityCustomerCount {\n    customers {\n      totalCount\n    }\n  }\n": typeof types.IdentityCustomerCountDocument,
    "\n  query IdentityCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n    }\n  }\n": typeof types.IdentityCustomerDocument,
    "\n  mutation IdentityPartnerCreate($input: PartnerCreateInput!) {\n    partnerCreate(input: $input) {\n      partner {\n        id\n      }\n      ownerInvitation {\n        url\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.IdentityPartnerCreateDocument,
    "\n  mutation IdentityMemberInvitationCreate($id: ID!) {\n    memberInvitationCreate(input: { memberId: $id }) {\n      invitation {\n        url\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.IdentityMemberInvitationCreateDocument,
    "\n  query IdentityPortalViewer {\n    portalViewer {\n      customer {\n        id\n      }\n      member {\n        id\n      }\n      impersonator {\n        id\n      }\n    }\n  }\n": typeof types.IdentityPortalViewerDocument,
    "\n  mutation ImpersonationStart($input: CustomerImpersonateInput!) {\n    customerImpersonate(input: $input) {\n      session {\n        accessToken\n        expiresAt\n        customer {\n          id\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ImpersonationStartDocument,
    "\n  query ImpersonationPortalSession {\n    portalViewer {\n      customer {\n        id\n        name\n      }\n      member {\n        id\n      }\n      impersonator {\n        email\n      }\n    }\n    customers {\n      totalCount\n    }\n  }\n": typeof types.ImpersonationPortalSessionDocument,
    "\n  query ImpersonationCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n    }\n  }\n": typeof types.ImpersonationCustomerDocument,
    "\n  mutation ImpersonationPortalAccountUpdate {\n    portalAccountUpdate(input: { phone: \"+447700900123\", timezone: \"Europe/London\" }) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ImpersonationPortalAccountUpdateDocument,
    "\n  query ImpersonationPortalExpiresAt {\n    portalViewer {\n      expiresAt\n    }\n  }\n": typeof types.ImpersonationPortalExpiresAtDocument,
    "\n  query ImpersonationViewerId {\n    viewer {\n      id\n    }\n  }\n": typeof types.ImpersonationViewerIdDocument,
    "\n  mutation ImpersonationPortalPasswordChange {\n    portalPasswordChange(input: { currentPassword: \"x\", newPassword: \"a new long password\" }) {\n      changed\n    }\n  }\n": typeof types.ImpersonationPortalPasswordChangeDocument,
    "\n  mutation ImpersonationApiKeyCreate {\n    apiKeyCreate(input: { name: \"k\", scopes: [CUSTOMERS_READ] }) {\n      secret\n    }\n  }\n": typeof types.ImpersonationApiKeyCreateDocument,
    "\n  query RefreshGraceViewer {\n    viewer {\n      id\n    }\n  }\n": typeof types.RefreshGraceViewerDocument,
    "\n  mutation SessionBindingImpersonate($input: CustomerImpersonateInput!) {\n    customerImpersonate(input: $input) {\n      session {\n        accessToken\n      }\n    }\n  }\n": typeof types.SessionBindingImpersonateDocument,
    "\n  query SignInViewer {\n    viewer {\n      id\n      email\n    }\n  }\n": typeof types.SignInViewerDocument,
    "\n  mutation ThrottleOperatorInvite($input: OperatorInviteInput!) {\n    operatorInvite(input: $input) {\n      invitation {\n        url\n      }\n    }\n  }\n": typeof types.ThrottleOperatorInviteDocument,
    "\n  mutation ThrottleMemberInvitation($id: ID!) {\n    memberInvitationCreate(input: { memberId: $id }) {\n      invitation {\n        url\n      }\n    }\n  }\n": typeof types.ThrottleMemberInvitationDocument,
    "\n  mutation ThrottlePasswordChange($input: PortalPasswordChangeInput!) {\n    portalPasswordChange(input: $input) {\n      changed\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ThrottlePasswordChangeDocument,
    "\n  mutation ThrottleImpersonate($input: CustomerImpersonateInput!) {\n    customerImpersonate(input: $input) {\n      session {\n        accessToken\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ThrottleImpersonateDocument,
    "\n  query ThrottleViewerId {\n    viewer {\n      id\n    }\n  }\n": typeof types.ThrottleViewerIdDocument,
    "\n  mutation TokenAttacksImpersonate($input: CustomerImpersonateInput!) {\n    customerImpersonate(input: $input) {\n      session {\n        accessToken\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TokenAttacksImpersonateDocument,
    "\n  mutation BankMove($input: CreditsMoveInput!) {\n    creditsMove(input: $input) {\n      fromEntry {\n        id\n      }\n      toEntry {\n        id\n      }\n      replayed\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.BankMoveDocument,
    "\n  mutation BankAccountUpdate($input: BillingAccountUpdateInput!) {\n    billingAccountUpdate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.BankAccountUpdateDocument,
    "\n  mutation CloseGuardAdd($input: CreditsAddInput!) {\n    creditsAdd(input: $input) {\n      entry {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CloseGuardAddDocument,
    "\n  mutation CloseGuardWithdraw($input: CreditsWithdrawInput!) {\n    creditsWithdraw(input: $input) {\n      entry {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.CloseGuardWithdrawDocument,
    "\n  query CloseGuardState($id: ID!) {\n    customer(id: $id) {\n      billingAccount {\n        closeState\n      }\n    }\n  }\n": typeof types.CloseGuardStateDocument,
    "\n  query CreditsBalances($id: ID!) {\n    customer(id: $id) {\n      id\n      balance {\n        amount\n        minorUnits\n        currency\n      }\n      availableCredit {\n        minorUnits\n      }\n      creditLimit {\n        minorUnits\n      }\n      owed {\n        minorUnits\n      }\n      billingAccount {\n        pricingModel\n        currency\n        paymentTermsDays\n        closeState\n      }\n    }\n  }\n": typeof types.CreditsBalancesDocument,
    "\n  query CreditsLedger($id: ID!, $filter: LedgerFilterInput, $first: Int, $after: String) {\n    customer(id: $id) {\n      ledger(filter: $filter, first: $first, after: $after) {\n        totalCount\n        nodes {\n          id\n          kind\n          amount {\n            minorUnits\n          }\n          balanceAfter {\n            minorUnits\n          }\n          description\n          reference\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.CreditsLedgerDocument,
    "\n  mutation CreditsAdd($input: CreditsAddInput!) {\n    creditsAdd(input: $input) {\n      entry {\n        id\n        kind\n        amount {\n          amount\n          minorUnits\n        }\n        balanceAfter {\n          minorUnits\n        }\n        reference\n      }\n      customer {\n        id\n        balance {\n          minorUnits\n        }\n      }\n      replayed\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CreditsAddDocument,
    "\n  mutation CreditsWithdraw($input: CreditsWithdrawInput!) {\n    creditsWithdraw(input: $input) {\n      entry {\n        id\n        kind\n        amount {\n          minorUnits\n        }\n        balanceAfter {\n          minorUnits\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CreditsWithdrawDocument,
    "\n  mutation CreditsAdjust($input: CreditsAdjustInput!) {\n    creditsAdjust(input: $input) {\n      entry {\n        id\n        kind\n        description\n        amount {\n          minorUnits\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CreditsAdjustDocument,
    "\n  mutation CreditsMove($input: CreditsMoveInput!) {\n    creditsMove(input: $input) {\n      fromEntry {\n        id\n        kind\n        amount {\n          minorUnits\n        }\n        balanceAfter {\n          minorUnits\n        }\n      }\n      toEntry {\n        id\n        kind\n        amount {\n          minorUnits\n        }\n        balanceAfter {\n          minorUnits\n        }\n      }\n      fromCustomer {\n        id\n      }\n      toCustomer {\n        id\n      }\n      replayed\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CreditsMoveDocument,
    "\n  mutation CreditsBillingAccountUpdate($input: BillingAccountUpdateInput!) {\n    billingAccountUpdate(input: $input) {\n      billingAccount {\n        pricingModel\n        paymentTermsDays\n      }\n      customer {\n        creditLimit {\n          minorUnits\n        }\n        availableCredit {\n          minorUnits\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CreditsBillingAccountUpdateDocument,
    "\n  mutation CreditsPricingCustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n        pricingModel\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.CreditsPricingCustomerCreateDocument,
    "\n  query CreditsPricing($id: ID!) {\n    customer(id: $id) {\n      pricingModel\n      billingAccount {\n        pricingModel\n      }\n    }\n  }\n": typeof types.CreditsPricingDocument,
    "\n  mutation CreditsImpersonate($input: CustomerImpersonateInput!) {\n    customerImpersonate(input: $input) {\n      session {\n        accessToken\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.CreditsImpersonateDocument,
    "\n  mutation IdempotencyAdd($input: CreditsAddInput!) {\n    creditsAdd(input: $input) {\n      entry {\n        id\n        balanceAfter {\n          minorUnits\n        }\n      }\n      replayed\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.IdempotencyAddDocument,
    "\n  mutation IdempotencyWithdraw($input: CreditsWithdrawInput!) {\n    creditsWithdraw(input: $input) {\n      entry {\n        id\n      }\n      replayed\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": typeof types.IdempotencyWithdrawDocument,
    "\n  mutation IdempotencyMove($input: CreditsMoveInput!) {\n    creditsMove(input: $input) {\n      fromEntry {\n        id\n        balanceAfter {\n          minorUnits\n        }\n      }\n      toEntry {\n        id\n        balanceAfter {\n          minorUnits\n        }\n      }\n      replayed\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": typeof types.IdempotencyMoveDocument,
    "\n  mutation LedgerSupportAdd($input: CreditsAddInput!) {\n    creditsAdd(input: $input) {\n      entry {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.LedgerSupportAddDocument,
    "\n  mutation CustomerBulkTestTagsAdd($input: CustomerTagsAddInput!) {\n    customerTagsAdd(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CustomerBulkTestTagsAddDocument,
    "\n  query CustomerBulkTestTagged($filter: CustomerFilter) {\n    customers(filter: $filter, first: 200) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CustomerBulkTestTaggedDocument,
    "\n  query LifecycleBrowserStatus($id: ID!) {\n    customer(id: $id) {\n      name\n      email\n      erasedAt\n      status\n      accountNumber\n      scheduledCancellation {\n        effectiveAt\n      }\n      statusChanges {\n        transition\n        reason\n      }\n    }\n  }\n": typeof types.LifecycleBrowserStatusDocument,
    "\n  mutation CustomerListTestTagsAdd($input: CustomerTagsAddInput!) {\n    customerTagsAdd(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CustomerListTestTagsAddDocument,
    "\n  query NotesTagsBrowserRead($id: ID!) {\n    customer(id: $id) {\n      tags\n      notes {\n        nodes {\n          body\n        }\n      }\n    }\n  }\n": typeof types.NotesTagsBrowserReadDocument,
    "\n  mutation NotesTagsBrowserTag($input: CustomerTagsAddInput!) {\n    customerTagsAdd(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.NotesTagsBrowserTagDocument,
    "\n  mutation NotesTagsBrowserUntag($input: CustomerTagsRemoveInput!) {\n    customerTagsRemove(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.NotesTagsBrowserUntagDocument,
    "\n  mutation NotesTagsBrowserNote($input: CustomerNoteCreateInput!) {\n    customerNoteCreate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.NotesTagsBrowserNoteDocument,
    "\n  query NotesTagsBrowserActivityCount($id: ID!) {\n    customer(id: $id) {\n      activity(first: 1) {\n        totalCount\n      }\n    }\n  }\n": typeof types.NotesTagsBrowserActivityCountDocument,
    "\n  mutation BrowserInvoiceCreate($input: InvoiceCreateInput!) {\n    invoiceCreate(input: $input) {\n      invoice {\n        id\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": typeof types.BrowserInvoiceCreateDocument,
    "\n  mutation BrowserInvoiceIssue($input: InvoiceIssueInput!) {\n    invoiceIssue(input: $input) {\n      invoice {\n        id\n        number\n        issueDate\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": typeof types.BrowserInvoiceIssueDocument,
    "\n  query LogInAsPortalExpiresAt {\n    portalViewer {\n      expiresAt\n    }\n  }\n": typeof types.LogInAsPortalExpiresAtDocument,
    "\n  query BrowserLowCreditReminder($id: ID!) {\n    customer(id: $id) {\n      lowCreditReminder {\n        enabled\n        thresholdMinor\n        recipients\n      }\n    }\n  }\n": typeof types.BrowserLowCreditReminderDocument,
    "\n  mutation BrowserMemberInvitation($input: MemberInvitationCreateInput!) {\n    memberInvitationCreate(input: $input) {\n      invitation {\n        url\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n": typeof types.BrowserMemberInvitationDocument,
    "\n  mutation BrowserQuoteCreate($input: QuoteCreateInput!) {\n    quoteCreate(input: $input) {\n      quote {\n        id\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": typeof types.BrowserQuoteCreateDocument,
    "\n  mutation BrowserQuoteSend($input: QuoteSendInput!) {\n    quoteSend(input: $input) {\n      quote {\n        id\n        status\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": typeof types.BrowserQuoteSendDocument,
    "\n  query BrowserCustomerQuotes($id: ID!) {\n    customer(id: $id) {\n      id\n      quotes {\n        nodes {\n          id\n          status\n          invoiceId\n          declineReason\n          total {\n            minorUnits\n          }\n        }\n      }\n    }\n  }\n": typeof types.BrowserCustomerQuotesDocument,
    "\n  query BrowserQuoteInvoice($id: ID!) {\n    invoice(id: $id) {\n      id\n      status\n      number\n      customer {\n        id\n      }\n      lines {\n        position\n        description\n        quantity\n        unitPrice {\n          minorUnits\n        }\n        taxRate\n        amount {\n          minorUnits\n        }\n      }\n      subtotal {\n        minorUnits\n      }\n      tax {\n        minorUnits\n      }\n      total {\n        minorUnits\n        currency\n      }\n    }\n  }\n": typeof types.BrowserQuoteInvoiceDocument,
    "\n  query BrowserInvoiceHeader {\n    invoiceHeader {\n      legalName\n      addressLines\n      taxId\n      logo {\n        contentType\n      }\n    }\n  }\n": typeof types.BrowserInvoiceHeaderDocument,
    "\n  mutation BrowserWebhookEndpointCreate($input: WebhookEndpointCreateInput!) {\n    webhookEndpointCreate(input: $input) {\n      webhookEndpoint {\n        id\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n": typeof types.BrowserWebhookEndpointCreateDocument,
    "\n  mutation BrowserCustomerRename($input: CustomerUpdateInput!) {\n    customerUpdate(input: $input) {\n      userErrors {\n        message\n      }\n    }\n  }\n": typeof types.BrowserCustomerRenameDocument,
    "\n  query BrowserWebhookDeliveryCount($id: ID!) {\n    webhookEndpoint(id: $id) {\n      deliveries(first: 1, filter: { status: SUCCEEDED }) {\n        totalCount\n      }\n    }\n  }\n": typeof types.BrowserWebhookDeliveryCountDocument,
    "\n  mutation AccountNumberChange($input: CustomerAccountNumberChangeInput!) {\n    customerAccountNumberChange(input: $input) {\n      customer {\n        id\n        accountNumber\n      }\n      swappedWith {\n        id\n        accountNumber\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccountNumberChangeDocument,
    "\n  query AccountNumberHistory($id: ID!) {\n    customer(id: $id) {\n      accountNumber\n      accountNumberHistory {\n        accountNumber\n        current\n        assignedAt\n        releasedAt\n      }\n    }\n  }\n": typeof types.AccountNumberHistoryDocument,
    "\n  query AccountNumberSearch($query: String!) {\n    customers(first: 10, filter: { query: $query }) {\n      nodes {\n        id\n        accountNumber\n        matchedFormerAccountNumber\n      }\n    }\n  }\n": typeof types.AccountNumberSearchDocument,
    "\n  query AccountNumberActivity($customerId: ID!) {\n    auditLog(first: 50, filter: { customerId: $customerId, action: \"customer.account-number-changed\" }) {\n      nodes {\n        details\n      }\n    }\n  }\n": typeof types.AccountNumberActivityDocument,
    "\n  query ActivityOfCustomer($id: ID!, $first: Int, $after: String) {\n    customer(id: $id) {\n      activity(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          action\n          occurredAt\n          targetType\n          targetId\n          actor {\n            kind\n            id\n            name\n          }\n          impersonator {\n            kind\n            id\n            name\n          }\n          changes {\n            field\n            from\n            to\n          }\n        }\n      }\n    }\n  }\n": typeof types.ActivityOfCustomerDocument,
    "\n  mutation ActivityMemberCreate($input: MemberCreateInput!) {\n    memberCreate(input: $input) {\n      member {\n        id\n      }\n    }\n  }\n": typeof types.ActivityMemberCreateDocument,
    "\n  mutation ActivityMemberUpdate($input: MemberUpdateInput!) {\n    memberUpdate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ActivityMemberUpdateDocument,
    "\n  mutation ActivityNoteCreate($input: CustomerNoteCreateInput!) {\n    customerNoteCreate(input: $input) {\n      note {\n        id\n      }\n    }\n  }\n": typeof types.ActivityNoteCreateDocument,
    "\n  mutation ActivityTagsAdd($input: CustomerTagsAddInput!) {\n    customerTagsAdd(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ActivityTagsAddDocument,
    "\n  mutation ActivityImpersonate($input: CustomerImpersonateInput!) {\n    customerImpersonate(input: $input) {\n      session {\n        accessToken\n      }\n    }\n  }\n": typeof types.ActivityImpersonateDocument,
    "\n  mutation ActivityPortalAccountUpdate($input: PortalAccountUpdateInput!) {\n    portalAccountUpdate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ActivityPortalAccountUpdateDocument,
    "\n  query ActivityViewer {\n    viewer {\n      id\n      name\n    }\n  }\n": typeof types.ActivityViewerDocument,
    "\n  mutation BulkMessageAction($input: CustomersBulkActionInput!) {\n    customersBulkAction(input: $input) {\n      bulkOperation {\n        id\n        action\n        status\n        total\n        processed\n        changed\n        skipped\n        canUndo\n        messageBatchId\n        skippedReasons {\n          reason\n          count\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.BulkMessageActionDocument,
    "\n  query BulkMessageOutcomes($id: ID!, $outcome: CustomerBulkOutcomeKind) {\n    customerBulkOperation(id: $id) {\n      id\n      messageBatchId\n      outcomes(first: 50, outcome: $outcome) {\n        totalCount\n        nodes {\n          outcome\n          reason\n          customer {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.BulkMessageOutcomesDocument,
    "\n  mutation BulkMessageUndo($input: CustomerBulkOperationUndoInput!) {\n    customerBulkOperationUndo(input: $input) {\n      bulkOperation {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.BulkMessageUndoDocument,
    "\n  mutation BulkMessageTagsAdd($input: CustomerTagsAddInput!) {\n    customerTagsAdd(input: $input) {\n      userErrors {\n        message\n      }\n    }\n  }\n": typeof types.BulkMessageTagsAddDocument,
    "\n  mutation BulkMessageCreditsAdd($input: CreditsAddInput!) {\n    creditsAdd(input: $input) {\n      userErrors {\n        message\n      }\n    }\n  }\n": typeof types.BulkMessageCreditsAddDocument,
    "\n  query BulkMessageFilteredIds($filter: CustomerFilter) {\n    customers(filter: $filter, first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.BulkMessageFilteredIdsDocument,
    "\n  mutation ClosingClose($input: CustomerCloseInput!) {\n    customerClose(input: $input) {\n      customer {\n        id\n        status\n        closedAt\n      }\n      closeBlockers {\n        balance {\n          minorUnits\n          currency\n        }\n        owed {\n          minorUnits\n          currency\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ClosingCloseDocument,
    "\n  mutation ClosingRestore($input: CustomerRestoreInput!) {\n    customerRestore(input: $input) {\n      customer {\n        id\n        status\n        closedAt\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ClosingRestoreDocument,
    "\n  mutation ClosingErase($input: CustomerEraseInput!) {\n    customerErase(input: $input) {\n      customer {\n        id\n        name\n        billingName\n        email\n        phone\n        keywords\n        location {\n          city\n        }\n        accountNumber\n        status\n        erasedAt\n        members {\n          name\n          email\n          phone\n        }\n        notes {\n          nodes {\n            body\n          }\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ClosingEraseDocument,
    "\n  mutation ClosingNote($input: CustomerNoteCreateInput!) {\n    customerNoteCreate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ClosingNoteDocument,
    "\n  mutation ClosingDeactivate($input: CustomerDeactivateInput!) {\n    customerDeactivate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ClosingDeactivateDocument,
    "\n  mutation ClosingDetails($input: CustomerUpdateInput!) {\n    customerUpdate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ClosingDetailsDocument,
    "\n  query ClosingList($status: [CustomerStatus!]) {\n    customers(first: 50, filter: { status: $status }) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.ClosingListDocument,
    "\n  mutation ClosingCreditsAdd($input: CreditsAddInput!) {\n    creditsAdd(input: $input) {\n      entry {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ClosingCreditsAddDocument,
    "\n  query ClosingBalance($id: ID!) {\n    customer(id: $id) {\n      status\n      balance {\n        minorUnits\n      }\n    }\n  }\n": typeof types.ClosingBalanceDocument,
    "\n  mutation CustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n        name\n        billingName\n        accountNumber\n        status\n        country\n        currency\n        timezone\n        pricingModel\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CustomerCreateDocument,
    "\n  query CustomersPage(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $sortKey: CustomerSortKey\n    $reverse: Boolean\n    $filter: CustomerFilter\n  ) {\n    customers(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      sortKey: $sortKey\n      reverse: $reverse\n      filter: $filter\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        name\n        accountNumber\n      }\n    }\n  }\n": typeof types.CustomersPageDocument,
    "\n  mutation CustomerDetailsCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n        name\n        billingName\n        phone\n        country\n        currency\n        timezone\n        keywords\n        resellerId\n        location {\n          lines\n          city\n          region\n          postcode\n          country\n          latitude\n          longitude\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CustomerDetailsCreateDocument,
    "\n  mutation CustomerDetailsUpdate($input: CustomerUpdateInput!) {\n    customerUpdate(input: $input) {\n      customer {\n        id\n        name\n        billingName\n        email\n        phone\n        country\n        currency\n        timezone\n        pricingModel\n        keywords\n        resellerId\n        reseller {\n          id\n          name\n        }\n        location {\n          lines\n          city\n          country\n          latitude\n          longitude\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CustomerDetailsUpdateDocument,
    "\n  query CustomerDetailsActivity($customerId: ID!) {\n    auditLog(first: 50, filter: { customerId: $customerId }) {\n      nodes {\n        action\n        actorKind\n        details\n      }\n    }\n  }\n": typeof types.CustomerDetailsActivityDocument,
    "\n  query CustomerDetailsSearch($query: String!) {\n    customers(first: 10, filter: { query: $query }) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.CustomerDetailsSearchDocument,
    "\n  query CustomerMessages($id: ID!, $first: Int, $after: String) {\n    customer(id: $id) {\n      messages(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          channel\n          recipient\n          subject\n          body\n          status\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.CustomerMessagesDocument,
    "\n  mutation ExportStart($input: CustomerExportStartInput!) {\n    customerExportStart(input: $input) {\n      export {\n        id\n        status\n        columns\n        fileName\n        downloadUrl\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ExportStartDocument,
    "\n  query ExportProgress($id: ID!) {\n    customerExport(id: $id) {\n      id\n      status\n      total\n      rowsWritten\n      fileName\n      downloadUrl\n      error\n      createdAt\n      finishedAt\n      expiresAt\n    }\n  }\n": typeof types.ExportProgressDocument,
    "\n  query ExportList {\n    customerExports(first: 10) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.ExportListDocument,
    "\n  query ListReferencePage(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $sortKey: CustomerSortKey\n    $reverse: Boolean\n    $filter: CustomerFilter\n  ) {\n    customers(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      sortKey: $sortKey\n      reverse: $reverse\n      filter: $filter\n    ) {\n      totalCount\n      totalCountPrecision\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.ListReferencePageDocument,
    "\n  query ListSearch($filter: CustomerFilter, $sortKey: CustomerSortKey, $first: Int, $after: String) {\n    customers(filter: $filter, sortKey: $sortKey, first: $first, after: $after) {\n      totalCount\n      totalCountPrecision\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        name\n        matchedFormerAccountNumber\n      }\n    }\n  }\n": typeof types.ListSearchDocument,
    "\n  mutation ListSearchMemberCreate($input: MemberCreateInput!) {\n    memberCreate(input: $input) {\n      userErrors {\n        message\n      }\n    }\n  }\n": typeof types.ListSearchMemberCreateDocument,
    "\n  mutation ListSearchNumberChange($input: CustomerAccountNumberChangeInput!) {\n    customerAccountNumberChange(input: $input) {\n      userErrors {\n        message\n      }\n    }\n  }\n": typeof types.ListSearchNumberChangeDocument,
    "\n  mutation ListSearchCustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n": typeof types.ListSearchCustomerCreateDocument,
    "\n  query ListStrictFilters($filter: CustomerFilter) {\n    customers(filter: $filter, first: 5) {\n      totalCount\n    }\n  }\n": typeof types.ListStrictFiltersDocument,
    "\n  mutation ListStrictTagsAdd($input: CustomerTagsAddInput!) {\n    customerTagsAdd(input: $input) {\n      userErrors {\n        message\n      }\n    }\n  }\n": typeof types.ListStrictTagsAddDocument,
    "\n  mutation ListViewCreate($input: CustomerListViewCreateInput!) {\n    customerListViewCreate(input: $input) {\n      customerListView {\n        id\n        name\n        shared\n        ownedByMe\n        canEdit\n        filter {\n          query\n          status\n          country\n          pricingModel\n          createdAt {\n            from\n            to\n          }\n          tags {\n            anyOf\n          }\n        }\n        sortKey\n        reverse\n        columns\n        owner {\n          email\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ListViewCreateDocument,
    "\n  mutation ListViewUpdate($input: CustomerListViewUpdateInput!) {\n    customerListViewUpdate(input: $input) {\n      customerListView {\n        id\n        name\n        shared\n        filter {\n          query\n          status\n        }\n        sortKey\n        reverse\n        columns\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": typeof types.ListViewUpdateDocument,
    "\n  mutation ListViewDelete($input: CustomerListViewDeleteInput!) {\n    customerListViewDelete(input: $input) {\n      deletedId\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": typeof types.ListViewDeleteDocument,
    "\n  query ListViews {\n    customerListViews {\n      id\n      name\n      shared\n      ownedByMe\n      canEdit\n    }\n  }\n": typeof types.ListViewsDocument,
    "\n  mutation NotesNoteCreate($input: CustomerNoteCreateInput!) {\n    customerNoteCreate(input: $input) {\n      note {\n        id\n        body\n        author {\n          kind\n          id\n          name\n        }\n        createdAt\n        updatedAt\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.NotesNoteCreateDocument,
    "\n  mutation NotesNoteUpdate($input: CustomerNoteUpdateInput!) {\n    customerNoteUpdate(input: $input) {\n      note {\n        id\n        body\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.NotesNoteUpdateDocument,
    "\n  mutation NotesNoteDelete($input: CustomerNoteDeleteInput!) {\n    customerNoteDelete(input: $input) {\n      deletedNoteId\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.NotesNoteDeleteDocument,
    "\n  query NotesOfCustomer($id: ID!, $first: Int, $after: String) {\n    customer(id: $id) {\n      notes(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          body\n        }\n      }\n    }\n  }\n": typeof types.NotesOfCustomerDocument,
    "\n  query NotesViewer {\n    viewer {\n      id\n      name\n    }\n  }\n": typeof types.NotesViewerDocument,
    "\n  mutation NotesMemberInvitation($input: MemberInvitationCreateInput!) {\n    memberInvitationCreate(input: $input) {\n      invitation {\n        url\n      }\n    }\n  }\n": typeof types.NotesMemberInvitationDocument,
    "\n  mutation TagsAdd($input: CustomerTagsAddInput!) {\n    customerTagsAdd(input: $input) {\n      customers {\n        id\n        tags\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.TagsAddDocument,
    "\n  mutation TagsRemove($input: CustomerTagsRemoveInput!) {\n    customerTagsRemove(input: $input) {\n      customers {\n        id\n        tags\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.TagsRemoveDocument,
    "\n  query TagsCounts {\n    customerTags {\n      tag\n      customerCount\n    }\n  }\n": typeof types.TagsCountsDocument,
    "\n  query TagsOfCustomers {\n    customers(first: 50) {\n      nodes {\n        id\n        tags\n      }\n    }\n  }\n": typeof types.TagsOfCustomersDocument,
    "\n  mutation RestartCustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n      }\n    }\n  }\n": typeof types.RestartCustomerCreateDocument,
    "\n  mutation RestartCancel($input: CustomerCancelInput!) {\n    customerCancel(input: $input) {\n      customer {\n        scheduledCancellation {\n          effectiveAt\n        }\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n": typeof types.RestartCancelDocument,
    "\n  mutation StandingRestartCustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n      }\n    }\n  }\n": typeof types.StandingRestartCustomerCreateDocument,
    "\n  mutation StandingCreditsAdd($input: CreditsAddInput!) {\n    creditsAdd(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.StandingCreditsAddDocument,
    "\n  mutation StandingCreditsMove($input: CreditsMoveInput!) {\n    creditsMove(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.StandingCreditsMoveDocument,
    "\n  mutation StandingReminderUpdate($input: LowCreditReminderUpdateInput!) {\n    lowCreditReminderUpdate(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.StandingReminderUpdateDocument,
    "\n  mutation StandingInvoicePay($input: InvoicePaymentRecordInput!) {\n    invoicePaymentRecord(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.StandingInvoicePayDocument,
    "\n  mutation StandingMessageSend($input: MessageSendInput!) {\n    messageSend(input: $input) {\n      message {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.StandingMessageSendDocument,
    "\n  query StandingLiveValues($id: ID!) {\n    customer(id: $id) {\n      id\n      balance {\n        minorUnits\n        currency\n      }\n      owed {\n        minorUnits\n      }\n      lowCreditReminder {\n        enabled\n        thresholdMinor\n      }\n      messages(first: 1) {\n        nodes {\n          status\n          sentAt\n        }\n      }\n    }\n  }\n": typeof types.StandingLiveValuesDocument,
    "\n  fragment LifecycleCustomer on Customer {\n    id\n    status\n    closedAt\n    scheduledCancellation {\n      mode\n      effectiveAt\n      reason\n    }\n    statusChanges {\n      transition\n      fromStatus\n      toStatus\n      reason\n      cancellationMode\n      actorKind\n      actorId\n    }\n  }\n": typeof types.LifecycleCustomerFragmentDoc,
    "\n  mutation LifecycleSuspend($input: CustomerSuspendInput!) {\n    customerSuspend(input: $input) {\n      customer {\n        ...LifecycleCustomer\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.LifecycleSuspendDocument,
    "\n  mutation LifecycleReenable($input: CustomerReenableInput!) {\n    customerReenable(input: $input) {\n      customer {\n        ...LifecycleCustomer\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.LifecycleReenableDocument,
    "\n  mutation LifecycleDeactivate($input: CustomerDeactivateInput!) {\n    customerDeactivate(input: $input) {\n      customer {\n        ...LifecycleCustomer\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.LifecycleDeactivateDocument,
    "\n  mutation LifecycleReactivate($input: CustomerReactivateInput!) {\n    customerReactivate(input: $input) {\n      customer {\n        ...LifecycleCustomer\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.LifecycleReactivateDocument,
    "\n  mutation LifecycleCancel($input: CustomerCancelInput!) {\n    customerCancel(input: $input) {\n      customer {\n        ...LifecycleCustomer\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.LifecycleCancelDocument,
    "\n  mutation LifecycleWithdraw($input: CustomerCancellationWithdrawInput!) {\n    customerCancellationWithdraw(input: $input) {\n      customer {\n        ...LifecycleCustomer\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.LifecycleWithdrawDocument,
    "\n  query LifecycleRead($id: ID!) {\n    customer(id: $id) {\n      ...LifecycleCustomer\n    }\n  }\n": typeof types.LifecycleReadDocument,
    "\n  query LifecycleActivity($customerId: ID!) {\n    auditLog(first: 50, filter: { customerId: $customerId }) {\n      nodes {\n        action\n        details\n      }\n    }\n  }\n": typeof types.LifecycleActivityDocument,
    "\n  mutation LifecycleInvite($id: ID!) {\n    memberInvitationCreate(input: { memberId: $id }) {\n      invitation {\n        url\n      }\n    }\n  }\n": typeof types.LifecycleInviteDocument,
    "\n  query LifecyclePortalViewer {\n    portalViewer {\n      customer {\n        id\n      }\n    }\n  }\n": typeof types.LifecyclePortalViewerDocument,
    "\n  query BulkPreview($input: CustomersBulkActionInput!) {\n    customersBulkActionPreview(input: $input) {\n      action\n      total\n      willChange\n      willSkip\n      runsInBackground\n      skippedReasons {\n        reason\n        count\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.BulkPreviewDocument,
    "\n  mutation BulkAction($input: CustomersBulkActionInput!) {\n    customersBulkAction(input: $input) {\n      bulkOperation {\n        id\n        status\n        total\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.BulkActionDocument,
    "\n  query BulkOperation($id: ID!, $outcome: CustomerBulkOutcomeKind) {\n    customerBulkOperation(id: $id) {\n      id\n      action\n      status\n      total\n      processed\n      changed\n      skipped\n      canUndo\n      finishedAt\n      outcomesCsvUrl\n      skippedReasons {\n        reason\n        count\n      }\n      undoOf {\n        id\n      }\n      undoneBy {\n        id\n      }\n      outcomes(first: 5, outcome: $outcome) {\n        totalCount\n        nodes {\n          outcome\n          reason\n          customer {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.BulkOperationDocument,
    "\n  mutation BulkCancel($input: CustomerBulkOperationCancelInput!) {\n    customerBulkOperationCancel(input: $input) {\n      bulkOperation {\n        id\n        status\n        processed\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.BulkCancelDocument,
    "\n  mutation BulkUndo($input: CustomerBulkOperationUndoInput!) {\n    customerBulkOperationUndo(input: $input) {\n      bulkOperation {\n        id\n        status\n        total\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.BulkUndoDocument,
    "\n  query CustomersWithBalances {\n    viewer {\n      email\n      role\n      partner {\n        id\n        name\n      }\n    }\n    customers(first: 10, sortKey: NAME) {\n      totalCount\n      nodes {\n        id\n        name\n        accountNumber\n        status\n        balance {\n          amount\n          minorUnits\n          currency\n        }\n        messages(first: 5) {\n          totalCount\n          nodes {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.CustomersWithBalancesDocument,
    "\n  mutation GatewayApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      secret\n      apiKey {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.GatewayApiKeyCreateDocument,
    "\n  query GatewayApiKeyFiveCustomers {\n    customers(first: 5) {\n      totalCount\n    }\n  }\n": typeof types.GatewayApiKeyFiveCustomersDocument,
    "\n  query GatewayApiKeyOneCustomer {\n    customers(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.GatewayApiKeyOneCustomerDocument,
    "\n  query LimitsSevenDeep {\n    customers(first: 10) {\n      edges {\n        node {\n          messages(first: 10) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.LimitsSevenDeepDocument,
    "\n  query LimitsOverTheCostLimit {\n    customers(first: 100) {\n      nodes {\n        messages(first: 100) {\n          nodes {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.LimitsOverTheCostLimitDocument,
    "\n  query LimitsPageSizeInVariable($first: Int = 100) {\n    customers(first: $first) {\n      nodes {\n        messages(first: $first) {\n          nodes {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.LimitsPageSizeInVariableDocument,
    "\n  query LimitsCustomersWithBalance {\n    customers(first: 10) {\n      nodes {\n        id\n        name\n        balance {\n          amount\n        }\n      }\n    }\n  }\n": typeof types.LimitsCustomersWithBalanceDocument,
    "\n  mutation LimitsCustomerCreate {\n    customerCreate(input: { name: \"Cost check\", country: \"GB\", currency: \"GBP\" }) {\n      customer {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.LimitsCustomerCreateDocument,
    "\n  query LimitsViewerEmail {\n    viewer {\n      email\n    }\n  }\n": typeof types.LimitsViewerEmailDocument,
    "\n  query LimitsViewerId {\n    viewer {\n      id\n    }\n  }\n": typeof types.LimitsViewerIdDocument,
    "\n  query ProductionCustomerBalances {\n    customers {\n      nodes {\n        id\n        balance {\n          amount\n        }\n      }\n    }\n  }\n": typeof types.ProductionCustomerBalancesDocument,
    "\n  query RateLimitTenCustomers {\n    customers(first: 10) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.RateLimitTenCustomersDocument,
    "\n  query RateLimitFortyCustomers {\n    customers(first: 40) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.RateLimitFortyCustomersDocument,
    "\n  mutation FuzzMemberInvitation($input: MemberInvitationCreateInput!) {\n    memberInvitationCreate(input: $input) {\n      invitation {\n        url\n      }\n    }\n  }\n": typeof types.FuzzMemberInvitationDocument,
    "\n  mutation TextRulesCustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n        name\n        billingName\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.TextRulesCustomerCreateDocument,
    "\n  mutation TextRulesOperatorInvite($input: OperatorInviteInput!) {\n    operatorInvite(input: $input) {\n      operator {\n        id\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": typeof types.TextRulesOperatorInviteDocument,
    "\n  query TextRulesCustomers($filter: CustomerFilter) {\n    customers(filter: $filter) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.TextRulesCustomersDocument,
    "\n  query BillingRunCustomerServices($id: ID!) {\n    customer(id: $id) {\n      services {\n        id\n      }\n    }\n  }\n": typeof types.BillingRunCustomerServicesDocument,
    "\n  mutation CatalogServiceCreate($input: ServiceCreateInput!) {\n    serviceCreate(input: $input) {\n      service {\n        id\n        description\n        unitPrice {\n          amount\n          minorUnits\n          currency\n        }\n        quantity\n        period\n        startDate\n        endDate\n        assignedMemberId\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CatalogServiceCreateDocument,
    "\n  mutation CatalogBillingAccountUpdate($input: BillingAccountUpdateInput!) {\n    billingAccountUpdate(input: $input) {\n      billingAccount {\n        pricingModel\n        suspendForLatePayment\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CatalogBillingAccountUpdateDocument,
    "\n  mutation CatalogTaxRateSet($input: TaxRateSetInput!) {\n    taxRateSet(input: $input) {\n      taxRate {\n        country\n        rate\n        reverseCharge\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CatalogTaxRateSetDocument,
    "\n  mutation CatalogRecipientPriceSet($input: RecipientPriceSetInput!) {\n    recipientPriceSet(input: $input) {\n      billingSettings {\n        recipientPrice {\n          amount\n          currency\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CatalogRecipientPriceSetDocument,
    "\n  mutation CatalogFxRateSet($input: FxRateSetInput!) {\n    fxRateSet(input: $input) {\n      fxRate {\n        baseCurrency\n        quoteCurrency\n        rate\n        customerId\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CatalogFxRateSetDocument,
    "\n  mutation CatalogUsageRecord($input: UsageRecordInput!) {\n    usageRecord(input: $input) {\n      usageRecord {\n        id\n        amount {\n          minorUnits\n          currency\n        }\n        status\n        ledgerEntryId\n      }\n      customer {\n        balance {\n          minorUnits\n        }\n      }\n      replayed\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CatalogUsageRecordDocument,
    "\n  mutation CatalogBillingRunStart($input: BillingRunStartInput!) {\n    billingRunStart(input: $input) {\n      billingRun {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CatalogBillingRunStartDocument,
    "\n  query CatalogBillingRun($id: ID!) {\n    billingRun(id: $id) {\n      id\n      status\n      total\n      processed\n      invoicesCreated\n      alreadyInvoiced\n      skipped\n      skips {\n        customerId\n        reason\n      }\n      error\n    }\n  }\n": typeof types.CatalogBillingRunDocument,
    "\n  query CatalogSettings($customerId: ID!) {\n    billingSettings {\n      taxRates {\n        country\n        rate\n        reverseCharge\n      }\n      recipientPrice {\n        amount\n        minorUnits\n        currency\n      }\n      fxRates {\n        baseCurrency\n        quoteCurrency\n        rate\n      }\n    }\n    customer(id: $customerId) {\n      fxRates {\n        baseCurrency\n        quoteCurrency\n        rate\n        customerId\n      }\n      billingAccount {\n        suspendForLatePayment\n      }\n    }\n  }\n": typeof types.CatalogSettingsDocument,
    "\n  query CatalogServices($id: ID!) {\n    customer(id: $id) {\n      services {\n        id\n        description\n        quantity\n        unitPrice {\n          minorUnits\n          currency\n        }\n        startDate\n        endDate\n      }\n    }\n  }\n": typeof types.CatalogServicesDocument,
    "\n  mutation CatalogServiceUpdate($input: ServiceUpdateInput!) {\n    serviceUpdate(input: $input) {\n      service {\n        id\n        quantity\n        endDate\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": typeof types.CatalogServiceUpdateDocument,
    "\n  mutation CatalogServiceRemove($input: ServiceRemoveInput!) {\n    serviceRemove(input: $input) {\n      service {\n        id\n        endDate\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.CatalogServiceRemoveDocument,
    "\n  mutation CatalogCancel($input: CustomerCancelInput!) {\n    customerCancel(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CatalogCancelDocument,
    "\n  mutation CatalogWithdraw($input: CustomerCancellationWithdrawInput!) {\n    customerCancellationWithdraw(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CatalogWithdrawDocument,
    "\n  mutation CatalogCreditsAdd($input: CreditsAddInput!) {\n    creditsAdd(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.CatalogCreditsAddDocument,
    "\n  query CatalogBalance($id: ID!) {\n    customer(id: $id) {\n      balance {\n        minorUnits\n      }\n    }\n  }\n": typeof types.CatalogBalanceDocument,
    "\n  mutation CatalogMemberCreate($input: MemberCreateInput!) {\n    memberCreate(input: $input) {\n      member {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CatalogMemberCreateDocument,
    "\n  mutation CatalogMemberUpdate($input: MemberUpdateInput!) {\n    memberUpdate(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CatalogMemberUpdateDocument,
    "\n  query CustomerInvoicesPage($first: Int!, $invoices: Int!, $after: String, $status: [InvoiceStatus!]) {\n    customers(first: $first) {\n      nodes {\n        id\n        invoices(first: $invoices, after: $after, status: $status) {\n          totalCount\n          nodes {\n            id\n            status\n          }\n          pageInfo {\n            hasNextPage\n            hasPreviousPage\n            startCursor\n            endCursor\n          }\n        }\n      }\n    }\n  }\n": typeof types.CustomerInvoicesPageDocument,
    "\n  query CustomerInvoicesOfOne($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n    customer(id: $id) {\n      invoices(first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        nodes {\n          id\n        }\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.CustomerInvoicesOfOneDocument,
    "\n  mutation CustomerInvoicesPageCustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n        name\n        accountNumber\n        currency\n      }\n    }\n  }\n": typeof types.CustomerInvoicesPageCustomerCreateDocument,
    "\n  query CustomerInvoicesPageOpen($first: Int!) {\n    customers(first: $first) {\n      nodes {\n        invoices(first: 1) {\n          totalCount\n        }\n      }\n    }\n  }\n": typeof types.CustomerInvoicesPageOpenDocument,
    "\n  mutation DocumentsHeaderUpdate($input: InvoiceHeaderUpdateInput!) {\n    invoiceHeaderUpdate(input: $input) {\n      invoiceHeader {\n        legalName\n        addressLines\n        taxId\n        logo {\n          contentType\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.DocumentsHeaderUpdateDocument,
    "\n  query DocumentsHeader {\n    invoiceHeader {\n      legalName\n      addressLines\n      taxId\n      logo {\n        contentType\n      }\n    }\n  }\n": typeof types.DocumentsHeaderDocument,
    "\n  query InvoicesListPage($filter: InvoiceFilterInput, $first: Int, $after: String, $last: Int, $before: String) {\n    invoices(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      nodes {\n        id\n        number\n        status\n        issueDate\n        customer {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n": typeof types.InvoicesListPageDocument,
    "\n  query InvoicesListOfCustomer($id: ID!, $status: [InvoiceStatus!]) {\n    customer(id: $id) {\n      invoices(status: $status) {\n        totalCount\n        nodes {\n          id\n        }\n      }\n    }\n  }\n": typeof types.InvoicesListOfCustomerDocument,
    "\n  query InvoicesListOne($id: ID!) {\n    invoice(id: $id) {\n      id\n      number\n    }\n  }\n": typeof types.InvoicesListOneDocument,
    "\n  mutation InvoicesListSettings($input: InvoiceSettingsUpdateInput!) {\n    invoiceSettingsUpdate(input: $input) {\n      settings {\n        prefix\n        historyStart\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": typeof types.InvoicesListSettingsDocument,
    "\n  mutation InvoicesListPay($input: InvoicePaymentRecordInput!) {\n    invoicePaymentRecord(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.InvoicesListPayDocument,
    "\n  fragment InvoicingLifecycleInvoiceFields on Invoice {\n    id\n    number\n    kind\n    status\n    currency\n    issueDate\n    dueDate\n    total {\n      minorUnits\n    }\n    paid {\n      minorUnits\n    }\n    credited {\n      minorUnits\n    }\n    amountDue {\n      minorUnits\n    }\n  }\n": typeof types.InvoicingLifecycleInvoiceFieldsFragmentDoc,
    "\n  mutation InvoicingLifecycleSupportCreate($input: InvoiceCreateInput!) {\n    invoiceCreate(input: $input) {\n      invoice {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.InvoicingLifecycleSupportCreateDocument,
    "\n  mutation InvoicingLifecycleSupportIssue($input: InvoiceIssueInput!) {\n    invoiceIssue(input: $input) {\n      invoice {\n        id\n        number\n        status\n        issueDate\n        dueDate\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.InvoicingLifecycleSupportIssueDocument,
    "\n  mutation InvoicingLifecycleSupportTerms($input: BillingAccountUpdateInput!) {\n    billingAccountUpdate(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.InvoicingLifecycleSupportTermsDocument,
    "\n  query InvoicingLifecycleInvoice($id: ID!) {\n    invoice(id: $id) {\n      ...InvoicingLifecycleInvoiceFields\n      lines {\n        position\n        description\n        quantity\n        unitPrice {\n          minorUnits\n        }\n        amount {\n          minorUnits\n        }\n        taxRate\n        tax {\n          minorUnits\n        }\n      }\n      billTo {\n        name\n        accountNumber\n      }\n      payments {\n        amount {\n          minorUnits\n        }\n        applied {\n          minorUnits\n        }\n        excess {\n          minorUnits\n        }\n        method\n        ledgerEntryId\n      }\n      creditNotes {\n        number\n        kind\n        status\n        total {\n          minorUnits\n        }\n      }\n      voidReason\n    }\n  }\n": typeof types.InvoicingLifecycleInvoiceDocument,
    "\n  query InvoicingLifecycleCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      status\n      owed {\n        minorUnits\n        currency\n      }\n      balance {\n        minorUnits\n      }\n      statusChanges {\n        transition\n        toStatus\n        reason\n        actorKind\n        invoiceId\n      }\n    }\n  }\n": typeof types.InvoicingLifecycleCustomerDocument,
    "\n  mutation InvoicingLifecyclePay($input: InvoicePaymentRecordInput!) {\n    invoicePaymentRecord(input: $input) {\n      payment {\n        id\n        amount {\n          minorUnits\n        }\n        applied {\n          minorUnits\n        }\n        excess {\n          minorUnits\n        }\n        ledgerEntryId\n      }\n      invoice {\n        status\n        paid {\n          minorUnits\n        }\n        amountDue {\n          minorUnits\n        }\n      }\n      customer {\n        balance {\n          minorUnits\n        }\n        owed {\n          minorUnits\n        }\n      }\n      replayed\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.InvoicingLifecyclePayDocument,
    "\n  mutation InvoicingLifecycleVoid($input: InvoiceVoidInput!) {\n    invoiceVoid(input: $input) {\n      invoice {\n        status\n        voidReason\n        amountDue {\n          minorUnits\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.InvoicingLifecycleVoidDocument,
    "\n  mutation InvoicingLifecycleCredit($input: CreditNoteCreateInput!) {\n    creditNoteCreate(input: $input) {\n      creditNote {\n        id\n        number\n        kind\n        status\n        total {\n          minorUnits\n        }\n        correctsInvoiceId\n      }\n      invoice {\n        status\n        credited {\n          minorUnits\n        }\n        amountDue {\n          minorUnits\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.InvoicingLifecycleCreditDocument,
    "\n  mutation InvoicingLifecycleSuspend($input: CustomerSuspendInput!) {\n    customerSuspend(input: $input) {\n      customer {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.InvoicingLifecycleSuspendDocument,
    "\n  mutation InvoicingLifecycleClose($input: CustomerCloseInput!) {\n    customerClose(input: $input) {\n      customer {\n        status\n      }\n      closeBlockers {\n        owed {\n          minorUnits\n          currency\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.InvoicingLifecycleCloseDocument,
    "\n  mutation InvoicingLifecycleCreateAs($input: InvoiceCreateInput!) {\n    invoiceCreate(input: $input) {\n      invoice {\n        status\n      }\n    }\n  }\n": typeof types.InvoicingLifecycleCreateAsDocument,
    "\n  mutation InvoicingLifecycleIssueAgain($input: InvoiceIssueInput!) {\n    invoiceIssue(input: $input) {\n      invoice {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.InvoicingLifecycleIssueAgainDocument,
    "\n  fragment QuoteFields on Quote {\n    id\n    status\n    currency\n    validUntil\n    invoiceId\n    declineReason\n    customerId\n    lines {\n      position\n      description\n      quantity\n      unitAmountMinor\n      amountMinor\n      taxRatePpm\n      taxMinor\n    }\n    subtotal {\n      minorUnits\n      currency\n    }\n    tax {\n      minorUnits\n    }\n    total {\n      minorUnits\n      amount\n    }\n  }\n": typeof types.QuoteFieldsFragmentDoc,
    "\n  mutation QuotesCreate($input: QuoteCreateInput!) {\n    quoteCreate(input: $input) {\n      quote {\n        ...QuoteFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.QuotesCreateDocument,
    "\n  mutation QuotesSend($input: QuoteSendInput!) {\n    quoteSend(input: $input) {\n      quote {\n        id\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.QuotesSendDocument,
    "\n  mutation QuotesAccept($input: QuoteAcceptInput!) {\n    quoteAccept(input: $input) {\n      quote {\n        ...QuoteFields\n      }\n      invoiceId\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.QuotesAcceptDocument,
    "\n  mutation QuotesDecline($input: QuoteDeclineInput!) {\n    quoteDecline(input: $input) {\n      quote {\n        id\n        status\n        declineReason\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.QuotesDeclineDocument,
    "\n  query QuotesList($filter: QuoteFilterInput, $first: Int, $after: String) {\n    quotes(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        status\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.QuotesListDocument,
    "\n  query QuotesOfCustomer($id: ID!, $statuses: [QuoteStatus!]) {\n    customer(id: $id) {\n      id\n      quotes(first: 10, statuses: $statuses) {\n        totalCount\n        nodes {\n          id\n          status\n          total {\n            minorUnits\n          }\n        }\n      }\n    }\n  }\n": typeof types.QuotesOfCustomerDocument,
    "\n  mutation MembersMemberCreate($input: MemberCreateInput!) {\n    memberCreate(input: $input) {\n      member {\n        id\n        name\n        email\n        phone\n        role\n        portalAccess\n        active\n        recipientStatus\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.MembersMemberCreateDocument,
    "\n  mutation MembersMemberUpdate($input: MemberUpdateInput!) {\n    memberUpdate(input: $input) {\n      member {\n        id\n        name\n        email\n        phone\n        role\n        portalAccess\n        active\n        recipientStatus\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.MembersMemberUpdateDocument,
    "\n  mutation MembersMemberDeactivate($input: MemberDeactivateInput!) {\n    memberDeactivate(input: $input) {\n      member {\n        id\n        active\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.MembersMemberDeactivateDocument,
    "\n  mutation MembersMemberReactivate($input: MemberReactivateInput!) {\n    memberReactivate(input: $input) {\n      member {\n        id\n        active\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.MembersMemberReactivateDocument,
    "\n  mutation MembersOwnershipTransfer($input: CustomerOwnershipTransferInput!) {\n    customerOwnershipTransfer(input: $input) {\n      owner {\n        id\n        role\n      }\n      previousOwner {\n        id\n        role\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.MembersOwnershipTransferDocument,
    "\n  mutation MembersInvitationCreate($input: MemberInvitationCreateInput!) {\n    memberInvitationCreate(input: $input) {\n      invitation {\n        url\n        expiresAt\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.MembersInvitationCreateDocument,
    "\n  mutation MembersPasswordResetCreate($input: MemberPasswordResetCreateInput!) {\n    memberPasswordResetCreate(input: $input) {\n      link {\n        url\n        expiresAt\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.MembersPasswordResetCreateDocument,
    "\n  query MembersOfCustomer($id: ID!) {\n    customer(id: $id) {\n      members {\n        id\n        name\n        email\n        phone\n        role\n        portalAccess\n        active\n        recipientStatus\n      }\n    }\n  }\n": typeof types.MembersOfCustomerDocument,
    "\n  query MembersPortalViewer {\n    portalViewer {\n      member {\n        id\n      }\n    }\n  }\n": typeof types.MembersPortalViewerDocument,
    "\n  mutation NoticesSuspend($input: CustomerSuspendInput!) {\n    customerSuspend(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.NoticesSuspendDocument,
    "\n  mutation NoticesReenable($input: CustomerReenableInput!) {\n    customerReenable(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.NoticesReenableDocument,
    "\n  mutation NoticesCancel($input: CustomerCancelInput!) {\n    customerCancel(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.NoticesCancelDocument,
    "\n  mutation NoticesInvite($input: MemberInvitationCreateInput!) {\n    memberInvitationCreate(input: $input) {\n      invitation {\n        url\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.NoticesInviteDocument,
    "\n  mutation NoticesPasswordReset($input: MemberPasswordResetCreateInput!) {\n    memberPasswordResetCreate(input: $input) {\n      link {\n        url\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.NoticesPasswordResetDocument,
    "\n  mutation NoticesWebhookEndpointCreate($input: WebhookEndpointCreateInput!) {\n    webhookEndpointCreate(input: $input) {\n      webhookEndpoint {\n        id\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n": typeof types.NoticesWebhookEndpointCreateDocument,
    "\n  query NoticesWebhookEndpoint($id: ID!) {\n    webhookEndpoint(id: $id) {\n      status\n    }\n  }\n": typeof types.NoticesWebhookEndpointDocument,
    "\n  mutation MessagingSettingsUpdate($input: MessagingSettingsUpdateInput!) {\n    messagingSettingsUpdate(input: $input) {\n      settings {\n        fromAddress\n        replyTo\n        smsSenderId\n        smtpHost\n        emailToOutbox\n        smsToOutbox\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.MessagingSettingsUpdateDocument,
    "\n  mutation MessageTemplateSave($input: MessageTemplateSaveInput!) {\n    messageTemplateSave(input: $input) {\n      template {\n        key\n        channel\n        isDefault\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.MessageTemplateSaveDocument,
    "\n  query MessageTemplates {\n    messageTemplates {\n      key\n      channel\n      isDefault\n    }\n  }\n": typeof types.MessageTemplatesDocument,
    "\n  query MessagePreview($input: MessagePreviewInput!) {\n    messagePreview(input: $input) {\n      preview {\n        recipient\n        subject\n        text\n        html\n        smsLength {\n          encoding\n          units\n          segments\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.MessagePreviewDocument,
    "\n  mutation MessageSend($input: MessageSendInput!) {\n    messageSend(input: $input) {\n      message {\n        id\n        status\n        recipient\n        subject\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.MessageSendDocument,
    "\n  query MessagingCustomerMessages($id: ID!, $filter: MessageFilter) {\n    customer(id: $id) {\n      messages(first: 50, filter: $filter) {\n        totalCount\n        nodes {\n          id\n          channel\n          status\n          attempts\n          lastError\n          recipient\n          batchId\n        }\n      }\n    }\n  }\n": typeof types.MessagingCustomerMessagesDocument,
    "\n  query MessagingOutbox($first: Int) {\n    messagingOutbox(first: $first) {\n      totalCount\n      nodes {\n        messageId\n        channel\n        recipient\n        subject\n        raw\n      }\n    }\n  }\n": typeof types.MessagingOutboxDocument,
    "\n  mutation MessageBulkSend($input: MessageBulkSendInput!) {\n    messageBulkSend(input: $input) {\n      batch {\n        id\n        status\n        total\n        queued\n        skipped {\n          noAddress\n          closed\n          optedOut\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.MessageBulkSendDocument,
    "\n  query MessageBatch($id: ID!) {\n    messageBatch(id: $id) {\n      id\n      status\n      total\n      queued\n      sending\n      sent\n      delivered\n      failed\n      cancelled\n      skipped {\n        noAddress\n        closed\n        optedOut\n      }\n    }\n  }\n": typeof types.MessageBatchDocument,
    "\n  mutation MessageBatchCancel($input: MessageBatchCancelInput!) {\n    messageBatchCancel(input: $input) {\n      batch {\n        id\n        status\n        cancelled\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.MessageBatchCancelDocument,
    "\n  query RequestIdsCustomers {\n    customers {\n      nodes {\n        id\n        balance {\n          amount\n        }\n        messages {\n          totalCount\n        }\n      }\n    }\n  }\n": typeof types.RequestIdsCustomersDocument,
    "\n  query RequestIdsViewerId {\n    viewer {\n      id\n    }\n  }\n": typeof types.RequestIdsViewerIdDocument,
    "\n  query StartStopCustomerCount {\n    customers(filter: { status: [ACTIVE, SUSPENDED, INACTIVE, CLOSED] }) {\n      totalCount\n    }\n  }\n": typeof types.StartStopCustomerCountDocument,
    "\n  query StatementsOperatorsWithTheirReseller($first: Int!) {\n    operators(first: $first) {\n      nodes {\n        id\n        name\n        partner {\n          name\n        }\n        reseller {\n          name\n        }\n      }\n    }\n  }\n": typeof types.StatementsOperatorsWithTheirResellerDocument,
    "\n  query StatementsCustomersWithTheirMessages($first: Int!) {\n    customers(first: $first) {\n      nodes {\n        id\n        name\n        members {\n          id\n        }\n        messages(first: 2) {\n          totalCount\n          nodes {\n            id\n            subject\n          }\n        }\n      }\n    }\n  }\n": typeof types.StatementsCustomersWithTheirMessagesDocument,
    "\n  mutation StatementsCustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n      }\n    }\n  }\n": typeof types.StatementsCustomerCreateDocument,
    "\n  query StatementsCustomersKnownEverywhere($first: Int!) {\n    customers(first: $first) {\n      nodes {\n        balance {\n          currency\n        }\n        messages(first: 1) {\n          totalCount\n        }\n      }\n    }\n  }\n": typeof types.StatementsCustomersKnownEverywhereDocument,
    "\n  mutation LowCreditReminderUpdate($input: LowCreditReminderUpdateInput!) {\n    lowCreditReminderUpdate(input: $input) {\n      lowCreditReminder {\n        enabled\n        thresholdMinor\n        recipients\n        armed\n        lastSentAt\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.LowCreditReminderUpdateDocument,
    "\n  query CustomerLowCreditReminder($id: ID!) {\n    customer(id: $id) {\n      id\n      lowCreditReminder {\n        enabled\n        thresholdMinor\n        armed\n        lastSentAt\n      }\n      balance {\n        minorUnits\n      }\n    }\n  }\n": typeof types.CustomerLowCreditReminderDocument,
    "\n  mutation ReminderCreditsAdd($input: CreditsAddInput!) {\n    creditsAdd(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ReminderCreditsAddDocument,
    "\n  mutation ReminderCreditsWithdraw($input: CreditsWithdrawInput!) {\n    creditsWithdraw(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ReminderCreditsWithdrawDocument,
    "\n  mutation ReminderWebhookEndpointCreate($input: WebhookEndpointCreateInput!) {\n    webhookEndpointCreate(input: $input) {\n      webhookEndpoint {\n        id\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n": typeof types.ReminderWebhookEndpointCreateDocument,
    "\n  mutation SeedCustomer($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n        name\n        accountNumber\n        currency\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.SeedCustomerDocument,
    "\n  query SeedCustomerReady($id: ID!) {\n    customer(id: $id) {\n      id\n      balance {\n        currency\n      }\n      messages(first: 1) {\n        totalCount\n      }\n    }\n  }\n": typeof types.SeedCustomerReadyDocument,
    "\n  mutation SeedApiKey($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      apiKey {\n        id\n        prefix\n      }\n      secret\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.SeedApiKeyDocument,
    "\n  query TokenProbeViewer {\n    viewer {\n      id\n    }\n  }\n": typeof types.TokenProbeViewerDocument,
    "\n  query CrossTenantViewerId {\n    viewer {\n      id\n    }\n  }\n": typeof types.CrossTenantViewerIdDocument,
    "\n  mutation CrossTenantImpersonate($input: CustomerImpersonateInput!) {\n    customerImpersonate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.CrossTenantImpersonateDocument,
    "\n  mutation CrossTenantNoteCreate($input: CustomerNoteCreateInput!) {\n    customerNoteCreate(input: $input) {\n      note {\n        id\n      }\n    }\n  }\n": typeof types.CrossTenantNoteCreateDocument,
    "\n  mutation CrossTenantQuoteCreate($input: QuoteCreateInput!) {\n    quoteCreate(input: $input) {\n      quote {\n        id\n      }\n    }\n  }\n": typeof types.CrossTenantQuoteCreateDocument,
    "\n  mutation CrossTenantTagsAdd($input: CustomerTagsAddInput!) {\n    customerTagsAdd(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.CrossTenantTagsAddDocument,
    "\n  mutation CrossTenantExportStart($input: CustomerExportStartInput!) {\n    customerExportStart(input: $input) {\n      export {\n        id\n      }\n    }\n  }\n": typeof types.CrossTenantExportStartDocument,
    "\n  mutation CrossTenantViewCreate($input: CustomerListViewCreateInput!) {\n    customerListViewCreate(input: $input) {\n      customerListView {\n        id\n      }\n    }\n  }\n": typeof types.CrossTenantViewCreateDocument,
    "\n  mutation CrossTenantServiceCreate($input: ServiceCreateInput!) {\n    serviceCreate(input: $input) {\n      service {\n        id\n      }\n    }\n  }\n": typeof types.CrossTenantServiceCreateDocument,
    "\n  mutation CrossTenantBillingRunStart($input: BillingRunStartInput!) {\n    billingRunStart(input: $input) {\n      billingRun {\n        id\n      }\n    }\n  }\n": typeof types.CrossTenantBillingRunStartDocument,
    "\n  mutation CrossTenantBulkTag($input: CustomersBulkActionInput!) {\n    customersBulkAction(input: $input) {\n      bulkOperation {\n        id\n      }\n    }\n  }\n": typeof types.CrossTenantBulkTagDocument,
    "\n  mutation CrossTenantWebhookEndpointCreate($input: WebhookEndpointCreateInput!) {\n    webhookEndpointCreate(input: $input) {\n      webhookEndpoint {\n        id\n      }\n    }\n  }\n": typeof types.CrossTenantWebhookEndpointCreateDocument,
    "\n  query CrossTenantWebhookDeliveries($id: ID!) {\n    webhookEndpoint(id: $id) {\n      deliveries(first: 1) {\n        nodes {\n          id\n          status\n        }\n      }\n    }\n  }\n": typeof types.CrossTenantWebhookDeliveriesDocument,
    "\n  query VictimCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      billingName\n      accountNumber\n      status\n      email\n      phone\n      country\n      currency\n      timezone\n      pricingModel\n      members {\n        id\n        name\n        email\n        role\n        portalAccess\n        active\n        recipientStatus\n      }\n      notes(first: 50) {\n        nodes {\n          id\n          body\n          updatedAt\n        }\n      }\n      tags\n    }\n  }\n": typeof types.VictimCustomerDocument,
    "\n  query VictimOperator($id: ID!) {\n    operator(id: $id) {\n      id\n      email\n      role\n      status\n      reseller {\n        id\n      }\n    }\n  }\n": typeof types.VictimOperatorDocument,
    "\n  query VictimApiKeys {\n    apiKeys(first: 50, filter: { includeRevoked: true }) {\n      nodes {\n        id\n        scopes\n        revokedAt\n      }\n    }\n  }\n": typeof types.VictimApiKeysDocument,
    "\n  mutation CrossTenantApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      secret\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.CrossTenantApiKeyCreateDocument,
    "\n  query CrossTenantCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n    }\n  }\n": typeof types.CrossTenantCustomerDocument,
    "\n  query CrossTenantViewer {\n    viewer {\n      id\n      kind\n    }\n  }\n": typeof types.CrossTenantViewerDocument,
    "\n  query TenantIsolationCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      balance {\n        amount\n      }\n    }\n  }\n": typeof types.TenantIsolationCustomerDocument,
    "\n  query TenantIsolationCustomers {\n    customers(first: 50) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.TenantIsolationCustomersDocument,
    "\n  mutation TenantIsolationCustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": typeof types.TenantIsolationCustomerCreateDocument,
    "\n  mutation InvoiceWebhookEndpointCreate($input: WebhookEndpointCreateInput!) {\n    webhookEndpointCreate(input: $input) {\n      webhookEndpoint {\n        id\n        eventTypes\n      }\n      secret\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.InvoiceWebhookEndpointCreateDocument,
    "\n  mutation WebhookEndpointCreate($input: WebhookEndpointCreateInput!) {\n    webhookEndpointCreate(input: $input) {\n      webhookEndpoint {\n        id\n        url\n        eventTypes\n        status\n      }\n      secret\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.WebhookEndpointCreateDocument,
    "\n  mutation WebhookEndpointUpdate($input: WebhookEndpointUpdateInput!) {\n    webhookEndpointUpdate(input: $input) {\n      webhookEndpoint {\n        id\n        status\n        disabledReason\n        failingSince\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.WebhookEndpointUpdateDocument,
    "\n  mutation WebhookEndpointDelete($input: WebhookEndpointDeleteInput!) {\n    webhookEndpointDelete(input: $input) {\n      deletedWebhookEndpointId\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.WebhookEndpointDeleteDocument,
    "\n  query WebhookDeliveryLog($id: ID!) {\n    webhookEndpoint(id: $id) {\n      id\n      status\n      disabledReason\n      disabledAt\n      failingSince\n      deliveries(first: 20) {\n        totalCount\n        nodes {\n          id\n          messageId\n          eventType\n          payload\n          status\n          attemptCount\n          lastStatusCode\n          replayOf\n          completedAt\n          attempts {\n            number\n            statusCode\n            durationMs\n            error\n            responseExcerpt\n          }\n        }\n      }\n    }\n  }\n": typeof types.WebhookDeliveryLogDocument,
    "\n  mutation WebhookDeliveryReplay($input: WebhookDeliveryReplayInput!) {\n    webhookDeliveryReplay(input: $input) {\n      webhookDelivery {\n        id\n        messageId\n        replayOf\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.WebhookDeliveryReplayDocument,
};
const documents: Documents = {
    "\n  mutation AuditTrailPartnerCreate($input: PartnerCreateInput!) {\n    partnerCreate(input: $input) {\n      partner {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AuditTrailPartnerCreateDocument,
    "\n  mutation AuditTrailResellerCreate($input: ResellerCreateInput!) {\n    resellerCreate(input: $input) {\n      reseller {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AuditTrailResellerCreateDocument,
    "\n  mutation AuditTrailApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      apiKey {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AuditTrailApiKeyCreateDocument,
    "\n  mutation AuditTrailApiKeyRevoke($input: ApiKeyRevokeInput!) {\n    apiKeyRevoke(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AuditTrailApiKeyRevokeDocument,
    "\n  mutation AuditTrailOperatorInvite($input: OperatorInviteInput!) {\n    operatorInvite(input: $input) {\n      operator {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AuditTrailOperatorInviteDocument,
    "\n  mutation AuditTrailOperatorUpdate($input: OperatorUpdateInput!) {\n    operatorUpdate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AuditTrailOperatorUpdateDocument,
    "\n  mutation AuditTrailOperatorDeactivate($input: OperatorDeactivateInput!) {\n    operatorDeactivate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AuditTrailOperatorDeactivateDocument,
    "\n  mutation AuditTrailMemberInvitationCreate($input: MemberInvitationCreateInput!) {\n    memberInvitationCreate(input: $input) {\n      invitation {\n        url\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AuditTrailMemberInvitationCreateDocument,
    "\n  mutation AuditTrailImpersonate($input: CustomerImpersonateInput!) {\n    customerImpersonate(input: $input) {\n      session {\n        accessToken\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AuditTrailImpersonateDocument,
    "\n  mutation AuditTrailPortalAccountUpdate($input: PortalAccountUpdateInput!) {\n    portalAccountUpdate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AuditTrailPortalAccountUpdateDocument,
    "\n  mutation AuditTrailPortalPasswordChange($input: PortalPasswordChangeInput!) {\n    portalPasswordChange(input: $input) {\n      changed\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AuditTrailPortalPasswordChangeDocument,
    "\n  query AuditTrailViewerId {\n    viewer {\n      id\n    }\n  }\n": types.AuditTrailViewerIdDocument,
    "\n  query BillingRoleViewer {\n    viewer {\n      role\n      permissions\n    }\n  }\n": types.BillingRoleViewerDocument,
    "\n  query BillingRoleReads($id: ID!) {\n    customers(first: 5) {\n      totalCount\n    }\n    customer(id: $id) {\n      id\n      balance {\n        minorUnits\n      }\n      messages(first: 1) {\n        totalCount\n      }\n    }\n    operators(first: 5) {\n      totalCount\n    }\n  }\n": types.BillingRoleReadsDocument,
    "\n  query BillingRoleApiKeys {\n    apiKeys {\n      totalCount\n    }\n  }\n": types.BillingRoleApiKeysDocument,
    "\n  query BillingRoleAuditLog {\n    auditLog {\n      totalCount\n    }\n  }\n": types.BillingRoleAuditLogDocument,
    "\n  mutation BillingRoleCustomerCreate {\n    customerCreate(input: { name: \"Not for billing\", country: \"GB\", currency: \"GBP\" }) {\n      customer {\n        id\n      }\n    }\n  }\n": types.BillingRoleCustomerCreateDocument,
    "\n  mutation BillingRoleImpersonate($input: CustomerImpersonateInput!) {\n    customerImpersonate(input: $input) {\n      session {\n        accessToken\n      }\n    }\n  }\n": types.BillingRoleImpersonateDocument,
    "\n  mutation BillingRoleOperatorInvite($input: OperatorInviteInput!) {\n    operatorInvite(input: $input) {\n      operator {\n        id\n      }\n    }\n  }\n": types.BillingRoleOperatorInviteDocument,
    "\n  mutation BillingRoleApiKeyCreate {\n    apiKeyCreate(input: { name: \"Not for billing\", scopes: [BILLING_READ] }) {\n      secret\n    }\n  }\n": types.BillingRoleApiKeyCreateDocument,
    "\n  mutation IdentityOperatorInvite($input: OperatorInviteInput!) {\n    operatorInvite(input: $input) {\n      operator {\n        id\n        status\n      }\n      invitation {\n        url\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": types.IdentityOperatorInviteDocument,
    "\n  query IdentityViewerId {\n    viewer {\n      id\n    }\n  }\n": types.IdentityViewerIdDocument,
    "\n  mutation IdentityOperatorDeactivateErrors($id: ID!) {\n    operatorDeactivate(input: { id: $id }) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.IdentityOperatorDeactivateErrorsDocument,
    "\n  mutation IdentityOperatorDeactivate($id: ID!) {\n    operatorDeactivate(input: { id: $id }) {\n      operator {\n        status\n      }\n    }\n  }\n": types.IdentityOperatorDeactivateDocument,
    "\n  mutation IdentityOperatorMakeReadOnly($id: ID!) {\n    operatorUpdate(input: { id: $id, role: READ_ONLY }) {\n      operator {\n        role\n      }\n    }\n  }\n": types.IdentityOperatorMakeReadOnlyDocument,
    "\n  query IdentityKeyCustomerRead($id: ID!) {\n    customer(id: $id) {\n      id\n      balance {\n        amount\n      }\n    }\n  }\n": types.IdentityKeyCustomerReadDocument,
    "\n  mutation IdentityKeyCustomerCreate {\n    customerCreate(input: { name: \"x\", country: \"GB\", currency: \"GBP\" }) {\n      customer {\n        id\n      }\n    }\n  }\n": types.IdentityKeyCustomerCreateDocument,
    "\n  query IdentityApiKeys {\n    apiKeys {\n      nodes {\n        id\n        prefix\n        lastUsedAt\n      }\n    }\n  }\n": types.IdentityApiKeysDocument,
    "\n  mutation IdentityApiKeyRevoke($id: ID!) {\n    apiKeyRevoke(input: { id: $id }) {\n      apiKey {\n        revokedAt\n      }\n    }\n  }\n": types.IdentityApiKeyRevokeDocument,
    "\n  query IdentityCustomerCount {\n    customers {\n      totalCount\n    }\n  }\n": types.IdentityCustomerCountDocument,
    "\n  query IdentityCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n    }\n  }\n": types.IdentityCustomerDocument,
    "\n  mutation IdentityPartnerCreate($input: PartnerCreateInput!) {\n    partnerCreate(input: $input) {\n      partner {\n        id\n      }\n      ownerInvitation {\n        url\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.IdentityPartnerCreateDocument,
    "\n  mutation IdentityMemberInvitationCreate($id: ID!) {\n    memberInvitationCreate(input: { memberId: $id }) {\n      invitation {\n        url\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.IdentityMemberInvitationCreateDocument,
    "\n  query IdentityPortalViewer {\n    portalViewer {\n      customer {\n        id\n      }\n      member {\n        id\n      }\n      impersonator {\n        id\n      }\n    }\n  }\n": types.IdentityPortalViewerDocument,
    "\n  mutation ImpersonationStart($input: CustomerImpersonateInput!) {\n    customerImpersonate(input: $input) {\n      session {\n        accessToken\n        expiresAt\n        customer {\n          id\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ImpersonationStartDocument,
    "\n  query ImpersonationPortalSession {\n    portalViewer {\n      customer {\n        id\n        name\n      }\n      member {\n        id\n      }\n      impersonator {\n        email\n      }\n    }\n    customers {\n      totalCount\n    }\n  }\n": types.ImpersonationPortalSessionDocument,
    "\n  query ImpersonationCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n    }\n  }\n": types.ImpersonationCustomerDocument,
    "\n  mutation ImpersonationPortalAccountUpdate {\n    portalAccountUpdate(input: { phone: \"+447700900123\", timezone: \"Europe/London\" }) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ImpersonationPortalAccountUpdateDocument,
    "\n  query ImpersonationPortalExpiresAt {\n    portalViewer {\n      expiresAt\n    }\n  }\n": types.ImpersonationPortalExpiresAtDocument,
    "\n  query ImpersonationViewerId {\n    viewer {\n      id\n    }\n  }\n": types.ImpersonationViewerIdDocument,
    "\n  mutation ImpersonationPortalPasswordChange {\n    portalPasswordChange(input: { currentPassword: \"x\", newPassword: \"a new long password\" }) {\n      changed\n    }\n  }\n": types.ImpersonationPortalPasswordChangeDocument,
    "\n  mutation ImpersonationApiKeyCreate {\n    apiKeyCreate(input: { name: \"k\", scopes: [CUSTOMERS_READ] }) {\n      secret\n    }\n  }\n": types.ImpersonationApiKeyCreateDocument,
    "\n  query RefreshGraceViewer {\n    viewer {\n      id\n    }\n  }\n": types.RefreshGraceViewerDocument,
    "\n  mutation SessionBindingImpersonate($input: CustomerImpersonateInput!) {\n    customerImpersonate(input: $input) {\n      session {\n        accessToken\n      }\n    }\n  }\n": types.SessionBindingImpersonateDocument,
    "\n  query SignInViewer {\n    viewer {\n      id\n      email\n    }\n  }\n": types.SignInViewerDocument,
    "\n  mutation ThrottleOperatorInvite($input: OperatorInviteInput!) {\n    operatorInvite(input: $input) {\n      invitation {\n        url\n      }\n    }\n  }\n": types.ThrottleOperatorInviteDocument,
    "\n  mutation ThrottleMemberInvitation($id: ID!) {\n    memberInvitationCreate(input: { memberId: $id }) {\n      invitation {\n        url\n      }\n    }\n  }\n": types.ThrottleMemberInvitationDocument,
    "\n  mutation ThrottlePasswordChange($input: PortalPasswordChangeInput!) {\n    portalPasswordChange(input: $input) {\n      changed\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ThrottlePasswordChangeDocument,
    "\n  mutation ThrottleImpersonate($input: CustomerImpersonateInput!) {\n    customerImpersonate(input: $input) {\n      session {\n        accessToken\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ThrottleImpersonateDocument,
    "\n  query ThrottleViewerId {\n    viewer {\n      id\n    }\n  }\n": types.ThrottleViewerIdDocument,
    "\n  mutation TokenAttacksImpersonate($input: CustomerImpersonateInput!) {\n    customerImpersonate(input: $input) {\n      session {\n        accessToken\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TokenAttacksImpersonateDocument,
    "\n  mutation BankMove($input: CreditsMoveInput!) {\n    creditsMove(input: $input) {\n      fromEntry {\n        id\n      }\n      toEntry {\n        id\n      }\n      replayed\n      userErrors {\n        code\n      }\n    }\n  }\n": types.BankMoveDocument,
    "\n  mutation BankAccountUpdate($input: BillingAccountUpdateInput!) {\n    billingAccountUpdate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.BankAccountUpdateDocument,
    "\n  mutation CloseGuardAdd($input: CreditsAddInput!) {\n    creditsAdd(input: $input) {\n      entry {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.CloseGuardAddDocument,
    "\n  mutation CloseGuardWithdraw($input: CreditsWithdrawInput!) {\n    creditsWithdraw(input: $input) {\n      entry {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.CloseGuardWithdrawDocument,
    "\n  query CloseGuardState($id: ID!) {\n    customer(id: $id) {\n      billingAccount {\n        closeState\n      }\n    }\n  }\n": types.CloseGuardStateDocument,
    "\n  query CreditsBalances($id: ID!) {\n    customer(id: $id) {\n      id\n      balance {\n        amount\n        minorUnits\n        currency\n      }\n      availableCredit {\n        minorUnits\n      }\n      creditLimit {\n        minorUnits\n      }\n      owed {\n        minorUnits\n      }\n      billingAccount {\n        pricingModel\n        currency\n        paymentTermsDays\n        closeState\n      }\n    }\n  }\n": types.CreditsBalancesDocument,
    "\n  query CreditsLedger($id: ID!, $filter: LedgerFilterInput, $first: Int, $after: String) {\n    customer(id: $id) {\n      ledger(filter: $filter, first: $first, after: $after) {\n        totalCount\n        nodes {\n          id\n          kind\n          amount {\n            minorUnits\n          }\n          balanceAfter {\n            minorUnits\n          }\n          description\n          reference\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.CreditsLedgerDocument,
    "\n  mutation CreditsAdd($input: CreditsAddInput!) {\n    creditsAdd(input: $input) {\n      entry {\n        id\n        kind\n        amount {\n          amount\n          minorUnits\n        }\n        balanceAfter {\n          minorUnits\n        }\n        reference\n      }\n      customer {\n        id\n        balance {\n          minorUnits\n        }\n      }\n      replayed\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CreditsAddDocument,
    "\n  mutation CreditsWithdraw($input: CreditsWithdrawInput!) {\n    creditsWithdraw(input: $input) {\n      entry {\n        id\n        kind\n        amount {\n          minorUnits\n        }\n        balanceAfter {\n          minorUnits\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CreditsWithdrawDocument,
    "\n  mutation CreditsAdjust($input: CreditsAdjustInput!) {\n    creditsAdjust(input: $input) {\n      entry {\n        id\n        kind\n        description\n        amount {\n          minorUnits\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CreditsAdjustDocument,
    "\n  mutation CreditsMove($input: CreditsMoveInput!) {\n    creditsMove(input: $input) {\n      fromEntry {\n        id\n        kind\n        amount {\n          minorUnits\n        }\n        balanceAfter {\n          minorUnits\n        }\n      }\n      toEntry {\n        id\n        kind\n        amount {\n          minorUnits\n        }\n        balanceAfter {\n          minorUnits\n        }\n      }\n      fromCustomer {\n        id\n      }\n      toCustomer {\n        id\n      }\n      replayed\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CreditsMoveDocument,
    "\n  mutation CreditsBillingAccountUpdate($input: BillingAccountUpdateInput!) {\n    billingAccountUpdate(input: $input) {\n      billingAccount {\n        pricingModel\n        paymentTermsDays\n      }\n      customer {\n        creditLimit {\n          minorUnits\n        }\n        availableCredit {\n          minorUnits\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CreditsBillingAccountUpdateDocument,
    "\n  mutation CreditsPricingCustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n        pricingModel\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.CreditsPricingCustomerCreateDocument,
    "\n  query CreditsPricing($id: ID!) {\n    customer(id: $id) {\n      pricingModel\n      billingAccount {\n        pricingModel\n      }\n    }\n  }\n": types.CreditsPricingDocument,
    "\n  mutation CreditsImpersonate($input: CustomerImpersonateInput!) {\n    customerImpersonate(input: $input) {\n      session {\n        accessToken\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.CreditsImpersonateDocument,
    "\n  mutation IdempotencyAdd($input: CreditsAddInput!) {\n    creditsAdd(input: $input) {\n      entry {\n        id\n        balanceAfter {\n          minorUnits\n        }\n      }\n      replayed\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.IdempotencyAddDocument,
    "\n  mutation IdempotencyWithdraw($input: CreditsWithdrawInput!) {\n    creditsWithdraw(input: $input) {\n      entry {\n        id\n      }\n      replayed\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": types.IdempotencyWithdrawDocument,
    "\n  mutation IdempotencyMove($input: CreditsMoveInput!) {\n    creditsMove(input: $input) {\n      fromEntry {\n        id\n        balanceAfter {\n          minorUnits\n        }\n      }\n      toEntry {\n        id\n        balanceAfter {\n          minorUnits\n        }\n      }\n      replayed\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": types.IdempotencyMoveDocument,
    "\n  mutation LedgerSupportAdd($input: CreditsAddInput!) {\n    creditsAdd(input: $input) {\n      entry {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.LedgerSupportAddDocument,
    "\n  mutation CustomerBulkTestTagsAdd($input: CustomerTagsAddInput!) {\n    customerTagsAdd(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.CustomerBulkTestTagsAddDocument,
    "\n  query CustomerBulkTestTagged($filter: CustomerFilter) {\n    customers(filter: $filter, first: 200) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.CustomerBulkTestTaggedDocument,
    "\n  query LifecycleBrowserStatus($id: ID!) {\n    customer(id: $id) {\n      name\n      email\n      erasedAt\n      status\n      accountNumber\n      scheduledCancellation {\n        effectiveAt\n      }\n      statusChanges {\n        transition\n        reason\n      }\n    }\n  }\n": types.LifecycleBrowserStatusDocument,
    "\n  mutation CustomerListTestTagsAdd($input: CustomerTagsAddInput!) {\n    customerTagsAdd(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.CustomerListTestTagsAddDocument,
    "\n  query NotesTagsBrowserRead($id: ID!) {\n    customer(id: $id) {\n      tags\n      notes {\n        nodes {\n          body\n        }\n      }\n    }\n  }\n": types.NotesTagsBrowserReadDocument,
    "\n  mutation NotesTagsBrowserTag($input: CustomerTagsAddInput!) {\n    customerTagsAdd(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.NotesTagsBrowserTagDocument,
    "\n  mutation NotesTagsBrowserUntag($input: CustomerTagsRemoveInput!) {\n    customerTagsRemove(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.NotesTagsBrowserUntagDocument,
    "\n  mutation NotesTagsBrowserNote($input: CustomerNoteCreateInput!) {\n    customerNoteCreate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.NotesTagsBrowserNoteDocument,
    "\n  query NotesTagsBrowserActivityCount($id: ID!) {\n    customer(id: $id) {\n      activity(first: 1) {\n        totalCount\n      }\n    }\n  }\n": types.NotesTagsBrowserActivityCountDocument,
    "\n  mutation BrowserInvoiceCreate($input: InvoiceCreateInput!) {\n    invoiceCreate(input: $input) {\n      invoice {\n        id\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": types.BrowserInvoiceCreateDocument,
    "\n  mutation BrowserInvoiceIssue($input: InvoiceIssueInput!) {\n    invoiceIssue(input: $input) {\n      invoice {\n        id\n        number\n        issueDate\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": types.BrowserInvoiceIssueDocument,
    "\n  query LogInAsPortalExpiresAt {\n    portalViewer {\n      expiresAt\n    }\n  }\n": types.LogInAsPortalExpiresAtDocument,
    "\n  query BrowserLowCreditReminder($id: ID!) {\n    customer(id: $id) {\n      lowCreditReminder {\n        enabled\n        thresholdMinor\n        recipients\n      }\n    }\n  }\n": types.BrowserLowCreditReminderDocument,
    "\n  mutation BrowserMemberInvitation($input: MemberInvitationCreateInput!) {\n    memberInvitationCreate(input: $input) {\n      invitation {\n        url\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n": types.BrowserMemberInvitationDocument,
    "\n  mutation BrowserQuoteCreate($input: QuoteCreateInput!) {\n    quoteCreate(input: $input) {\n      quote {\n        id\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": types.BrowserQuoteCreateDocument,
    "\n  mutation BrowserQuoteSend($input: QuoteSendInput!) {\n    quoteSend(input: $input) {\n      quote {\n        id\n        status\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": types.BrowserQuoteSendDocument,
    "\n  query BrowserCustomerQuotes($id: ID!) {\n    customer(id: $id) {\n      id\n      quotes {\n        nodes {\n          id\n          status\n          invoiceId\n          declineReason\n          total {\n            minorUnits\n          }\n        }\n      }\n    }\n  }\n": types.BrowserCustomerQuotesDocument,
    "\n  query BrowserQuoteInvoice($id: ID!) {\n    invoice(id: $id) {\n      id\n      status\n      number\n      customer {\n        id\n      }\n      lines {\n        position\n        description\n        quantity\n        unitPrice {\n          minorUnits\n        }\n        taxRate\n        amount {\n          minorUnits\n        }\n      }\n      subtotal {\n        minorUnits\n      }\n      tax {\n        minorUnits\n      }\n      total {\n        minorUnits\n        currency\n      }\n    }\n  }\n": types.BrowserQuoteInvoiceDocument,
    "\n  query BrowserInvoiceHeader {\n    invoiceHeader {\n      legalName\n      addressLines\n      taxId\n      logo {\n        contentType\n      }\n    }\n  }\n": types.BrowserInvoiceHeaderDocument,
    "\n  mutation BrowserWebhookEndpointCreate($input: WebhookEndpointCreateInput!) {\n    webhookEndpointCreate(input: $input) {\n      webhookEndpoint {\n        id\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n": types.BrowserWebhookEndpointCreateDocument,
    "\n  mutation BrowserCustomerRename($input: CustomerUpdateInput!) {\n    customerUpdate(input: $input) {\n      userErrors {\n        message\n      }\n    }\n  }\n": types.BrowserCustomerRenameDocument,
    "\n  query BrowserWebhookDeliveryCount($id: ID!) {\n    webhookEndpoint(id: $id) {\n      deliveries(first: 1, filter: { status: SUCCEEDED }) {\n        totalCount\n      }\n    }\n  }\n": types.BrowserWebhookDeliveryCountDocument,
    "\n  mutation AccountNumberChange($input: CustomerAccountNumberChangeInput!) {\n    customerAccountNumberChange(input: $input) {\n      customer {\n        id\n        accountNumber\n      }\n      swappedWith {\n        id\n        accountNumber\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.AccountNumberChangeDocument,
    "\n  query AccountNumberHistory($id: ID!) {\n    customer(id: $id) {\n      accountNumber\n      accountNumberHistory {\n        accountNumber\n        current\n        assignedAt\n        releasedAt\n      }\n    }\n  }\n": types.AccountNumberHistoryDocument,
    "\n  query AccountNumberSearch($query: String!) {\n    customers(first: 10, filter: { query: $query }) {\n      nodes {\n        id\n        accountNumber\n        matchedFormerAccountNumber\n      }\n    }\n  }\n": types.AccountNumberSearchDocument,
    "\n  query AccountNumberActivity($customerId: ID!) {\n    auditLog(first: 50, filter: { customerId: $customerId, action: \"customer.account-number-changed\" }) {\n      nodes {\n        details\n      }\n    }\n  }\n": types.AccountNumberActivityDocument,
    "\n  query ActivityOfCustomer($id: ID!, $first: Int, $after: String) {\n    customer(id: $id) {\n      activity(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          action\n          occurredAt\n          targetType\n          targetId\n          actor {\n            kind\n            id\n            name\n          }\n          impersonator {\n            kind\n            id\n            name\n          }\n          changes {\n            field\n            from\n            to\n          }\n        }\n      }\n    }\n  }\n": types.ActivityOfCustomerDocument,
    "\n  mutation ActivityMemberCreate($input: MemberCreateInput!) {\n    memberCreate(input: $input) {\n      member {\n        id\n      }\n    }\n  }\n": types.ActivityMemberCreateDocument,
    "\n  mutation ActivityMemberUpdate($input: MemberUpdateInput!) {\n    memberUpdate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ActivityMemberUpdateDocument,
    "\n  mutation ActivityNoteCreate($input: CustomerNoteCreateInput!) {\n    customerNoteCreate(input: $input) {\n      note {\n        id\n      }\n    }\n  }\n": types.ActivityNoteCreateDocument,
    "\n  mutation ActivityTagsAdd($input: CustomerTagsAddInput!) {\n    customerTagsAdd(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ActivityTagsAddDocument,
    "\n  mutation ActivityImpersonate($input: CustomerImpersonateInput!) {\n    customerImpersonate(input: $input) {\n      session {\n        accessToken\n      }\n    }\n  }\n": types.ActivityImpersonateDocument,
    "\n  mutation ActivityPortalAccountUpdate($input: PortalAccountUpdateInput!) {\n    portalAccountUpdate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ActivityPortalAccountUpdateDocument,
    "\n  query ActivityViewer {\n    viewer {\n      id\n      name\n    }\n  }\n": types.ActivityViewerDocument,
    "\n  mutation BulkMessageAction($input: CustomersBulkActionInput!) {\n    customersBulkAction(input: $input) {\n      bulkOperation {\n        id\n        action\n        status\n        total\n        processed\n        changed\n        skipped\n        canUndo\n        messageBatchId\n        skippedReasons {\n          reason\n          count\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.BulkMessageActionDocument,
    "\n  query BulkMessageOutcomes($id: ID!, $outcome: CustomerBulkOutcomeKind) {\n    customerBulkOperation(id: $id) {\n      id\n      messageBatchId\n      outcomes(first: 50, outcome: $outcome) {\n        totalCount\n        nodes {\n          outcome\n          reason\n          customer {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.BulkMessageOutcomesDocument,
    "\n  mutation BulkMessageUndo($input: CustomerBulkOperationUndoInput!) {\n    customerBulkOperationUndo(input: $input) {\n      bulkOperation {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.BulkMessageUndoDocument,
    "\n  mutation BulkMessageTagsAdd($input: CustomerTagsAddInput!) {\n    customerTagsAdd(input: $input) {\n      userErrors {\n        message\n      }\n    }\n  }\n": types.BulkMessageTagsAddDocument,
    "\n  mutation BulkMessageCreditsAdd($input: CreditsAddInput!) {\n    creditsAdd(input: $input) {\n      userErrors {\n        message\n      }\n    }\n  }\n": types.BulkMessageCreditsAddDocument,
    "\n  query BulkMessageFilteredIds($filter: CustomerFilter) {\n    customers(filter: $filter, first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.BulkMessageFilteredIdsDocument,
    "\n  mutation ClosingClose($input: CustomerCloseInput!) {\n    customerClose(input: $input) {\n      customer {\n        id\n        status\n        closedAt\n      }\n      closeBlockers {\n        balance {\n          minorUnits\n          currency\n        }\n        owed {\n          minorUnits\n          currency\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ClosingCloseDocument,
    "\n  mutation ClosingRestore($input: CustomerRestoreInput!) {\n    customerRestore(input: $input) {\n      customer {\n        id\n        status\n        closedAt\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.ClosingRestoreDocument,
    "\n  mutation ClosingErase($input: CustomerEraseInput!) {\n    customerErase(input: $input) {\n      customer {\n        id\n        name\n        billingName\n        email\n        phone\n        keywords\n        location {\n          city\n        }\n        accountNumber\n        status\n        erasedAt\n        members {\n          name\n          email\n          phone\n        }\n        notes {\n          nodes {\n            body\n          }\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ClosingEraseDocument,
    "\n  mutation ClosingNote($input: CustomerNoteCreateInput!) {\n    customerNoteCreate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ClosingNoteDocument,
    "\n  mutation ClosingDeactivate($input: CustomerDeactivateInput!) {\n    customerDeactivate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ClosingDeactivateDocument,
    "\n  mutation ClosingDetails($input: CustomerUpdateInput!) {\n    customerUpdate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ClosingDetailsDocument,
    "\n  query ClosingList($status: [CustomerStatus!]) {\n    customers(first: 50, filter: { status: $status }) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.ClosingListDocument,
    "\n  mutation ClosingCreditsAdd($input: CreditsAddInput!) {\n    creditsAdd(input: $input) {\n      entry {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.ClosingCreditsAddDocument,
    "\n  query ClosingBalance($id: ID!) {\n    customer(id: $id) {\n      status\n      balance {\n        minorUnits\n      }\n    }\n  }\n": types.ClosingBalanceDocument,
    "\n  mutation CustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n        name\n        billingName\n        accountNumber\n        status\n        country\n        currency\n        timezone\n        pricingModel\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CustomerCreateDocument,
    "\n  query CustomersPage(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $sortKey: CustomerSortKey\n    $reverse: Boolean\n    $filter: CustomerFilter\n  ) {\n    customers(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      sortKey: $sortKey\n      reverse: $reverse\n      filter: $filter\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        name\n        accountNumber\n      }\n    }\n  }\n": types.CustomersPageDocument,
    "\n  mutation CustomerDetailsCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n        name\n        billingName\n        phone\n        country\n        currency\n        timezone\n        keywords\n        resellerId\n        location {\n          lines\n          city\n          region\n          postcode\n          country\n          latitude\n          longitude\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CustomerDetailsCreateDocument,
    "\n  mutation CustomerDetailsUpdate($input: CustomerUpdateInput!) {\n    customerUpdate(input: $input) {\n      customer {\n        id\n        name\n        billingName\n        email\n        phone\n        country\n        currency\n        timezone\n        pricingModel\n        keywords\n        resellerId\n        reseller {\n          id\n          name\n        }\n        location {\n          lines\n          city\n          country\n          latitude\n          longitude\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CustomerDetailsUpdateDocument,
    "\n  query CustomerDetailsActivity($customerId: ID!) {\n    auditLog(first: 50, filter: { customerId: $customerId }) {\n      nodes {\n        action\n        actorKind\n        details\n      }\n    }\n  }\n": types.CustomerDetailsActivityDocument,
    "\n  query CustomerDetailsSearch($query: String!) {\n    customers(first: 10, filter: { query: $query }) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.CustomerDetailsSearchDocument,
    "\n  query CustomerMessages($id: ID!, $first: Int, $after: String) {\n    customer(id: $id) {\n      messages(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          channel\n          recipient\n          subject\n          body\n          status\n          createdAt\n        }\n      }\n    }\n  }\n": types.CustomerMessagesDocument,
    "\n  mutation ExportStart($input: CustomerExportStartInput!) {\n    customerExportStart(input: $input) {\n      export {\n        id\n        status\n        columns\n        fileName\n        downloadUrl\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ExportStartDocument,
    "\n  query ExportProgress($id: ID!) {\n    customerExport(id: $id) {\n      id\n      status\n      total\n      rowsWritten\n      fileName\n      downloadUrl\n      error\n      createdAt\n      finishedAt\n      expiresAt\n    }\n  }\n": types.ExportProgressDocument,
    "\n  query ExportList {\n    customerExports(first: 10) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n": types.ExportListDocument,
    "\n  query ListReferencePage(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $sortKey: CustomerSortKey\n    $reverse: Boolean\n    $filter: CustomerFilter\n  ) {\n    customers(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      sortKey: $sortKey\n      reverse: $reverse\n      filter: $filter\n    ) {\n      totalCount\n      totalCountPrecision\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n      }\n    }\n  }\n": types.ListReferencePageDocument,
    "\n  query ListSearch($filter: CustomerFilter, $sortKey: CustomerSortKey, $first: Int, $after: String) {\n    customers(filter: $filter, sortKey: $sortKey, first: $first, after: $after) {\n      totalCount\n      totalCountPrecision\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        name\n        matchedFormerAccountNumber\n      }\n    }\n  }\n": types.ListSearchDocument,
    "\n  mutation ListSearchMemberCreate($input: MemberCreateInput!) {\n    memberCreate(input: $input) {\n      userErrors {\n        message\n      }\n    }\n  }\n": types.ListSearchMemberCreateDocument,
    "\n  mutation ListSearchNumberChange($input: CustomerAccountNumberChangeInput!) {\n    customerAccountNumberChange(input: $input) {\n      userErrors {\n        message\n      }\n    }\n  }\n": types.ListSearchNumberChangeDocument,
    "\n  mutation ListSearchCustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n": types.ListSearchCustomerCreateDocument,
    "\n  query ListStrictFilters($filter: CustomerFilter) {\n    customers(filter: $filter, first: 5) {\n      totalCount\n    }\n  }\n": types.ListStrictFiltersDocument,
    "\n  mutation ListStrictTagsAdd($input: CustomerTagsAddInput!) {\n    customerTagsAdd(input: $input) {\n      userErrors {\n        message\n      }\n    }\n  }\n": types.ListStrictTagsAddDocument,
    "\n  mutation ListViewCreate($input: CustomerListViewCreateInput!) {\n    customerListViewCreate(input: $input) {\n      customerListView {\n        id\n        name\n        shared\n        ownedByMe\n        canEdit\n        filter {\n          query\n          status\n          country\n          pricingModel\n          createdAt {\n            from\n            to\n          }\n          tags {\n            anyOf\n          }\n        }\n        sortKey\n        reverse\n        columns\n        owner {\n          email\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ListViewCreateDocument,
    "\n  mutation ListViewUpdate($input: CustomerListViewUpdateInput!) {\n    customerListViewUpdate(input: $input) {\n      customerListView {\n        id\n        name\n        shared\n        filter {\n          query\n          status\n        }\n        sortKey\n        reverse\n        columns\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": types.ListViewUpdateDocument,
    "\n  mutation ListViewDelete($input: CustomerListViewDeleteInput!) {\n    customerListViewDelete(input: $input) {\n      deletedId\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": types.ListViewDeleteDocument,
    "\n  query ListViews {\n    customerListViews {\n      id\n      name\n      shared\n      ownedByMe\n      canEdit\n    }\n  }\n": types.ListViewsDocument,
    "\n  mutation NotesNoteCreate($input: CustomerNoteCreateInput!) {\n    customerNoteCreate(input: $input) {\n      note {\n        id\n        body\n        author {\n          kind\n          id\n          name\n        }\n        createdAt\n        updatedAt\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.NotesNoteCreateDocument,
    "\n  mutation NotesNoteUpdate($input: CustomerNoteUpdateInput!) {\n    customerNoteUpdate(input: $input) {\n      note {\n        id\n        body\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.NotesNoteUpdateDocument,
    "\n  mutation NotesNoteDelete($input: CustomerNoteDeleteInput!) {\n    customerNoteDelete(input: $input) {\n      deletedNoteId\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.NotesNoteDeleteDocument,
    "\n  query NotesOfCustomer($id: ID!, $first: Int, $after: String) {\n    customer(id: $id) {\n      notes(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          body\n        }\n      }\n    }\n  }\n": types.NotesOfCustomerDocument,
    "\n  query NotesViewer {\n    viewer {\n      id\n      name\n    }\n  }\n": types.NotesViewerDocument,
    "\n  mutation NotesMemberInvitation($input: MemberInvitationCreateInput!) {\n    memberInvitationCreate(input: $input) {\n      invitation {\n        url\n      }\n    }\n  }\n": types.NotesMemberInvitationDocument,
    "\n  mutation TagsAdd($input: CustomerTagsAddInput!) {\n    customerTagsAdd(input: $input) {\n      customers {\n        id\n        tags\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.TagsAddDocument,
    "\n  mutation TagsRemove($input: CustomerTagsRemoveInput!) {\n    customerTagsRemove(input: $input) {\n      customers {\n        id\n        tags\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.TagsRemoveDocument,
    "\n  query TagsCounts {\n    customerTags {\n      tag\n      customerCount\n    }\n  }\n": types.TagsCountsDocument,
    "\n  query TagsOfCustomers {\n    customers(first: 50) {\n      nodes {\n        id\n        tags\n      }\n    }\n  }\n": types.TagsOfCustomersDocument,
    "\n  mutation RestartCustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n      }\n    }\n  }\n": types.RestartCustomerCreateDocument,
    "\n  mutation RestartCancel($input: CustomerCancelInput!) {\n    customerCancel(input: $input) {\n      customer {\n        scheduledCancellation {\n          effectiveAt\n        }\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n": types.RestartCancelDocument,
    "\n  mutation StandingRestartCustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n      }\n    }\n  }\n": types.StandingRestartCustomerCreateDocument,
    "\n  mutation StandingCreditsAdd($input: CreditsAddInput!) {\n    creditsAdd(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.StandingCreditsAddDocument,
    "\n  mutation StandingCreditsMove($input: CreditsMoveInput!) {\n    creditsMove(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.StandingCreditsMoveDocument,
    "\n  mutation StandingReminderUpdate($input: LowCreditReminderUpdateInput!) {\n    lowCreditReminderUpdate(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.StandingReminderUpdateDocument,
    "\n  mutation StandingInvoicePay($input: InvoicePaymentRecordInput!) {\n    invoicePaymentRecord(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.StandingInvoicePayDocument,
    "\n  mutation StandingMessageSend($input: MessageSendInput!) {\n    messageSend(input: $input) {\n      message {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.StandingMessageSendDocument,
    "\n  query StandingLiveValues($id: ID!) {\n    customer(id: $id) {\n      id\n      balance {\n        minorUnits\n        currency\n      }\n      owed {\n        minorUnits\n      }\n      lowCreditReminder {\n        enabled\n        thresholdMinor\n      }\n      messages(first: 1) {\n        nodes {\n          status\n          sentAt\n        }\n      }\n    }\n  }\n": types.StandingLiveValuesDocument,
    "\n  fragment LifecycleCustomer on Customer {\n    id\n    status\n    closedAt\n    scheduledCancellation {\n      mode\n      effectiveAt\n      reason\n    }\n    statusChanges {\n      transition\n      fromStatus\n      toStatus\n      reason\n      cancellationMode\n      actorKind\n      actorId\n    }\n  }\n": types.LifecycleCustomerFragmentDoc,
    "\n  mutation LifecycleSuspend($input: CustomerSuspendInput!) {\n    customerSuspend(input: $input) {\n      customer {\n        ...LifecycleCustomer\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.LifecycleSuspendDocument,
    "\n  mutation LifecycleReenable($input: CustomerReenableInput!) {\n    customerReenable(input: $input) {\n      customer {\n        ...LifecycleCustomer\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.LifecycleReenableDocument,
    "\n  mutation LifecycleDeactivate($input: CustomerDeactivateInput!) {\n    customerDeactivate(input: $input) {\n      customer {\n        ...LifecycleCustomer\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.LifecycleDeactivateDocument,
    "\n  mutation LifecycleReactivate($input: CustomerReactivateInput!) {\n    customerReactivate(input: $input) {\n      customer {\n        ...LifecycleCustomer\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.LifecycleReactivateDocument,
    "\n  mutation LifecycleCancel($input: CustomerCancelInput!) {\n    customerCancel(input: $input) {\n      customer {\n        ...LifecycleCustomer\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.LifecycleCancelDocument,
    "\n  mutation LifecycleWithdraw($input: CustomerCancellationWithdrawInput!) {\n    customerCancellationWithdraw(input: $input) {\n      customer {\n        ...LifecycleCustomer\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.LifecycleWithdrawDocument,
    "\n  query LifecycleRead($id: ID!) {\n    customer(id: $id) {\n      ...LifecycleCustomer\n    }\n  }\n": types.LifecycleReadDocument,
    "\n  query LifecycleActivity($customerId: ID!) {\n    auditLog(first: 50, filter: { customerId: $customerId }) {\n      nodes {\n        action\n        details\n      }\n    }\n  }\n": types.LifecycleActivityDocument,
    "\n  mutation LifecycleInvite($id: ID!) {\n    memberInvitationCreate(input: { memberId: $id }) {\n      invitation {\n        url\n      }\n    }\n  }\n": types.LifecycleInviteDocument,
    "\n  query LifecyclePortalViewer {\n    portalViewer {\n      customer {\n        id\n      }\n    }\n  }\n": types.LifecyclePortalViewerDocument,
    "\n  query BulkPreview($input: CustomersBulkActionInput!) {\n    customersBulkActionPreview(input: $input) {\n      action\n      total\n      willChange\n      willSkip\n      runsInBackground\n      skippedReasons {\n        reason\n        count\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.BulkPreviewDocument,
    "\n  mutation BulkAction($input: CustomersBulkActionInput!) {\n    customersBulkAction(input: $input) {\n      bulkOperation {\n        id\n        status\n        total\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.BulkActionDocument,
    "\n  query BulkOperation($id: ID!, $outcome: CustomerBulkOutcomeKind) {\n    customerBulkOperation(id: $id) {\n      id\n      action\n      status\n      total\n      processed\n      changed\n      skipped\n      canUndo\n      finishedAt\n      outcomesCsvUrl\n      skippedReasons {\n        reason\n        count\n      }\n      undoOf {\n        id\n      }\n      undoneBy {\n        id\n      }\n      outcomes(first: 5, outcome: $outcome) {\n        totalCount\n        nodes {\n          outcome\n          reason\n          customer {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n": types.BulkOperationDocument,
    "\n  mutation BulkCancel($input: CustomerBulkOperationCancelInput!) {\n    customerBulkOperationCancel(input: $input) {\n      bulkOperation {\n        id\n        status\n        processed\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.BulkCancelDocument,
    "\n  mutation BulkUndo($input: CustomerBulkOperationUndoInput!) {\n    customerBulkOperationUndo(input: $input) {\n      bulkOperation {\n        id\n        status\n        total\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.BulkUndoDocument,
    "\n  query CustomersWithBalances {\n    viewer {\n      email\n      role\n      partner {\n        id\n        name\n      }\n    }\n    customers(first: 10, sortKey: NAME) {\n      totalCount\n      nodes {\n        id\n        name\n        accountNumber\n        status\n        balance {\n          amount\n          minorUnits\n          currency\n        }\n        messages(first: 5) {\n          totalCount\n          nodes {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.CustomersWithBalancesDocument,
    "\n  mutation GatewayApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      secret\n      apiKey {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.GatewayApiKeyCreateDocument,
    "\n  query GatewayApiKeyFiveCustomers {\n    customers(first: 5) {\n      totalCount\n    }\n  }\n": types.GatewayApiKeyFiveCustomersDocument,
    "\n  query GatewayApiKeyOneCustomer {\n    customers(first: 1) {\n      totalCount\n    }\n  }\n": types.GatewayApiKeyOneCustomerDocument,
    "\n  query LimitsSevenDeep {\n    customers(first: 10) {\n      edges {\n        node {\n          messages(first: 10) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.LimitsSevenDeepDocument,
    "\n  query LimitsOverTheCostLimit {\n    customers(first: 100) {\n      nodes {\n        messages(first: 100) {\n          nodes {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.LimitsOverTheCostLimitDocument,
    "\n  query LimitsPageSizeInVariable($first: Int = 100) {\n    customers(first: $first) {\n      nodes {\n        messages(first: $first) {\n          nodes {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.LimitsPageSizeInVariableDocument,
    "\n  query LimitsCustomersWithBalance {\n    customers(first: 10) {\n      nodes {\n        id\n        name\n        balance {\n          amount\n        }\n      }\n    }\n  }\n": types.LimitsCustomersWithBalanceDocument,
    "\n  mutation LimitsCustomerCreate {\n    customerCreate(input: { name: \"Cost check\", country: \"GB\", currency: \"GBP\" }) {\n      customer {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.LimitsCustomerCreateDocument,
    "\n  query LimitsViewerEmail {\n    viewer {\n      email\n    }\n  }\n": types.LimitsViewerEmailDocument,
    "\n  query LimitsViewerId {\n    viewer {\n      id\n    }\n  }\n": types.LimitsViewerIdDocument,
    "\n  query ProductionCustomerBalances {\n    customers {\n      nodes {\n        id\n        balance {\n          amount\n        }\n      }\n    }\n  }\n": types.ProductionCustomerBalancesDocument,
    "\n  query RateLimitTenCustomers {\n    customers(first: 10) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.RateLimitTenCustomersDocument,
    "\n  query RateLimitFortyCustomers {\n    customers(first: 40) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.RateLimitFortyCustomersDocument,
    "\n  mutation FuzzMemberInvitation($input: MemberInvitationCreateInput!) {\n    memberInvitationCreate(input: $input) {\n      invitation {\n        url\n      }\n    }\n  }\n": types.FuzzMemberInvitationDocument,
    "\n  mutation TextRulesCustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n        name\n        billingName\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.TextRulesCustomerCreateDocument,
    "\n  mutation TextRulesOperatorInvite($input: OperatorInviteInput!) {\n    operatorInvite(input: $input) {\n      operator {\n        id\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": types.TextRulesOperatorInviteDocument,
    "\n  query TextRulesCustomers($filter: CustomerFilter) {\n    customers(filter: $filter) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.TextRulesCustomersDocument,
    "\n  query BillingRunCustomerServices($id: ID!) {\n    customer(id: $id) {\n      services {\n        id\n      }\n    }\n  }\n": types.BillingRunCustomerServicesDocument,
    "\n  mutation CatalogServiceCreate($input: ServiceCreateInput!) {\n    serviceCreate(input: $input) {\n      service {\n        id\n        description\n        unitPrice {\n          amount\n          minorUnits\n          currency\n        }\n        quantity\n        period\n        startDate\n        endDate\n        assignedMemberId\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CatalogServiceCreateDocument,
    "\n  mutation CatalogBillingAccountUpdate($input: BillingAccountUpdateInput!) {\n    billingAccountUpdate(input: $input) {\n      billingAccount {\n        pricingModel\n        suspendForLatePayment\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.CatalogBillingAccountUpdateDocument,
    "\n  mutation CatalogTaxRateSet($input: TaxRateSetInput!) {\n    taxRateSet(input: $input) {\n      taxRate {\n        country\n        rate\n        reverseCharge\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.CatalogTaxRateSetDocument,
    "\n  mutation CatalogRecipientPriceSet($input: RecipientPriceSetInput!) {\n    recipientPriceSet(input: $input) {\n      billingSettings {\n        recipientPrice {\n          amount\n          currency\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.CatalogRecipientPriceSetDocument,
    "\n  mutation CatalogFxRateSet($input: FxRateSetInput!) {\n    fxRateSet(input: $input) {\n      fxRate {\n        baseCurrency\n        quoteCurrency\n        rate\n        customerId\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CatalogFxRateSetDocument,
    "\n  mutation CatalogUsageRecord($input: UsageRecordInput!) {\n    usageRecord(input: $input) {\n      usageRecord {\n        id\n        amount {\n          minorUnits\n          currency\n        }\n        status\n        ledgerEntryId\n      }\n      customer {\n        balance {\n          minorUnits\n        }\n      }\n      replayed\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CatalogUsageRecordDocument,
    "\n  mutation CatalogBillingRunStart($input: BillingRunStartInput!) {\n    billingRunStart(input: $input) {\n      billingRun {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.CatalogBillingRunStartDocument,
    "\n  query CatalogBillingRun($id: ID!) {\n    billingRun(id: $id) {\n      id\n      status\n      total\n      processed\n      invoicesCreated\n      alreadyInvoiced\n      skipped\n      skips {\n        customerId\n        reason\n      }\n      error\n    }\n  }\n": types.CatalogBillingRunDocument,
    "\n  query CatalogSettings($customerId: ID!) {\n    billingSettings {\n      taxRates {\n        country\n        rate\n        reverseCharge\n      }\n      recipientPrice {\n        amount\n        minorUnits\n        currency\n      }\n      fxRates {\n        baseCurrency\n        quoteCurrency\n        rate\n      }\n    }\n    customer(id: $customerId) {\n      fxRates {\n        baseCurrency\n        quoteCurrency\n        rate\n        customerId\n      }\n      billingAccount {\n        suspendForLatePayment\n      }\n    }\n  }\n": types.CatalogSettingsDocument,
    "\n  query CatalogServices($id: ID!) {\n    customer(id: $id) {\n      services {\n        id\n        description\n        quantity\n        unitPrice {\n          minorUnits\n          currency\n        }\n        startDate\n        endDate\n      }\n    }\n  }\n": types.CatalogServicesDocument,
    "\n  mutation CatalogServiceUpdate($input: ServiceUpdateInput!) {\n    serviceUpdate(input: $input) {\n      service {\n        id\n        quantity\n        endDate\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": types.CatalogServiceUpdateDocument,
    "\n  mutation CatalogServiceRemove($input: ServiceRemoveInput!) {\n    serviceRemove(input: $input) {\n      service {\n        id\n        endDate\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.CatalogServiceRemoveDocument,
    "\n  mutation CatalogCancel($input: CustomerCancelInput!) {\n    customerCancel(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.CatalogCancelDocument,
    "\n  mutation CatalogWithdraw($input: CustomerCancellationWithdrawInput!) {\n    customerCancellationWithdraw(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.CatalogWithdrawDocument,
    "\n  mutation CatalogCreditsAdd($input: CreditsAddInput!) {\n    creditsAdd(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.CatalogCreditsAddDocument,
    "\n  query CatalogBalance($id: ID!) {\n    customer(id: $id) {\n      balance {\n        minorUnits\n      }\n    }\n  }\n": types.CatalogBalanceDocument,
    "\n  mutation CatalogMemberCreate($input: MemberCreateInput!) {\n    memberCreate(input: $input) {\n      member {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.CatalogMemberCreateDocument,
    "\n  mutation CatalogMemberUpdate($input: MemberUpdateInput!) {\n    memberUpdate(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.CatalogMemberUpdateDocument,
    "\n  query CustomerInvoicesPage($first: Int!, $invoices: Int!, $after: String, $status: [InvoiceStatus!]) {\n    customers(first: $first) {\n      nodes {\n        id\n        invoices(first: $invoices, after: $after, status: $status) {\n          totalCount\n          nodes {\n            id\n            status\n          }\n          pageInfo {\n            hasNextPage\n            hasPreviousPage\n            startCursor\n            endCursor\n          }\n        }\n      }\n    }\n  }\n": types.CustomerInvoicesPageDocument,
    "\n  query CustomerInvoicesOfOne($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n    customer(id: $id) {\n      invoices(first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        nodes {\n          id\n        }\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n      }\n    }\n  }\n": types.CustomerInvoicesOfOneDocument,
    "\n  mutation CustomerInvoicesPageCustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n        name\n        accountNumber\n        currency\n      }\n    }\n  }\n": types.CustomerInvoicesPageCustomerCreateDocument,
    "\n  query CustomerInvoicesPageOpen($first: Int!) {\n    customers(first: $first) {\n      nodes {\n        invoices(first: 1) {\n          totalCount\n        }\n      }\n    }\n  }\n": types.CustomerInvoicesPageOpenDocument,
    "\n  mutation DocumentsHeaderUpdate($input: InvoiceHeaderUpdateInput!) {\n    invoiceHeaderUpdate(input: $input) {\n      invoiceHeader {\n        legalName\n        addressLines\n        taxId\n        logo {\n          contentType\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.DocumentsHeaderUpdateDocument,
    "\n  query DocumentsHeader {\n    invoiceHeader {\n      legalName\n      addressLines\n      taxId\n      logo {\n        contentType\n      }\n    }\n  }\n": types.DocumentsHeaderDocument,
    "\n  query InvoicesListPage($filter: InvoiceFilterInput, $first: Int, $after: String, $last: Int, $before: String) {\n    invoices(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      nodes {\n        id\n        number\n        status\n        issueDate\n        customer {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n": types.InvoicesListPageDocument,
    "\n  query InvoicesListOfCustomer($id: ID!, $status: [InvoiceStatus!]) {\n    customer(id: $id) {\n      invoices(status: $status) {\n        totalCount\n        nodes {\n          id\n        }\n      }\n    }\n  }\n": types.InvoicesListOfCustomerDocument,
    "\n  query InvoicesListOne($id: ID!) {\n    invoice(id: $id) {\n      id\n      number\n    }\n  }\n": types.InvoicesListOneDocument,
    "\n  mutation InvoicesListSettings($input: InvoiceSettingsUpdateInput!) {\n    invoiceSettingsUpdate(input: $input) {\n      settings {\n        prefix\n        historyStart\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": types.InvoicesListSettingsDocument,
    "\n  mutation InvoicesListPay($input: InvoicePaymentRecordInput!) {\n    invoicePaymentRecord(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.InvoicesListPayDocument,
    "\n  fragment InvoicingLifecycleInvoiceFields on Invoice {\n    id\n    number\n    kind\n    status\n    currency\n    issueDate\n    dueDate\n    total {\n      minorUnits\n    }\n    paid {\n      minorUnits\n    }\n    credited {\n      minorUnits\n    }\n    amountDue {\n      minorUnits\n    }\n  }\n": types.InvoicingLifecycleInvoiceFieldsFragmentDoc,
    "\n  mutation InvoicingLifecycleSupportCreate($input: InvoiceCreateInput!) {\n    invoiceCreate(input: $input) {\n      invoice {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.InvoicingLifecycleSupportCreateDocument,
    "\n  mutation InvoicingLifecycleSupportIssue($input: InvoiceIssueInput!) {\n    invoiceIssue(input: $input) {\n      invoice {\n        id\n        number\n        status\n        issueDate\n        dueDate\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.InvoicingLifecycleSupportIssueDocument,
    "\n  mutation InvoicingLifecycleSupportTerms($input: BillingAccountUpdateInput!) {\n    billingAccountUpdate(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.InvoicingLifecycleSupportTermsDocument,
    "\n  query InvoicingLifecycleInvoice($id: ID!) {\n    invoice(id: $id) {\n      ...InvoicingLifecycleInvoiceFields\n      lines {\n        position\n        description\n        quantity\n        unitPrice {\n          minorUnits\n        }\n        amount {\n          minorUnits\n        }\n        taxRate\n        tax {\n          minorUnits\n        }\n      }\n      billTo {\n        name\n        accountNumber\n      }\n      payments {\n        amount {\n          minorUnits\n        }\n        applied {\n          minorUnits\n        }\n        excess {\n          minorUnits\n        }\n        method\n        ledgerEntryId\n      }\n      creditNotes {\n        number\n        kind\n        status\n        total {\n          minorUnits\n        }\n      }\n      voidReason\n    }\n  }\n": types.InvoicingLifecycleInvoiceDocument,
    "\n  query InvoicingLifecycleCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      status\n      owed {\n        minorUnits\n        currency\n      }\n      balance {\n        minorUnits\n      }\n      statusChanges {\n        transition\n        toStatus\n        reason\n        actorKind\n        invoiceId\n      }\n    }\n  }\n": types.InvoicingLifecycleCustomerDocument,
    "\n  mutation InvoicingLifecyclePay($input: InvoicePaymentRecordInput!) {\n    invoicePaymentRecord(input: $input) {\n      payment {\n        id\n        amount {\n          minorUnits\n        }\n        applied {\n          minorUnits\n        }\n        excess {\n          minorUnits\n        }\n        ledgerEntryId\n      }\n      invoice {\n        status\n        paid {\n          minorUnits\n        }\n        amountDue {\n          minorUnits\n        }\n      }\n      customer {\n        balance {\n          minorUnits\n        }\n        owed {\n          minorUnits\n        }\n      }\n      replayed\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.InvoicingLifecyclePayDocument,
    "\n  mutation InvoicingLifecycleVoid($input: InvoiceVoidInput!) {\n    invoiceVoid(input: $input) {\n      invoice {\n        status\n        voidReason\n        amountDue {\n          minorUnits\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.InvoicingLifecycleVoidDocument,
    "\n  mutation InvoicingLifecycleCredit($input: CreditNoteCreateInput!) {\n    creditNoteCreate(input: $input) {\n      creditNote {\n        id\n        number\n        kind\n        status\n        total {\n          minorUnits\n        }\n        correctsInvoiceId\n      }\n      invoice {\n        status\n        credited {\n          minorUnits\n        }\n        amountDue {\n          minorUnits\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.InvoicingLifecycleCreditDocument,
    "\n  mutation InvoicingLifecycleSuspend($input: CustomerSuspendInput!) {\n    customerSuspend(input: $input) {\n      customer {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.InvoicingLifecycleSuspendDocument,
    "\n  mutation InvoicingLifecycleClose($input: CustomerCloseInput!) {\n    customerClose(input: $input) {\n      customer {\n        status\n      }\n      closeBlockers {\n        owed {\n          minorUnits\n          currency\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.InvoicingLifecycleCloseDocument,
    "\n  mutation InvoicingLifecycleCreateAs($input: InvoiceCreateInput!) {\n    invoiceCreate(input: $input) {\n      invoice {\n        status\n      }\n    }\n  }\n": types.InvoicingLifecycleCreateAsDocument,
    "\n  mutation InvoicingLifecycleIssueAgain($input: InvoiceIssueInput!) {\n    invoiceIssue(input: $input) {\n      invoice {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.InvoicingLifecycleIssueAgainDocument,
    "\n  fragment QuoteFields on Quote {\n    id\n    status\n    currency\n    validUntil\n    invoiceId\n    declineReason\n    customerId\n    lines {\n      position\n      description\n      quantity\n      unitAmountMinor\n      amountMinor\n      taxRatePpm\n      taxMinor\n    }\n    subtotal {\n      minorUnits\n      currency\n    }\n    tax {\n      minorUnits\n    }\n    total {\n      minorUnits\n      amount\n    }\n  }\n": types.QuoteFieldsFragmentDoc,
    "\n  mutation QuotesCreate($input: QuoteCreateInput!) {\n    quoteCreate(input: $input) {\n      quote {\n        ...QuoteFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.QuotesCreateDocument,
    "\n  mutation QuotesSend($input: QuoteSendInput!) {\n    quoteSend(input: $input) {\n      quote {\n        id\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.QuotesSendDocument,
    "\n  mutation QuotesAccept($input: QuoteAcceptInput!) {\n    quoteAccept(input: $input) {\n      quote {\n        ...QuoteFields\n      }\n      invoiceId\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.QuotesAcceptDocument,
    "\n  mutation QuotesDecline($input: QuoteDeclineInput!) {\n    quoteDecline(input: $input) {\n      quote {\n        id\n        status\n        declineReason\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.QuotesDeclineDocument,
    "\n  query QuotesList($filter: QuoteFilterInput, $first: Int, $after: String) {\n    quotes(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        status\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.QuotesListDocument,
    "\n  query QuotesOfCustomer($id: ID!, $statuses: [QuoteStatus!]) {\n    customer(id: $id) {\n      id\n      quotes(first: 10, statuses: $statuses) {\n        totalCount\n        nodes {\n          id\n          status\n          total {\n            minorUnits\n          }\n        }\n      }\n    }\n  }\n": types.QuotesOfCustomerDocument,
    "\n  mutation MembersMemberCreate($input: MemberCreateInput!) {\n    memberCreate(input: $input) {\n      member {\n        id\n        name\n        email\n        phone\n        role\n        portalAccess\n        active\n        recipientStatus\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.MembersMemberCreateDocument,
    "\n  mutation MembersMemberUpdate($input: MemberUpdateInput!) {\n    memberUpdate(input: $input) {\n      member {\n        id\n        name\n        email\n        phone\n        role\n        portalAccess\n        active\n        recipientStatus\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.MembersMemberUpdateDocument,
    "\n  mutation MembersMemberDeactivate($input: MemberDeactivateInput!) {\n    memberDeactivate(input: $input) {\n      member {\n        id\n        active\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.MembersMemberDeactivateDocument,
    "\n  mutation MembersMemberReactivate($input: MemberReactivateInput!) {\n    memberReactivate(input: $input) {\n      member {\n        id\n        active\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.MembersMemberReactivateDocument,
    "\n  mutation MembersOwnershipTransfer($input: CustomerOwnershipTransferInput!) {\n    customerOwnershipTransfer(input: $input) {\n      owner {\n        id\n        role\n      }\n      previousOwner {\n        id\n        role\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.MembersOwnershipTransferDocument,
    "\n  mutation MembersInvitationCreate($input: MemberInvitationCreateInput!) {\n    memberInvitationCreate(input: $input) {\n      invitation {\n        url\n        expiresAt\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.MembersInvitationCreateDocument,
    "\n  mutation MembersPasswordResetCreate($input: MemberPasswordResetCreateInput!) {\n    memberPasswordResetCreate(input: $input) {\n      link {\n        url\n        expiresAt\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.MembersPasswordResetCreateDocument,
    "\n  query MembersOfCustomer($id: ID!) {\n    customer(id: $id) {\n      members {\n        id\n        name\n        email\n        phone\n        role\n        portalAccess\n        active\n        recipientStatus\n      }\n    }\n  }\n": types.MembersOfCustomerDocument,
    "\n  query MembersPortalViewer {\n    portalViewer {\n      member {\n        id\n      }\n    }\n  }\n": types.MembersPortalViewerDocument,
    "\n  mutation NoticesSuspend($input: CustomerSuspendInput!) {\n    customerSuspend(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.NoticesSuspendDocument,
    "\n  mutation NoticesReenable($input: CustomerReenableInput!) {\n    customerReenable(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.NoticesReenableDocument,
    "\n  mutation NoticesCancel($input: CustomerCancelInput!) {\n    customerCancel(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.NoticesCancelDocument,
    "\n  mutation NoticesInvite($input: MemberInvitationCreateInput!) {\n    memberInvitationCreate(input: $input) {\n      invitation {\n        url\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.NoticesInviteDocument,
    "\n  mutation NoticesPasswordReset($input: MemberPasswordResetCreateInput!) {\n    memberPasswordResetCreate(input: $input) {\n      link {\n        url\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.NoticesPasswordResetDocument,
    "\n  mutation NoticesWebhookEndpointCreate($input: WebhookEndpointCreateInput!) {\n    webhookEndpointCreate(input: $input) {\n      webhookEndpoint {\n        id\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n": types.NoticesWebhookEndpointCreateDocument,
    "\n  query NoticesWebhookEndpoint($id: ID!) {\n    webhookEndpoint(id: $id) {\n      status\n    }\n  }\n": types.NoticesWebhookEndpointDocument,
    "\n  mutation MessagingSettingsUpdate($input: MessagingSettingsUpdateInput!) {\n    messagingSettingsUpdate(input: $input) {\n      settings {\n        fromAddress\n        replyTo\n        smsSenderId\n        smtpHost\n        emailToOutbox\n        smsToOutbox\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.MessagingSettingsUpdateDocument,
    "\n  mutation MessageTemplateSave($input: MessageTemplateSaveInput!) {\n    messageTemplateSave(input: $input) {\n      template {\n        key\n        channel\n        isDefault\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.MessageTemplateSaveDocument,
    "\n  query MessageTemplates {\n    messageTemplates {\n      key\n      channel\n      isDefault\n    }\n  }\n": types.MessageTemplatesDocument,
    "\n  query MessagePreview($input: MessagePreviewInput!) {\n    messagePreview(input: $input) {\n      preview {\n        recipient\n        subject\n        text\n        html\n        smsLength {\n          encoding\n          units\n          segments\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.MessagePreviewDocument,
    "\n  mutation MessageSend($input: MessageSendInput!) {\n    messageSend(input: $input) {\n      message {\n        id\n        status\n        recipient\n        subject\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.MessageSendDocument,
    "\n  query MessagingCustomerMessages($id: ID!, $filter: MessageFilter) {\n    customer(id: $id) {\n      messages(first: 50, filter: $filter) {\n        totalCount\n        nodes {\n          id\n          channel\n          status\n          attempts\n          lastError\n          recipient\n          batchId\n        }\n      }\n    }\n  }\n": types.MessagingCustomerMessagesDocument,
    "\n  query MessagingOutbox($first: Int) {\n    messagingOutbox(first: $first) {\n      totalCount\n      nodes {\n        messageId\n        channel\n        recipient\n        subject\n        raw\n      }\n    }\n  }\n": types.MessagingOutboxDocument,
    "\n  mutation MessageBulkSend($input: MessageBulkSendInput!) {\n    messageBulkSend(input: $input) {\n      batch {\n        id\n        status\n        total\n        queued\n        skipped {\n          noAddress\n          closed\n          optedOut\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.MessageBulkSendDocument,
    "\n  query MessageBatch($id: ID!) {\n    messageBatch(id: $id) {\n      id\n      status\n      total\n      queued\n      sending\n      sent\n      delivered\n      failed\n      cancelled\n      skipped {\n        noAddress\n        closed\n        optedOut\n      }\n    }\n  }\n": types.MessageBatchDocument,
    "\n  mutation MessageBatchCancel($input: MessageBatchCancelInput!) {\n    messageBatchCancel(input: $input) {\n      batch {\n        id\n        status\n        cancelled\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.MessageBatchCancelDocument,
    "\n  query RequestIdsCustomers {\n    customers {\n      nodes {\n        id\n        balance {\n          amount\n        }\n        messages {\n          totalCount\n        }\n      }\n    }\n  }\n": types.RequestIdsCustomersDocument,
    "\n  query RequestIdsViewerId {\n    viewer {\n      id\n    }\n  }\n": types.RequestIdsViewerIdDocument,
    "\n  query StartStopCustomerCount {\n    customers(filter: { status: [ACTIVE, SUSPENDED, INACTIVE, CLOSED] }) {\n      totalCount\n    }\n  }\n": types.StartStopCustomerCountDocument,
    "\n  query StatementsOperatorsWithTheirReseller($first: Int!) {\n    operators(first: $first) {\n      nodes {\n        id\n        name\n        partner {\n          name\n        }\n        reseller {\n          name\n        }\n      }\n    }\n  }\n": types.StatementsOperatorsWithTheirResellerDocument,
    "\n  query StatementsCustomersWithTheirMessages($first: Int!) {\n    customers(first: $first) {\n      nodes {\n        id\n        name\n        members {\n          id\n        }\n        messages(first: 2) {\n          totalCount\n          nodes {\n            id\n            subject\n          }\n        }\n      }\n    }\n  }\n": types.StatementsCustomersWithTheirMessagesDocument,
    "\n  mutation StatementsCustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n      }\n    }\n  }\n": types.StatementsCustomerCreateDocument,
    "\n  query StatementsCustomersKnownEverywhere($first: Int!) {\n    customers(first: $first) {\n      nodes {\n        balance {\n          currency\n        }\n        messages(first: 1) {\n          totalCount\n        }\n      }\n    }\n  }\n": types.StatementsCustomersKnownEverywhereDocument,
    "\n  mutation LowCreditReminderUpdate($input: LowCreditReminderUpdateInput!) {\n    lowCreditReminderUpdate(input: $input) {\n      lowCreditReminder {\n        enabled\n        thresholdMinor\n        recipients\n        armed\n        lastSentAt\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.LowCreditReminderUpdateDocument,
    "\n  query CustomerLowCreditReminder($id: ID!) {\n    customer(id: $id) {\n      id\n      lowCreditReminder {\n        enabled\n        thresholdMinor\n        armed\n        lastSentAt\n      }\n      balance {\n        minorUnits\n      }\n    }\n  }\n": types.CustomerLowCreditReminderDocument,
    "\n  mutation ReminderCreditsAdd($input: CreditsAddInput!) {\n    creditsAdd(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.ReminderCreditsAddDocument,
    "\n  mutation ReminderCreditsWithdraw($input: CreditsWithdrawInput!) {\n    creditsWithdraw(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.ReminderCreditsWithdrawDocument,
    "\n  mutation ReminderWebhookEndpointCreate($input: WebhookEndpointCreateInput!) {\n    webhookEndpointCreate(input: $input) {\n      webhookEndpoint {\n        id\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n": types.ReminderWebhookEndpointCreateDocument,
    "\n  mutation SeedCustomer($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n        name\n        accountNumber\n        currency\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.SeedCustomerDocument,
    "\n  query SeedCustomerReady($id: ID!) {\n    customer(id: $id) {\n      id\n      balance {\n        currency\n      }\n      messages(first: 1) {\n        totalCount\n      }\n    }\n  }\n": types.SeedCustomerReadyDocument,
    "\n  mutation SeedApiKey($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      apiKey {\n        id\n        prefix\n      }\n      secret\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.SeedApiKeyDocument,
    "\n  query TokenProbeViewer {\n    viewer {\n      id\n    }\n  }\n": types.TokenProbeViewerDocument,
    "\n  query CrossTenantViewerId {\n    viewer {\n      id\n    }\n  }\n": types.CrossTenantViewerIdDocument,
    "\n  mutation CrossTenantImpersonate($input: CustomerImpersonateInput!) {\n    customerImpersonate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.CrossTenantImpersonateDocument,
    "\n  mutation CrossTenantNoteCreate($input: CustomerNoteCreateInput!) {\n    customerNoteCreate(input: $input) {\n      note {\n        id\n      }\n    }\n  }\n": types.CrossTenantNoteCreateDocument,
    "\n  mutation CrossTenantQuoteCreate($input: QuoteCreateInput!) {\n    quoteCreate(input: $input) {\n      quote {\n        id\n      }\n    }\n  }\n": types.CrossTenantQuoteCreateDocument,
    "\n  mutation CrossTenantTagsAdd($input: CustomerTagsAddInput!) {\n    customerTagsAdd(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.CrossTenantTagsAddDocument,
    "\n  mutation CrossTenantExportStart($input: CustomerExportStartInput!) {\n    customerExportStart(input: $input) {\n      export {\n        id\n      }\n    }\n  }\n": types.CrossTenantExportStartDocument,
    "\n  mutation CrossTenantViewCreate($input: CustomerListViewCreateInput!) {\n    customerListViewCreate(input: $input) {\n      customerListView {\n        id\n      }\n    }\n  }\n": types.CrossTenantViewCreateDocument,
    "\n  mutation CrossTenantServiceCreate($input: ServiceCreateInput!) {\n    serviceCreate(input: $input) {\n      service {\n        id\n      }\n    }\n  }\n": types.CrossTenantServiceCreateDocument,
    "\n  mutation CrossTenantBillingRunStart($input: BillingRunStartInput!) {\n    billingRunStart(input: $input) {\n      billingRun {\n        id\n      }\n    }\n  }\n": types.CrossTenantBillingRunStartDocument,
    "\n  mutation CrossTenantBulkTag($input: CustomersBulkActionInput!) {\n    customersBulkAction(input: $input) {\n      bulkOperation {\n        id\n      }\n    }\n  }\n": types.CrossTenantBulkTagDocument,
    "\n  mutation CrossTenantWebhookEndpointCreate($input: WebhookEndpointCreateInput!) {\n    webhookEndpointCreate(input: $input) {\n      webhookEndpoint {\n        id\n      }\n    }\n  }\n": types.CrossTenantWebhookEndpointCreateDocument,
    "\n  query CrossTenantWebhookDeliveries($id: ID!) {\n    webhookEndpoint(id: $id) {\n      deliveries(first: 1) {\n        nodes {\n          id\n          status\n        }\n      }\n    }\n  }\n": types.CrossTenantWebhookDeliveriesDocument,
    "\n  query VictimCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      billingName\n      accountNumber\n      status\n      email\n      phone\n      country\n      currency\n      timezone\n      pricingModel\n      members {\n        id\n        name\n        email\n        role\n        portalAccess\n        active\n        recipientStatus\n      }\n      notes(first: 50) {\n        nodes {\n          id\n          body\n          updatedAt\n        }\n      }\n      tags\n    }\n  }\n": types.VictimCustomerDocument,
    "\n  query VictimOperator($id: ID!) {\n    operator(id: $id) {\n      id\n      email\n      role\n      status\n      reseller {\n        id\n      }\n    }\n  }\n": types.VictimOperatorDocument,
    "\n  query VictimApiKeys {\n    apiKeys(first: 50, filter: { includeRevoked: true }) {\n      nodes {\n        id\n        scopes\n        revokedAt\n      }\n    }\n  }\n": types.VictimApiKeysDocument,
    "\n  mutation CrossTenantApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      secret\n      userErrors {\n        code\n      }\n    }\n  }\n": types.CrossTenantApiKeyCreateDocument,
    "\n  query CrossTenantCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n    }\n  }\n": types.CrossTenantCustomerDocument,
    "\n  query CrossTenantViewer {\n    viewer {\n      id\n      kind\n    }\n  }\n": types.CrossTenantViewerDocument,
    "\n  query TenantIsolationCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      balance {\n        amount\n      }\n    }\n  }\n": types.TenantIsolationCustomerDocument,
    "\n  query TenantIsolationCustomers {\n    customers(first: 50) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n": types.TenantIsolationCustomersDocument,
    "\n  mutation TenantIsolationCustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": types.TenantIsolationCustomerCreateDocument,
    "\n  mutation InvoiceWebhookEndpointCreate($input: WebhookEndpointCreateInput!) {\n    webhookEndpointCreate(input: $input) {\n      webhookEndpoint {\n        id\n        eventTypes\n      }\n      secret\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.InvoiceWebhookEndpointCreateDocument,
    "\n  mutation WebhookEndpointCreate($input: WebhookEndpointCreateInput!) {\n    webhookEndpointCreate(input: $input) {\n      webhookEndpoint {\n        id\n        url\n        eventTypes\n        status\n      }\n      secret\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.WebhookEndpointCreateDocument,
    "\n  mutation WebhookEndpointUpdate($input: WebhookEndpointUpdateInput!) {\n    webhookEndpointUpdate(input: $input) {\n      webhookEndpoint {\n        id\n        status\n        disabledReason\n        failingSince\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.WebhookEndpointUpdateDocument,
    "\n  mutation WebhookEndpointDelete($input: WebhookEndpointDeleteInput!) {\n    webhookEndpointDelete(input: $input) {\n      deletedWebhookEndpointId\n      userErrors {\n        code\n      }\n    }\n  }\n": types.WebhookEndpointDeleteDocument,
    "\n  query WebhookDeliveryLog($id: ID!) {\n    webhookEndpoint(id: $id) {\n      id\n      status\n      disabledReason\n      disabledAt\n      failingSince\n      deliveries(first: 20) {\n        totalCount\n        nodes {\n          id\n          messageId\n          eventType\n          payload\n          status\n          attemptCount\n          lastStatusCode\n          replayOf\n          completedAt\n          attempts {\n            number\n            statusCode\n            durationMs\n            error\n            responseExcerpt\n          }\n        }\n      }\n    }\n  }\n": types.WebhookDeliveryLogDocument,
    "\n  mutation WebhookDeliveryReplay($input: WebhookDeliveryReplayInput!) {\n    webhookDeliveryReplay(input: $input) {\n      webhookDelivery {\n        id\n        messageId\n        replayOf\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.WebhookDeliveryReplayDocument,
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
export function graphql(source: "\n  mutation AuditTrailPartnerCreate($input: PartnerCreateInput!) {\n    partnerCreate(input: $input) {\n      partner {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuditTrailPartnerCreate($input: PartnerCreateInput!) {\n    partnerCreate(input: $input) {\n      partner {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditTrailResellerCreate($input: ResellerCreateInput!) {\n    resellerCreate(input: $input) {\n      reseller {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuditTrailResellerCreate($input: ResellerCreateInput!) {\n    resellerCreate(input: $input) {\n      reseller {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditTrailApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      apiKey {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuditTrailApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      apiKey {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditTrailApiKeyRevoke($input: ApiKeyRevokeInput!) {\n    apiKeyRevoke(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuditTrailApiKeyRevoke($input: ApiKeyRevokeInput!) {\n    apiKeyRevoke(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditTrailOperatorInvite($input: OperatorInviteInput!) {\n    operatorInvite(input: $input) {\n      operator {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuditTrailOperatorInvite($input: OperatorInviteInput!) {\n    operatorInvite(input: $input) {\n      operator {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditTrailOperatorUpdate($input: OperatorUpdateInput!) {\n    operatorUpdate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuditTrailOperatorUpdate($input: OperatorUpdateInput!) {\n    operatorUpdate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditTrailOperatorDeactivate($input: OperatorDeactivateInput!) {\n    operatorDeactivate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuditTrailOperatorDeactivate($input: OperatorDeactivateInput!) {\n    operatorDeactivate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditTrailMemberInvitationCreate($input: MemberInvitationCreateInput!) {\n    memberInvitationCreate(input: $input) {\n      invitation {\n        url\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuditTrailMemberInvitationCreate($input: MemberInvitationCreateInput!) {\n    memberInvitationCreate(input: $input) {\n      invitation {\n        url\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditTrailImpersonate($input: CustomerImpersonateInput!) {\n    customerImpersonate(input: $input) {\n      session {\n        accessToken\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuditTrailImpersonate($input: CustomerImpersonateInput!) {\n    customerImpersonate(input: $input) {\n      session {\n        accessToken\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditTrailPortalAccountUpdate($input: PortalAccountUpdateInput!) {\n    portalAccountUpdate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuditTrailPortalAccountUpdate($input: PortalAccountUpdateInput!) {\n    portalAccountUpdate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditTrailPortalPasswordChange($input: PortalPasswordChangeInput!) {\n    portalPasswordChange(input: $input) {\n      changed\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuditTrailPortalPasswordChange($input: PortalPasswordChangeInput!) {\n    portalPasswordChange(input: $input) {\n      changed\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTrailViewerId {\n    viewer {\n      id\n    }\n  }\n"): (typeof documents)["\n  query AuditTrailViewerId {\n    viewer {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillingRoleViewer {\n    viewer {\n      role\n      permissions\n    }\n  }\n"): (typeof documents)["\n  query BillingRoleViewer {\n    viewer {\n      role\n      permissions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillingRoleReads($id: ID!) {\n    customers(first: 5) {\n      totalCount\n    }\n    customer(id: $id) {\n      id\n      balance {\n        minorUnits\n      }\n      messages(first: 1) {\n        totalCount\n      }\n    }\n    operators(first: 5) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query BillingRoleReads($id: ID!) {\n    customers(first: 5) {\n      totalCount\n    }\n    customer(id: $id) {\n      id\n      balance {\n        minorUnits\n      }\n      messages(first: 1) {\n        totalCount\n      }\n    }\n    operators(first: 5) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillingRoleApiKeys {\n    apiKeys {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query BillingRoleApiKeys {\n    apiKeys {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillingRoleAuditLog {\n    auditLog {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query BillingRoleAuditLog {\n    auditLog {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BillingRoleCustomerCreate {\n    customerCreate(input: { name: \"Not for billing\", country: \"GB\", currency: \"GBP\" }) {\n      customer {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BillingRoleCustomerCreate {\n    customerCreate(input: { name: \"Not for billing\", country: \"GB\", currency: \"GBP\" }) {\n      customer {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BillingRoleImpersonate($input: CustomerImpersonateInput!) {\n    customerImpersonate(input: $input) {\n      session {\n        accessToken\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BillingRoleImpersonate($input: CustomerImpersonateInput!) {\n    customerImpersonate(input: $input) {\n      session {\n        accessToken\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BillingRoleOperatorInvite($input: OperatorInviteInput!) {\n    operatorInvite(input: $input) {\n      operator {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BillingRoleOperatorInvite($input: OperatorInviteInput!) {\n    operatorInvite(input: $input) {\n      operator {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BillingRoleApiKeyCreate {\n    apiKeyCreate(input: { name: \"Not for billing\", scopes: [BILLING_READ] }) {\n      secret\n    }\n  }\n"): (typeof documents)["\n  mutation BillingRoleApiKeyCreate {\n    apiKeyCreate(input: { name: \"Not for billing\", scopes: [BILLING_READ] }) {\n      secret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdentityOperatorInvite($input: OperatorInviteInput!) {\n    operatorInvite(input: $input) {\n      operator {\n        id\n        status\n      }\n      invitation {\n        url\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IdentityOperatorInvite($input: OperatorInviteInput!) {\n    operatorInvite(input: $input) {\n      operator {\n        id\n        status\n      }\n      invitation {\n        url\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdentityViewerId {\n    viewer {\n      id\n    }\n  }\n"): (typeof documents)["\n  query IdentityViewerId {\n    viewer {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdentityOperatorDeactivateErrors($id: ID!) {\n    operatorDeactivate(input: { id: $id }) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IdentityOperatorDeactivateErrors($id: ID!) {\n    operatorDeactivate(input: { id: $id }) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdentityOperatorDeactivate($id: ID!) {\n    operatorDeactivate(input: { id: $id }) {\n      operator {\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IdentityOperatorDeactivate($id: ID!) {\n    operatorDeactivate(input: { id: $id }) {\n      operator {\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdentityOperatorMakeReadOnly($id: ID!) {\n    operatorUpdate(input: { id: $id, role: READ_ONLY }) {\n      operator {\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IdentityOperatorMakeReadOnly($id: ID!) {\n    operatorUpdate(input: { id: $id, role: READ_ONLY }) {\n      operator {\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdentityKeyCustomerRead($id: ID!) {\n    customer(id: $id) {\n      id\n      balance {\n        amount\n      }\n    }\n  }\n"): (typeof documents)["\n  query IdentityKeyCustomerRead($id: ID!) {\n    customer(id: $id) {\n      id\n      balance {\n        amount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdentityKeyCustomerCreate {\n    customerCreate(input: { name: \"x\", country: \"GB\", currency: \"GBP\" }) {\n      customer {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IdentityKeyCustomerCreate {\n    customerCreate(input: { name: \"x\", country: \"GB\", currency: \"GBP\" }) {\n      customer {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdentityApiKeys {\n    apiKeys {\n      nodes {\n        id\n        prefix\n        lastUsedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query IdentityApiKeys {\n    apiKeys {\n      nodes {\n        id\n        prefix\n        lastUsedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdentityApiKeyRevoke($id: ID!) {\n    apiKeyRevoke(input: { id: $id }) {\n      apiKey {\n        revokedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IdentityApiKeyRevoke($id: ID!) {\n    apiKeyRevoke(input: { id: $id }) {\n      apiKey {\n        revokedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdentityCustomerCount {\n    customers {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query IdentityCustomerCount {\n    customers {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdentityCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query IdentityCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdentityPartnerCreate($input: PartnerCreateInput!) {\n    partnerCreate(input: $input) {\n      partner {\n        id\n      }\n      ownerInvitation {\n        url\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IdentityPartnerCreate($input: PartnerCreateInput!) {\n    partnerCreate(input: $input) {\n      partner {\n        id\n      }\n      ownerInvitation {\n        url\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdentityMemberInvitationCreate($id: ID!) {\n    memberInvitationCreate(input: { memberId: $id }) {\n      invitation {\n        url\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IdentityMemberInvitationCreate($id: ID!) {\n    memberInvitationCreate(input: { memberId: $id }) {\n      invitation {\n        url\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdentityPortalViewer {\n    portalViewer {\n      customer {\n        id\n      }\n      member {\n        id\n      }\n      impersonator {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query IdentityPortalViewer {\n    portalViewer {\n      customer {\n        id\n      }\n      member {\n        id\n      }\n      impersonator {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImpersonationStart($input: CustomerImpersonateInput!) {\n    customerImpersonate(input: $input) {\n      session {\n        accessToken\n        expiresAt\n        customer {\n          id\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImpersonationStart($input: CustomerImpersonateInput!) {\n    customerImpersonate(input: $input) {\n      session {\n        accessToken\n        expiresAt\n        customer {\n          id\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImpersonationPortalSession {\n    portalViewer {\n      customer {\n        id\n        name\n      }\n      member {\n        id\n      }\n      impersonator {\n        email\n      }\n    }\n    customers {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ImpersonationPortalSession {\n    portalViewer {\n      customer {\n        id\n        name\n      }\n      member {\n        id\n      }\n      impersonator {\n        email\n      }\n    }\n    customers {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImpersonationCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query ImpersonationCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImpersonationPortalAccountUpdate {\n    portalAccountUpdate(input: { phone: \"+447700900123\", timezone: \"Europe/London\" }) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImpersonationPortalAccountUpdate {\n    portalAccountUpdate(input: { phone: \"+447700900123\", timezone: \"Europe/London\" }) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImpersonationPortalExpiresAt {\n    portalViewer {\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query ImpersonationPortalExpiresAt {\n    portalViewer {\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImpersonationViewerId {\n    viewer {\n      id\n    }\n  }\n"): (typeof documents)["\n  query ImpersonationViewerId {\n    viewer {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImpersonationPortalPasswordChange {\n    portalPasswordChange(input: { currentPassword: \"x\", newPassword: \"a new long password\" }) {\n      changed\n    }\n  }\n"): (typeof documents)["\n  mutation ImpersonationPortalPasswordChange {\n    portalPasswordChange(input: { currentPassword: \"x\", newPassword: \"a new long password\" }) {\n      changed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImpersonationApiKeyCreate {\n    apiKeyCreate(input: { name: \"k\", scopes: [CUSTOMERS_READ] }) {\n      secret\n    }\n  }\n"): (typeof documents)["\n  mutation ImpersonationApiKeyCreate {\n    apiKeyCreate(input: { name: \"k\", scopes: [CUSTOMERS_READ] }) {\n      secret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RefreshGraceViewer {\n    viewer {\n      id\n    }\n  }\n"): (typeof documents)["\n  query RefreshGraceViewer {\n    viewer {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionBindingImpersonate($input: CustomerImpersonateInput!) {\n    customerImpersonate(input: $input) {\n      session {\n        accessToken\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SessionBindingImpersonate($input: CustomerImpersonateInput!) {\n    customerImpersonate(input: $input) {\n      session {\n        accessToken\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInViewer {\n    viewer {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  query SignInViewer {\n    viewer {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ThrottleOperatorInvite($input: OperatorInviteInput!) {\n    operatorInvite(input: $input) {\n      invitation {\n        url\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ThrottleOperatorInvite($input: OperatorInviteInput!) {\n    operatorInvite(input: $input) {\n      invitation {\n        url\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ThrottleMemberInvitation($id: ID!) {\n    memberInvitationCreate(input: { memberId: $id }) {\n      invitation {\n        url\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ThrottleMemberInvitation($id: ID!) {\n    memberInvitationCreate(input: { memberId: $id }) {\n      invitation {\n        url\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ThrottlePasswordChange($input: PortalPasswordChangeInput!) {\n    portalPasswordChange(input: $input) {\n      changed\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ThrottlePasswordChange($input: PortalPasswordChangeInput!) {\n    portalPasswordChange(input: $input) {\n      changed\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ThrottleImpersonate($input: CustomerImpersonateInput!) {\n    customerImpersonate(input: $input) {\n      session {\n        accessToken\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ThrottleImpersonate($input: CustomerImpersonateInput!) {\n    customerImpersonate(input: $input) {\n      session {\n        accessToken\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThrottleViewerId {\n    viewer {\n      id\n    }\n  }\n"): (typeof documents)["\n  query ThrottleViewerId {\n    viewer {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TokenAttacksImpersonate($input: CustomerImpersonateInput!) {\n    customerImpersonate(input: $input) {\n      session {\n        accessToken\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TokenAttacksImpersonate($input: CustomerImpersonateInput!) {\n    customerImpersonate(input: $input) {\n      session {\n        accessToken\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BankMove($input: CreditsMoveInput!) {\n    creditsMove(input: $input) {\n      fromEntry {\n        id\n      }\n      toEntry {\n        id\n      }\n      replayed\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BankMove($input: CreditsMoveInput!) {\n    creditsMove(input: $input) {\n      fromEntry {\n        id\n      }\n      toEntry {\n        id\n      }\n      replayed\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BankAccountUpdate($input: BillingAccountUpdateInput!) {\n    billingAccountUpdate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BankAccountUpdate($input: BillingAccountUpdateInput!) {\n    billingAccountUpdate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseGuardAdd($input: CreditsAddInput!) {\n    creditsAdd(input: $input) {\n      entry {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CloseGuardAdd($input: CreditsAddInput!) {\n    creditsAdd(input: $input) {\n      entry {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseGuardWithdraw($input: CreditsWithdrawInput!) {\n    creditsWithdraw(input: $input) {\n      entry {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CloseGuardWithdraw($input: CreditsWithdrawInput!) {\n    creditsWithdraw(input: $input) {\n      entry {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CloseGuardState($id: ID!) {\n    customer(id: $id) {\n      billingAccount {\n        closeState\n      }\n    }\n  }\n"): (typeof documents)["\n  query CloseGuardState($id: ID!) {\n    customer(id: $id) {\n      billingAccount {\n        closeState\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CreditsBalances($id: ID!) {\n    customer(id: $id) {\n      id\n      balance {\n        amount\n        minorUnits\n        currency\n      }\n      availableCredit {\n        minorUnits\n      }\n      creditLimit {\n        minorUnits\n      }\n      owed {\n        minorUnits\n      }\n      billingAccount {\n        pricingModel\n        currency\n        paymentTermsDays\n        closeState\n      }\n    }\n  }\n"): (typeof documents)["\n  query CreditsBalances($id: ID!) {\n    customer(id: $id) {\n      id\n      balance {\n        amount\n        minorUnits\n        currency\n      }\n      availableCredit {\n        minorUnits\n      }\n      creditLimit {\n        minorUnits\n      }\n      owed {\n        minorUnits\n      }\n      billingAccount {\n        pricingModel\n        currency\n        paymentTermsDays\n        closeState\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CreditsLedger($id: ID!, $filter: LedgerFilterInput, $first: Int, $after: String) {\n    customer(id: $id) {\n      ledger(filter: $filter, first: $first, after: $after) {\n        totalCount\n        nodes {\n          id\n          kind\n          amount {\n            minorUnits\n          }\n          balanceAfter {\n            minorUnits\n          }\n          description\n          reference\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CreditsLedger($id: ID!, $filter: LedgerFilterInput, $first: Int, $after: String) {\n    customer(id: $id) {\n      ledger(filter: $filter, first: $first, after: $after) {\n        totalCount\n        nodes {\n          id\n          kind\n          amount {\n            minorUnits\n          }\n          balanceAfter {\n            minorUnits\n          }\n          description\n          reference\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreditsAdd($input: CreditsAddInput!) {\n    creditsAdd(input: $input) {\n      entry {\n        id\n        kind\n        amount {\n          amount\n          minorUnits\n        }\n        balanceAfter {\n          minorUnits\n        }\n        reference\n      }\n      customer {\n        id\n        balance {\n          minorUnits\n        }\n      }\n      replayed\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreditsAdd($input: CreditsAddInput!) {\n    creditsAdd(input: $input) {\n      entry {\n        id\n        kind\n        amount {\n          amount\n          minorUnits\n        }\n        balanceAfter {\n          minorUnits\n        }\n        reference\n      }\n      customer {\n        id\n        balance {\n          minorUnits\n        }\n      }\n      replayed\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreditsWithdraw($input: CreditsWithdrawInput!) {\n    creditsWithdraw(input: $input) {\n      entry {\n        id\n        kind\n        amount {\n          minorUnits\n        }\n        balanceAfter {\n          minorUnits\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreditsWithdraw($input: CreditsWithdrawInput!) {\n    creditsWithdraw(input: $input) {\n      entry {\n        id\n        kind\n        amount {\n          minorUnits\n        }\n        balanceAfter {\n          minorUnits\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreditsAdjust($input: CreditsAdjustInput!) {\n    creditsAdjust(input: $input) {\n      entry {\n        id\n        kind\n        description\n        amount {\n          minorUnits\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreditsAdjust($input: CreditsAdjustInput!) {\n    creditsAdjust(input: $input) {\n      entry {\n        id\n        kind\n        description\n        amount {\n          minorUnits\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreditsMove($input: CreditsMoveInput!) {\n    creditsMove(input: $input) {\n      fromEntry {\n        id\n        kind\n        amount {\n          minorUnits\n        }\n        balanceAfter {\n          minorUnits\n        }\n      }\n      toEntry {\n        id\n        kind\n        amount {\n          minorUnits\n        }\n        balanceAfter {\n          minorUnits\n        }\n      }\n      fromCustomer {\n        id\n      }\n      toCustomer {\n        id\n      }\n      replayed\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreditsMove($input: CreditsMoveInput!) {\n    creditsMove(input: $input) {\n      fromEntry {\n        id\n        kind\n        amount {\n          minorUnits\n        }\n        balanceAfter {\n          minorUnits\n        }\n      }\n      toEntry {\n        id\n        kind\n        amount {\n          minorUnits\n        }\n        balanceAfter {\n          minorUnits\n        }\n      }\n      fromCustomer {\n        id\n      }\n      toCustomer {\n        id\n      }\n      replayed\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreditsBillingAccountUpdate($input: BillingAccountUpdateInput!) {\n    billingAccountUpdate(input: $input) {\n      billingAccount {\n        pricingModel\n        paymentTermsDays\n      }\n      customer {\n        creditLimit {\n          minorUnits\n        }\n        availableCredit {\n          minorUnits\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreditsBillingAccountUpdate($input: BillingAccountUpdateInput!) {\n    billingAccountUpdate(input: $input) {\n      billingAccount {\n        pricingModel\n        paymentTermsDays\n      }\n      customer {\n        creditLimit {\n          minorUnits\n        }\n        availableCredit {\n          minorUnits\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreditsPricingCustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n        pricingModel\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreditsPricingCustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n        pricingModel\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CreditsPricing($id: ID!) {\n    customer(id: $id) {\n      pricingModel\n      billingAccount {\n        pricingModel\n      }\n    }\n  }\n"): (typeof documents)["\n  query CreditsPricing($id: ID!) {\n    customer(id: $id) {\n      pricingModel\n      billingAccount {\n        pricingModel\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreditsImpersonate($input: CustomerImpersonateInput!) {\n    customerImpersonate(input: $input) {\n      session {\n        accessToken\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreditsImpersonate($input: CustomerImpersonateInput!) {\n    customerImpersonate(input: $input) {\n      session {\n        accessToken\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdempotencyAdd($input: CreditsAddInput!) {\n    creditsAdd(input: $input) {\n      entry {\n        id\n        balanceAfter {\n          minorUnits\n        }\n      }\n      replayed\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IdempotencyAdd($input: CreditsAddInput!) {\n    creditsAdd(input: $input) {\n      entry {\n        id\n        balanceAfter {\n          minorUnits\n        }\n      }\n      replayed\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdempotencyWithdraw($input: CreditsWithdrawInput!) {\n    creditsWithdraw(input: $input) {\n      entry {\n        id\n      }\n      replayed\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IdempotencyWithdraw($input: CreditsWithdrawInput!) {\n    creditsWithdraw(input: $input) {\n      entry {\n        id\n      }\n      replayed\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdempotencyMove($input: CreditsMoveInput!) {\n    creditsMove(input: $input) {\n      fromEntry {\n        id\n        balanceAfter {\n          minorUnits\n        }\n      }\n      toEntry {\n        id\n        balanceAfter {\n          minorUnits\n        }\n      }\n      replayed\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IdempotencyMove($input: CreditsMoveInput!) {\n    creditsMove(input: $input) {\n      fromEntry {\n        id\n        balanceAfter {\n          minorUnits\n        }\n      }\n      toEntry {\n        id\n        balanceAfter {\n          minorUnits\n        }\n      }\n      replayed\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LedgerSupportAdd($input: CreditsAddInput!) {\n    creditsAdd(input: $input) {\n      entry {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LedgerSupportAdd($input: CreditsAddInput!) {\n    creditsAdd(input: $input) {\n      entry {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerBulkTestTagsAdd($input: CustomerTagsAddInput!) {\n    customerTagsAdd(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CustomerBulkTestTagsAdd($input: CustomerTagsAddInput!) {\n    customerTagsAdd(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerBulkTestTagged($filter: CustomerFilter) {\n    customers(filter: $filter, first: 200) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerBulkTestTagged($filter: CustomerFilter) {\n    customers(filter: $filter, first: 200) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LifecycleBrowserStatus($id: ID!) {\n    customer(id: $id) {\n      name\n      email\n      erasedAt\n      status\n      accountNumber\n      scheduledCancellation {\n        effectiveAt\n      }\n      statusChanges {\n        transition\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query LifecycleBrowserStatus($id: ID!) {\n    customer(id: $id) {\n      name\n      email\n      erasedAt\n      status\n      accountNumber\n      scheduledCancellation {\n        effectiveAt\n      }\n      statusChanges {\n        transition\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerListTestTagsAdd($input: CustomerTagsAddInput!) {\n    customerTagsAdd(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CustomerListTestTagsAdd($input: CustomerTagsAddInput!) {\n    customerTagsAdd(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotesTagsBrowserRead($id: ID!) {\n    customer(id: $id) {\n      tags\n      notes {\n        nodes {\n          body\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotesTagsBrowserRead($id: ID!) {\n    customer(id: $id) {\n      tags\n      notes {\n        nodes {\n          body\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotesTagsBrowserTag($input: CustomerTagsAddInput!) {\n    customerTagsAdd(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NotesTagsBrowserTag($input: CustomerTagsAddInput!) {\n    customerTagsAdd(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotesTagsBrowserUntag($input: CustomerTagsRemoveInput!) {\n    customerTagsRemove(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NotesTagsBrowserUntag($input: CustomerTagsRemoveInput!) {\n    customerTagsRemove(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotesTagsBrowserNote($input: CustomerNoteCreateInput!) {\n    customerNoteCreate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NotesTagsBrowserNote($input: CustomerNoteCreateInput!) {\n    customerNoteCreate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotesTagsBrowserActivityCount($id: ID!) {\n    customer(id: $id) {\n      activity(first: 1) {\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotesTagsBrowserActivityCount($id: ID!) {\n    customer(id: $id) {\n      activity(first: 1) {\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserInvoiceCreate($input: InvoiceCreateInput!) {\n    invoiceCreate(input: $input) {\n      invoice {\n        id\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BrowserInvoiceCreate($input: InvoiceCreateInput!) {\n    invoiceCreate(input: $input) {\n      invoice {\n        id\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserInvoiceIssue($input: InvoiceIssueInput!) {\n    invoiceIssue(input: $input) {\n      invoice {\n        id\n        number\n        issueDate\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BrowserInvoiceIssue($input: InvoiceIssueInput!) {\n    invoiceIssue(input: $input) {\n      invoice {\n        id\n        number\n        issueDate\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LogInAsPortalExpiresAt {\n    portalViewer {\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query LogInAsPortalExpiresAt {\n    portalViewer {\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserLowCreditReminder($id: ID!) {\n    customer(id: $id) {\n      lowCreditReminder {\n        enabled\n        thresholdMinor\n        recipients\n      }\n    }\n  }\n"): (typeof documents)["\n  query BrowserLowCreditReminder($id: ID!) {\n    customer(id: $id) {\n      lowCreditReminder {\n        enabled\n        thresholdMinor\n        recipients\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserMemberInvitation($input: MemberInvitationCreateInput!) {\n    memberInvitationCreate(input: $input) {\n      invitation {\n        url\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BrowserMemberInvitation($input: MemberInvitationCreateInput!) {\n    memberInvitationCreate(input: $input) {\n      invitation {\n        url\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserQuoteCreate($input: QuoteCreateInput!) {\n    quoteCreate(input: $input) {\n      quote {\n        id\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BrowserQuoteCreate($input: QuoteCreateInput!) {\n    quoteCreate(input: $input) {\n      quote {\n        id\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserQuoteSend($input: QuoteSendInput!) {\n    quoteSend(input: $input) {\n      quote {\n        id\n        status\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BrowserQuoteSend($input: QuoteSendInput!) {\n    quoteSend(input: $input) {\n      quote {\n        id\n        status\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserCustomerQuotes($id: ID!) {\n    customer(id: $id) {\n      id\n      quotes {\n        nodes {\n          id\n          status\n          invoiceId\n          declineReason\n          total {\n            minorUnits\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BrowserCustomerQuotes($id: ID!) {\n    customer(id: $id) {\n      id\n      quotes {\n        nodes {\n          id\n          status\n          invoiceId\n          declineReason\n          total {\n            minorUnits\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserQuoteInvoice($id: ID!) {\n    invoice(id: $id) {\n      id\n      status\n      number\n      customer {\n        id\n      }\n      lines {\n        position\n        description\n        quantity\n        unitPrice {\n          minorUnits\n        }\n        taxRate\n        amount {\n          minorUnits\n        }\n      }\n      subtotal {\n        minorUnits\n      }\n      tax {\n        minorUnits\n      }\n      total {\n        minorUnits\n        currency\n      }\n    }\n  }\n"): (typeof documents)["\n  query BrowserQuoteInvoice($id: ID!) {\n    invoice(id: $id) {\n      id\n      status\n      number\n      customer {\n        id\n      }\n      lines {\n        position\n        description\n        quantity\n        unitPrice {\n          minorUnits\n        }\n        taxRate\n        amount {\n          minorUnits\n        }\n      }\n      subtotal {\n        minorUnits\n      }\n      tax {\n        minorUnits\n      }\n      total {\n        minorUnits\n        currency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserInvoiceHeader {\n    invoiceHeader {\n      legalName\n      addressLines\n      taxId\n      logo {\n        contentType\n      }\n    }\n  }\n"): (typeof documents)["\n  query BrowserInvoiceHeader {\n    invoiceHeader {\n      legalName\n      addressLines\n      taxId\n      logo {\n        contentType\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserWebhookEndpointCreate($input: WebhookEndpointCreateInput!) {\n    webhookEndpointCreate(input: $input) {\n      webhookEndpoint {\n        id\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BrowserWebhookEndpointCreate($input: WebhookEndpointCreateInput!) {\n    webhookEndpointCreate(input: $input) {\n      webhookEndpoint {\n        id\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserCustomerRename($input: CustomerUpdateInput!) {\n    customerUpdate(input: $input) {\n      userErrors {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BrowserCustomerRename($input: CustomerUpdateInput!) {\n    customerUpdate(input: $input) {\n      userErrors {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserWebhookDeliveryCount($id: ID!) {\n    webhookEndpoint(id: $id) {\n      deliveries(first: 1, filter: { status: SUCCEEDED }) {\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query BrowserWebhookDeliveryCount($id: ID!) {\n    webhookEndpoint(id: $id) {\n      deliveries(first: 1, filter: { status: SUCCEEDED }) {\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountNumberChange($input: CustomerAccountNumberChangeInput!) {\n    customerAccountNumberChange(input: $input) {\n      customer {\n        id\n        accountNumber\n      }\n      swappedWith {\n        id\n        accountNumber\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccountNumberChange($input: CustomerAccountNumberChangeInput!) {\n    customerAccountNumberChange(input: $input) {\n      customer {\n        id\n        accountNumber\n      }\n      swappedWith {\n        id\n        accountNumber\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountNumberHistory($id: ID!) {\n    customer(id: $id) {\n      accountNumber\n      accountNumberHistory {\n        accountNumber\n        current\n        assignedAt\n        releasedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountNumberHistory($id: ID!) {\n    customer(id: $id) {\n      accountNumber\n      accountNumberHistory {\n        accountNumber\n        current\n        assignedAt\n        releasedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountNumberSearch($query: String!) {\n    customers(first: 10, filter: { query: $query }) {\n      nodes {\n        id\n        accountNumber\n        matchedFormerAccountNumber\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountNumberSearch($query: String!) {\n    customers(first: 10, filter: { query: $query }) {\n      nodes {\n        id\n        accountNumber\n        matchedFormerAccountNumber\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountNumberActivity($customerId: ID!) {\n    auditLog(first: 50, filter: { customerId: $customerId, action: \"customer.account-number-changed\" }) {\n      nodes {\n        details\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountNumberActivity($customerId: ID!) {\n    auditLog(first: 50, filter: { customerId: $customerId, action: \"customer.account-number-changed\" }) {\n      nodes {\n        details\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityOfCustomer($id: ID!, $first: Int, $after: String) {\n    customer(id: $id) {\n      activity(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          action\n          occurredAt\n          targetType\n          targetId\n          actor {\n            kind\n            id\n            name\n          }\n          impersonator {\n            kind\n            id\n            name\n          }\n          changes {\n            field\n            from\n            to\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivityOfCustomer($id: ID!, $first: Int, $after: String) {\n    customer(id: $id) {\n      activity(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          action\n          occurredAt\n          targetType\n          targetId\n          actor {\n            kind\n            id\n            name\n          }\n          impersonator {\n            kind\n            id\n            name\n          }\n          changes {\n            field\n            from\n            to\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivityMemberCreate($input: MemberCreateInput!) {\n    memberCreate(input: $input) {\n      member {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ActivityMemberCreate($input: MemberCreateInput!) {\n    memberCreate(input: $input) {\n      member {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivityMemberUpdate($input: MemberUpdateInput!) {\n    memberUpdate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ActivityMemberUpdate($input: MemberUpdateInput!) {\n    memberUpdate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivityNoteCreate($input: CustomerNoteCreateInput!) {\n    customerNoteCreate(input: $input) {\n      note {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ActivityNoteCreate($input: CustomerNoteCreateInput!) {\n    customerNoteCreate(input: $input) {\n      note {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivityTagsAdd($input: CustomerTagsAddInput!) {\n    customerTagsAdd(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ActivityTagsAdd($input: CustomerTagsAddInput!) {\n    customerTagsAdd(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivityImpersonate($input: CustomerImpersonateInput!) {\n    customerImpersonate(input: $input) {\n      session {\n        accessToken\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ActivityImpersonate($input: CustomerImpersonateInput!) {\n    customerImpersonate(input: $input) {\n      session {\n        accessToken\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivityPortalAccountUpdate($input: PortalAccountUpdateInput!) {\n    portalAccountUpdate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ActivityPortalAccountUpdate($input: PortalAccountUpdateInput!) {\n    portalAccountUpdate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityViewer {\n    viewer {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ActivityViewer {\n    viewer {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkMessageAction($input: CustomersBulkActionInput!) {\n    customersBulkAction(input: $input) {\n      bulkOperation {\n        id\n        action\n        status\n        total\n        processed\n        changed\n        skipped\n        canUndo\n        messageBatchId\n        skippedReasons {\n          reason\n          count\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BulkMessageAction($input: CustomersBulkActionInput!) {\n    customersBulkAction(input: $input) {\n      bulkOperation {\n        id\n        action\n        status\n        total\n        processed\n        changed\n        skipped\n        canUndo\n        messageBatchId\n        skippedReasons {\n          reason\n          count\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BulkMessageOutcomes($id: ID!, $outcome: CustomerBulkOutcomeKind) {\n    customerBulkOperation(id: $id) {\n      id\n      messageBatchId\n      outcomes(first: 50, outcome: $outcome) {\n        totalCount\n        nodes {\n          outcome\n          reason\n          customer {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BulkMessageOutcomes($id: ID!, $outcome: CustomerBulkOutcomeKind) {\n    customerBulkOperation(id: $id) {\n      id\n      messageBatchId\n      outcomes(first: 50, outcome: $outcome) {\n        totalCount\n        nodes {\n          outcome\n          reason\n          customer {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkMessageUndo($input: CustomerBulkOperationUndoInput!) {\n    customerBulkOperationUndo(input: $input) {\n      bulkOperation {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BulkMessageUndo($input: CustomerBulkOperationUndoInput!) {\n    customerBulkOperationUndo(input: $input) {\n      bulkOperation {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkMessageTagsAdd($input: CustomerTagsAddInput!) {\n    customerTagsAdd(input: $input) {\n      userErrors {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BulkMessageTagsAdd($input: CustomerTagsAddInput!) {\n    customerTagsAdd(input: $input) {\n      userErrors {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkMessageCreditsAdd($input: CreditsAddInput!) {\n    creditsAdd(input: $input) {\n      userErrors {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BulkMessageCreditsAdd($input: CreditsAddInput!) {\n    creditsAdd(input: $input) {\n      userErrors {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BulkMessageFilteredIds($filter: CustomerFilter) {\n    customers(filter: $filter, first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query BulkMessageFilteredIds($filter: CustomerFilter) {\n    customers(filter: $filter, first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClosingClose($input: CustomerCloseInput!) {\n    customerClose(input: $input) {\n      customer {\n        id\n        status\n        closedAt\n      }\n      closeBlockers {\n        balance {\n          minorUnits\n          currency\n        }\n        owed {\n          minorUnits\n          currency\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClosingClose($input: CustomerCloseInput!) {\n    customerClose(input: $input) {\n      customer {\n        id\n        status\n        closedAt\n      }\n      closeBlockers {\n        balance {\n          minorUnits\n          currency\n        }\n        owed {\n          minorUnits\n          currency\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClosingRestore($input: CustomerRestoreInput!) {\n    customerRestore(input: $input) {\n      customer {\n        id\n        status\n        closedAt\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClosingRestore($input: CustomerRestoreInput!) {\n    customerRestore(input: $input) {\n      customer {\n        id\n        status\n        closedAt\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClosingErase($input: CustomerEraseInput!) {\n    customerErase(input: $input) {\n      customer {\n        id\n        name\n        billingName\n        email\n        phone\n        keywords\n        location {\n          city\n        }\n        accountNumber\n        status\n        erasedAt\n        members {\n          name\n          email\n          phone\n        }\n        notes {\n          nodes {\n            body\n          }\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClosingErase($input: CustomerEraseInput!) {\n    customerErase(input: $input) {\n      customer {\n        id\n        name\n        billingName\n        email\n        phone\n        keywords\n        location {\n          city\n        }\n        accountNumber\n        status\n        erasedAt\n        members {\n          name\n          email\n          phone\n        }\n        notes {\n          nodes {\n            body\n          }\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClosingNote($input: CustomerNoteCreateInput!) {\n    customerNoteCreate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClosingNote($input: CustomerNoteCreateInput!) {\n    customerNoteCreate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClosingDeactivate($input: CustomerDeactivateInput!) {\n    customerDeactivate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClosingDeactivate($input: CustomerDeactivateInput!) {\n    customerDeactivate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClosingDetails($input: CustomerUpdateInput!) {\n    customerUpdate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClosingDetails($input: CustomerUpdateInput!) {\n    customerUpdate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClosingList($status: [CustomerStatus!]) {\n    customers(first: 50, filter: { status: $status }) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClosingList($status: [CustomerStatus!]) {\n    customers(first: 50, filter: { status: $status }) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClosingCreditsAdd($input: CreditsAddInput!) {\n    creditsAdd(input: $input) {\n      entry {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClosingCreditsAdd($input: CreditsAddInput!) {\n    creditsAdd(input: $input) {\n      entry {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClosingBalance($id: ID!) {\n    customer(id: $id) {\n      status\n      balance {\n        minorUnits\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClosingBalance($id: ID!) {\n    customer(id: $id) {\n      status\n      balance {\n        minorUnits\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n        name\n        billingName\n        accountNumber\n        status\n        country\n        currency\n        timezone\n        pricingModel\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n        name\n        billingName\n        accountNumber\n        status\n        country\n        currency\n        timezone\n        pricingModel\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomersPage(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $sortKey: CustomerSortKey\n    $reverse: Boolean\n    $filter: CustomerFilter\n  ) {\n    customers(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      sortKey: $sortKey\n      reverse: $reverse\n      filter: $filter\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        name\n        accountNumber\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomersPage(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $sortKey: CustomerSortKey\n    $reverse: Boolean\n    $filter: CustomerFilter\n  ) {\n    customers(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      sortKey: $sortKey\n      reverse: $reverse\n      filter: $filter\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        name\n        accountNumber\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerDetailsCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n        name\n        billingName\n        phone\n        country\n        currency\n        timezone\n        keywords\n        resellerId\n        location {\n          lines\n          city\n          region\n          postcode\n          country\n          latitude\n          longitude\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CustomerDetailsCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n        name\n        billingName\n        phone\n        country\n        currency\n        timezone\n        keywords\n        resellerId\n        location {\n          lines\n          city\n          region\n          postcode\n          country\n          latitude\n          longitude\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerDetailsUpdate($input: CustomerUpdateInput!) {\n    customerUpdate(input: $input) {\n      customer {\n        id\n        name\n        billingName\n        email\n        phone\n        country\n        currency\n        timezone\n        pricingModel\n        keywords\n        resellerId\n        reseller {\n          id\n          name\n        }\n        location {\n          lines\n          city\n          country\n          latitude\n          longitude\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CustomerDetailsUpdate($input: CustomerUpdateInput!) {\n    customerUpdate(input: $input) {\n      customer {\n        id\n        name\n        billingName\n        email\n        phone\n        country\n        currency\n        timezone\n        pricingModel\n        keywords\n        resellerId\n        reseller {\n          id\n          name\n        }\n        location {\n          lines\n          city\n          country\n          latitude\n          longitude\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerDetailsActivity($customerId: ID!) {\n    auditLog(first: 50, filter: { customerId: $customerId }) {\n      nodes {\n        action\n        actorKind\n        details\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerDetailsActivity($customerId: ID!) {\n    auditLog(first: 50, filter: { customerId: $customerId }) {\n      nodes {\n        action\n        actorKind\n        details\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerDetailsSearch($query: String!) {\n    customers(first: 10, filter: { query: $query }) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerDetailsSearch($query: String!) {\n    customers(first: 10, filter: { query: $query }) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerMessages($id: ID!, $first: Int, $after: String) {\n    customer(id: $id) {\n      messages(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          channel\n          recipient\n          subject\n          body\n          status\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerMessages($id: ID!, $first: Int, $after: String) {\n    customer(id: $id) {\n      messages(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          channel\n          recipient\n          subject\n          body\n          status\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportStart($input: CustomerExportStartInput!) {\n    customerExportStart(input: $input) {\n      export {\n        id\n        status\n        columns\n        fileName\n        downloadUrl\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ExportStart($input: CustomerExportStartInput!) {\n    customerExportStart(input: $input) {\n      export {\n        id\n        status\n        columns\n        fileName\n        downloadUrl\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportProgress($id: ID!) {\n    customerExport(id: $id) {\n      id\n      status\n      total\n      rowsWritten\n      fileName\n      downloadUrl\n      error\n      createdAt\n      finishedAt\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query ExportProgress($id: ID!) {\n    customerExport(id: $id) {\n      id\n      status\n      total\n      rowsWritten\n      fileName\n      downloadUrl\n      error\n      createdAt\n      finishedAt\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportList {\n    customerExports(first: 10) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExportList {\n    customerExports(first: 10) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListReferencePage(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $sortKey: CustomerSortKey\n    $reverse: Boolean\n    $filter: CustomerFilter\n  ) {\n    customers(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      sortKey: $sortKey\n      reverse: $reverse\n      filter: $filter\n    ) {\n      totalCount\n      totalCountPrecision\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ListReferencePage(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $sortKey: CustomerSortKey\n    $reverse: Boolean\n    $filter: CustomerFilter\n  ) {\n    customers(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      sortKey: $sortKey\n      reverse: $reverse\n      filter: $filter\n    ) {\n      totalCount\n      totalCountPrecision\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListSearch($filter: CustomerFilter, $sortKey: CustomerSortKey, $first: Int, $after: String) {\n    customers(filter: $filter, sortKey: $sortKey, first: $first, after: $after) {\n      totalCount\n      totalCountPrecision\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        name\n        matchedFormerAccountNumber\n      }\n    }\n  }\n"): (typeof documents)["\n  query ListSearch($filter: CustomerFilter, $sortKey: CustomerSortKey, $first: Int, $after: String) {\n    customers(filter: $filter, sortKey: $sortKey, first: $first, after: $after) {\n      totalCount\n      totalCountPrecision\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        name\n        matchedFormerAccountNumber\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ListSearchMemberCreate($input: MemberCreateInput!) {\n    memberCreate(input: $input) {\n      userErrors {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ListSearchMemberCreate($input: MemberCreateInput!) {\n    memberCreate(input: $input) {\n      userErrors {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ListSearchNumberChange($input: CustomerAccountNumberChangeInput!) {\n    customerAccountNumberChange(input: $input) {\n      userErrors {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ListSearchNumberChange($input: CustomerAccountNumberChangeInput!) {\n    customerAccountNumberChange(input: $input) {\n      userErrors {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ListSearchCustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ListSearchCustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListStrictFilters($filter: CustomerFilter) {\n    customers(filter: $filter, first: 5) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ListStrictFilters($filter: CustomerFilter) {\n    customers(filter: $filter, first: 5) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ListStrictTagsAdd($input: CustomerTagsAddInput!) {\n    customerTagsAdd(input: $input) {\n      userErrors {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ListStrictTagsAdd($input: CustomerTagsAddInput!) {\n    customerTagsAdd(input: $input) {\n      userErrors {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ListViewCreate($input: CustomerListViewCreateInput!) {\n    customerListViewCreate(input: $input) {\n      customerListView {\n        id\n        name\n        shared\n        ownedByMe\n        canEdit\n        filter {\n          query\n          status\n          country\n          pricingModel\n          createdAt {\n            from\n            to\n          }\n          tags {\n            anyOf\n          }\n        }\n        sortKey\n        reverse\n        columns\n        owner {\n          email\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ListViewCreate($input: CustomerListViewCreateInput!) {\n    customerListViewCreate(input: $input) {\n      customerListView {\n        id\n        name\n        shared\n        ownedByMe\n        canEdit\n        filter {\n          query\n          status\n          country\n          pricingModel\n          createdAt {\n            from\n            to\n          }\n          tags {\n            anyOf\n          }\n        }\n        sortKey\n        reverse\n        columns\n        owner {\n          email\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ListViewUpdate($input: CustomerListViewUpdateInput!) {\n    customerListViewUpdate(input: $input) {\n      customerListView {\n        id\n        name\n        shared\n        filter {\n          query\n          status\n        }\n        sortKey\n        reverse\n        columns\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ListViewUpdate($input: CustomerListViewUpdateInput!) {\n    customerListViewUpdate(input: $input) {\n      customerListView {\n        id\n        name\n        shared\n        filter {\n          query\n          status\n        }\n        sortKey\n        reverse\n        columns\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ListViewDelete($input: CustomerListViewDeleteInput!) {\n    customerListViewDelete(input: $input) {\n      deletedId\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ListViewDelete($input: CustomerListViewDeleteInput!) {\n    customerListViewDelete(input: $input) {\n      deletedId\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListViews {\n    customerListViews {\n      id\n      name\n      shared\n      ownedByMe\n      canEdit\n    }\n  }\n"): (typeof documents)["\n  query ListViews {\n    customerListViews {\n      id\n      name\n      shared\n      ownedByMe\n      canEdit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotesNoteCreate($input: CustomerNoteCreateInput!) {\n    customerNoteCreate(input: $input) {\n      note {\n        id\n        body\n        author {\n          kind\n          id\n          name\n        }\n        createdAt\n        updatedAt\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NotesNoteCreate($input: CustomerNoteCreateInput!) {\n    customerNoteCreate(input: $input) {\n      note {\n        id\n        body\n        author {\n          kind\n          id\n          name\n        }\n        createdAt\n        updatedAt\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotesNoteUpdate($input: CustomerNoteUpdateInput!) {\n    customerNoteUpdate(input: $input) {\n      note {\n        id\n        body\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NotesNoteUpdate($input: CustomerNoteUpdateInput!) {\n    customerNoteUpdate(input: $input) {\n      note {\n        id\n        body\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotesNoteDelete($input: CustomerNoteDeleteInput!) {\n    customerNoteDelete(input: $input) {\n      deletedNoteId\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NotesNoteDelete($input: CustomerNoteDeleteInput!) {\n    customerNoteDelete(input: $input) {\n      deletedNoteId\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotesOfCustomer($id: ID!, $first: Int, $after: String) {\n    customer(id: $id) {\n      notes(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          body\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotesOfCustomer($id: ID!, $first: Int, $after: String) {\n    customer(id: $id) {\n      notes(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          body\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotesViewer {\n    viewer {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query NotesViewer {\n    viewer {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotesMemberInvitation($input: MemberInvitationCreateInput!) {\n    memberInvitationCreate(input: $input) {\n      invitation {\n        url\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NotesMemberInvitation($input: MemberInvitationCreateInput!) {\n    memberInvitationCreate(input: $input) {\n      invitation {\n        url\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TagsAdd($input: CustomerTagsAddInput!) {\n    customerTagsAdd(input: $input) {\n      customers {\n        id\n        tags\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TagsAdd($input: CustomerTagsAddInput!) {\n    customerTagsAdd(input: $input) {\n      customers {\n        id\n        tags\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TagsRemove($input: CustomerTagsRemoveInput!) {\n    customerTagsRemove(input: $input) {\n      customers {\n        id\n        tags\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TagsRemove($input: CustomerTagsRemoveInput!) {\n    customerTagsRemove(input: $input) {\n      customers {\n        id\n        tags\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TagsCounts {\n    customerTags {\n      tag\n      customerCount\n    }\n  }\n"): (typeof documents)["\n  query TagsCounts {\n    customerTags {\n      tag\n      customerCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TagsOfCustomers {\n    customers(first: 50) {\n      nodes {\n        id\n        tags\n      }\n    }\n  }\n"): (typeof documents)["\n  query TagsOfCustomers {\n    customers(first: 50) {\n      nodes {\n        id\n        tags\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestartCustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RestartCustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestartCancel($input: CustomerCancelInput!) {\n    customerCancel(input: $input) {\n      customer {\n        scheduledCancellation {\n          effectiveAt\n        }\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RestartCancel($input: CustomerCancelInput!) {\n    customerCancel(input: $input) {\n      customer {\n        scheduledCancellation {\n          effectiveAt\n        }\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StandingRestartCustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StandingRestartCustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StandingCreditsAdd($input: CreditsAddInput!) {\n    creditsAdd(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StandingCreditsAdd($input: CreditsAddInput!) {\n    creditsAdd(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StandingCreditsMove($input: CreditsMoveInput!) {\n    creditsMove(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StandingCreditsMove($input: CreditsMoveInput!) {\n    creditsMove(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StandingReminderUpdate($input: LowCreditReminderUpdateInput!) {\n    lowCreditReminderUpdate(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StandingReminderUpdate($input: LowCreditReminderUpdateInput!) {\n    lowCreditReminderUpdate(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StandingInvoicePay($input: InvoicePaymentRecordInput!) {\n    invoicePaymentRecord(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StandingInvoicePay($input: InvoicePaymentRecordInput!) {\n    invoicePaymentRecord(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StandingMessageSend($input: MessageSendInput!) {\n    messageSend(input: $input) {\n      message {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StandingMessageSend($input: MessageSendInput!) {\n    messageSend(input: $input) {\n      message {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StandingLiveValues($id: ID!) {\n    customer(id: $id) {\n      id\n      balance {\n        minorUnits\n        currency\n      }\n      owed {\n        minorUnits\n      }\n      lowCreditReminder {\n        enabled\n        thresholdMinor\n      }\n      messages(first: 1) {\n        nodes {\n          status\n          sentAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StandingLiveValues($id: ID!) {\n    customer(id: $id) {\n      id\n      balance {\n        minorUnits\n        currency\n      }\n      owed {\n        minorUnits\n      }\n      lowCreditReminder {\n        enabled\n        thresholdMinor\n      }\n      messages(first: 1) {\n        nodes {\n          status\n          sentAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LifecycleCustomer on Customer {\n    id\n    status\n    closedAt\n    scheduledCancellation {\n      mode\n      effectiveAt\n      reason\n    }\n    statusChanges {\n      transition\n      fromStatus\n      toStatus\n      reason\n      cancellationMode\n      actorKind\n      actorId\n    }\n  }\n"): (typeof documents)["\n  fragment LifecycleCustomer on Customer {\n    id\n    status\n    closedAt\n    scheduledCancellation {\n      mode\n      effectiveAt\n      reason\n    }\n    statusChanges {\n      transition\n      fromStatus\n      toStatus\n      reason\n      cancellationMode\n      actorKind\n      actorId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleSuspend($input: CustomerSuspendInput!) {\n    customerSuspend(input: $input) {\n      customer {\n        ...LifecycleCustomer\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LifecycleSuspend($input: CustomerSuspendInput!) {\n    customerSuspend(input: $input) {\n      customer {\n        ...LifecycleCustomer\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleReenable($input: CustomerReenableInput!) {\n    customerReenable(input: $input) {\n      customer {\n        ...LifecycleCustomer\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LifecycleReenable($input: CustomerReenableInput!) {\n    customerReenable(input: $input) {\n      customer {\n        ...LifecycleCustomer\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleDeactivate($input: CustomerDeactivateInput!) {\n    customerDeactivate(input: $input) {\n      customer {\n        ...LifecycleCustomer\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LifecycleDeactivate($input: CustomerDeactivateInput!) {\n    customerDeactivate(input: $input) {\n      customer {\n        ...LifecycleCustomer\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleReactivate($input: CustomerReactivateInput!) {\n    customerReactivate(input: $input) {\n      customer {\n        ...LifecycleCustomer\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LifecycleReactivate($input: CustomerReactivateInput!) {\n    customerReactivate(input: $input) {\n      customer {\n        ...LifecycleCustomer\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleCancel($input: CustomerCancelInput!) {\n    customerCancel(input: $input) {\n      customer {\n        ...LifecycleCustomer\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LifecycleCancel($input: CustomerCancelInput!) {\n    customerCancel(input: $input) {\n      customer {\n        ...LifecycleCustomer\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleWithdraw($input: CustomerCancellationWithdrawInput!) {\n    customerCancellationWithdraw(input: $input) {\n      customer {\n        ...LifecycleCustomer\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LifecycleWithdraw($input: CustomerCancellationWithdrawInput!) {\n    customerCancellationWithdraw(input: $input) {\n      customer {\n        ...LifecycleCustomer\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LifecycleRead($id: ID!) {\n    customer(id: $id) {\n      ...LifecycleCustomer\n    }\n  }\n"): (typeof documents)["\n  query LifecycleRead($id: ID!) {\n    customer(id: $id) {\n      ...LifecycleCustomer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LifecycleActivity($customerId: ID!) {\n    auditLog(first: 50, filter: { customerId: $customerId }) {\n      nodes {\n        action\n        details\n      }\n    }\n  }\n"): (typeof documents)["\n  query LifecycleActivity($customerId: ID!) {\n    auditLog(first: 50, filter: { customerId: $customerId }) {\n      nodes {\n        action\n        details\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleInvite($id: ID!) {\n    memberInvitationCreate(input: { memberId: $id }) {\n      invitation {\n        url\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LifecycleInvite($id: ID!) {\n    memberInvitationCreate(input: { memberId: $id }) {\n      invitation {\n        url\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LifecyclePortalViewer {\n    portalViewer {\n      customer {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query LifecyclePortalViewer {\n    portalViewer {\n      customer {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BulkPreview($input: CustomersBulkActionInput!) {\n    customersBulkActionPreview(input: $input) {\n      action\n      total\n      willChange\n      willSkip\n      runsInBackground\n      skippedReasons {\n        reason\n        count\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  query BulkPreview($input: CustomersBulkActionInput!) {\n    customersBulkActionPreview(input: $input) {\n      action\n      total\n      willChange\n      willSkip\n      runsInBackground\n      skippedReasons {\n        reason\n        count\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkAction($input: CustomersBulkActionInput!) {\n    customersBulkAction(input: $input) {\n      bulkOperation {\n        id\n        status\n        total\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BulkAction($input: CustomersBulkActionInput!) {\n    customersBulkAction(input: $input) {\n      bulkOperation {\n        id\n        status\n        total\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BulkOperation($id: ID!, $outcome: CustomerBulkOutcomeKind) {\n    customerBulkOperation(id: $id) {\n      id\n      action\n      status\n      total\n      processed\n      changed\n      skipped\n      canUndo\n      finishedAt\n      outcomesCsvUrl\n      skippedReasons {\n        reason\n        count\n      }\n      undoOf {\n        id\n      }\n      undoneBy {\n        id\n      }\n      outcomes(first: 5, outcome: $outcome) {\n        totalCount\n        nodes {\n          outcome\n          reason\n          customer {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BulkOperation($id: ID!, $outcome: CustomerBulkOutcomeKind) {\n    customerBulkOperation(id: $id) {\n      id\n      action\n      status\n      total\n      processed\n      changed\n      skipped\n      canUndo\n      finishedAt\n      outcomesCsvUrl\n      skippedReasons {\n        reason\n        count\n      }\n      undoOf {\n        id\n      }\n      undoneBy {\n        id\n      }\n      outcomes(first: 5, outcome: $outcome) {\n        totalCount\n        nodes {\n          outcome\n          reason\n          customer {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkCancel($input: CustomerBulkOperationCancelInput!) {\n    customerBulkOperationCancel(input: $input) {\n      bulkOperation {\n        id\n        status\n        processed\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BulkCancel($input: CustomerBulkOperationCancelInput!) {\n    customerBulkOperationCancel(input: $input) {\n      bulkOperation {\n        id\n        status\n        processed\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkUndo($input: CustomerBulkOperationUndoInput!) {\n    customerBulkOperationUndo(input: $input) {\n      bulkOperation {\n        id\n        status\n        total\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BulkUndo($input: CustomerBulkOperationUndoInput!) {\n    customerBulkOperationUndo(input: $input) {\n      bulkOperation {\n        id\n        status\n        total\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomersWithBalances {\n    viewer {\n      email\n      role\n      partner {\n        id\n        name\n      }\n    }\n    customers(first: 10, sortKey: NAME) {\n      totalCount\n      nodes {\n        id\n        name\n        accountNumber\n        status\n        balance {\n          amount\n          minorUnits\n          currency\n        }\n        messages(first: 5) {\n          totalCount\n          nodes {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomersWithBalances {\n    viewer {\n      email\n      role\n      partner {\n        id\n        name\n      }\n    }\n    customers(first: 10, sortKey: NAME) {\n      totalCount\n      nodes {\n        id\n        name\n        accountNumber\n        status\n        balance {\n          amount\n          minorUnits\n          currency\n        }\n        messages(first: 5) {\n          totalCount\n          nodes {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GatewayApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      secret\n      apiKey {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GatewayApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      secret\n      apiKey {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GatewayApiKeyFiveCustomers {\n    customers(first: 5) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query GatewayApiKeyFiveCustomers {\n    customers(first: 5) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GatewayApiKeyOneCustomer {\n    customers(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query GatewayApiKeyOneCustomer {\n    customers(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsSevenDeep {\n    customers(first: 10) {\n      edges {\n        node {\n          messages(first: 10) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LimitsSevenDeep {\n    customers(first: 10) {\n      edges {\n        node {\n          messages(first: 10) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsOverTheCostLimit {\n    customers(first: 100) {\n      nodes {\n        messages(first: 100) {\n          nodes {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LimitsOverTheCostLimit {\n    customers(first: 100) {\n      nodes {\n        messages(first: 100) {\n          nodes {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsPageSizeInVariable($first: Int = 100) {\n    customers(first: $first) {\n      nodes {\n        messages(first: $first) {\n          nodes {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LimitsPageSizeInVariable($first: Int = 100) {\n    customers(first: $first) {\n      nodes {\n        messages(first: $first) {\n          nodes {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsCustomersWithBalance {\n    customers(first: 10) {\n      nodes {\n        id\n        name\n        balance {\n          amount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LimitsCustomersWithBalance {\n    customers(first: 10) {\n      nodes {\n        id\n        name\n        balance {\n          amount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LimitsCustomerCreate {\n    customerCreate(input: { name: \"Cost check\", country: \"GB\", currency: \"GBP\" }) {\n      customer {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LimitsCustomerCreate {\n    customerCreate(input: { name: \"Cost check\", country: \"GB\", currency: \"GBP\" }) {\n      customer {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsViewerEmail {\n    viewer {\n      email\n    }\n  }\n"): (typeof documents)["\n  query LimitsViewerEmail {\n    viewer {\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsViewerId {\n    viewer {\n      id\n    }\n  }\n"): (typeof documents)["\n  query LimitsViewerId {\n    viewer {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductionCustomerBalances {\n    customers {\n      nodes {\n        id\n        balance {\n          amount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProductionCustomerBalances {\n    customers {\n      nodes {\n        id\n        balance {\n          amount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RateLimitTenCustomers {\n    customers(first: 10) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query RateLimitTenCustomers {\n    customers(first: 10) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RateLimitFortyCustomers {\n    customers(first: 40) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query RateLimitFortyCustomers {\n    customers(first: 40) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FuzzMemberInvitation($input: MemberInvitationCreateInput!) {\n    memberInvitationCreate(input: $input) {\n      invitation {\n        url\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FuzzMemberInvitation($input: MemberInvitationCreateInput!) {\n    memberInvitationCreate(input: $input) {\n      invitation {\n        url\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TextRulesCustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n        name\n        billingName\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TextRulesCustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n        name\n        billingName\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TextRulesOperatorInvite($input: OperatorInviteInput!) {\n    operatorInvite(input: $input) {\n      operator {\n        id\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TextRulesOperatorInvite($input: OperatorInviteInput!) {\n    operatorInvite(input: $input) {\n      operator {\n        id\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TextRulesCustomers($filter: CustomerFilter) {\n    customers(filter: $filter) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query TextRulesCustomers($filter: CustomerFilter) {\n    customers(filter: $filter) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillingRunCustomerServices($id: ID!) {\n    customer(id: $id) {\n      services {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query BillingRunCustomerServices($id: ID!) {\n    customer(id: $id) {\n      services {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalogServiceCreate($input: ServiceCreateInput!) {\n    serviceCreate(input: $input) {\n      service {\n        id\n        description\n        unitPrice {\n          amount\n          minorUnits\n          currency\n        }\n        quantity\n        period\n        startDate\n        endDate\n        assignedMemberId\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CatalogServiceCreate($input: ServiceCreateInput!) {\n    serviceCreate(input: $input) {\n      service {\n        id\n        description\n        unitPrice {\n          amount\n          minorUnits\n          currency\n        }\n        quantity\n        period\n        startDate\n        endDate\n        assignedMemberId\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalogBillingAccountUpdate($input: BillingAccountUpdateInput!) {\n    billingAccountUpdate(input: $input) {\n      billingAccount {\n        pricingModel\n        suspendForLatePayment\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CatalogBillingAccountUpdate($input: BillingAccountUpdateInput!) {\n    billingAccountUpdate(input: $input) {\n      billingAccount {\n        pricingModel\n        suspendForLatePayment\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalogTaxRateSet($input: TaxRateSetInput!) {\n    taxRateSet(input: $input) {\n      taxRate {\n        country\n        rate\n        reverseCharge\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CatalogTaxRateSet($input: TaxRateSetInput!) {\n    taxRateSet(input: $input) {\n      taxRate {\n        country\n        rate\n        reverseCharge\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalogRecipientPriceSet($input: RecipientPriceSetInput!) {\n    recipientPriceSet(input: $input) {\n      billingSettings {\n        recipientPrice {\n          amount\n          currency\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CatalogRecipientPriceSet($input: RecipientPriceSetInput!) {\n    recipientPriceSet(input: $input) {\n      billingSettings {\n        recipientPrice {\n          amount\n          currency\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalogFxRateSet($input: FxRateSetInput!) {\n    fxRateSet(input: $input) {\n      fxRate {\n        baseCurrency\n        quoteCurrency\n        rate\n        customerId\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CatalogFxRateSet($input: FxRateSetInput!) {\n    fxRateSet(input: $input) {\n      fxRate {\n        baseCurrency\n        quoteCurrency\n        rate\n        customerId\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalogUsageRecord($input: UsageRecordInput!) {\n    usageRecord(input: $input) {\n      usageRecord {\n        id\n        amount {\n          minorUnits\n          currency\n        }\n        status\n        ledgerEntryId\n      }\n      customer {\n        balance {\n          minorUnits\n        }\n      }\n      replayed\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CatalogUsageRecord($input: UsageRecordInput!) {\n    usageRecord(input: $input) {\n      usageRecord {\n        id\n        amount {\n          minorUnits\n          currency\n        }\n        status\n        ledgerEntryId\n      }\n      customer {\n        balance {\n          minorUnits\n        }\n      }\n      replayed\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalogBillingRunStart($input: BillingRunStartInput!) {\n    billingRunStart(input: $input) {\n      billingRun {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CatalogBillingRunStart($input: BillingRunStartInput!) {\n    billingRunStart(input: $input) {\n      billingRun {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogBillingRun($id: ID!) {\n    billingRun(id: $id) {\n      id\n      status\n      total\n      processed\n      invoicesCreated\n      alreadyInvoiced\n      skipped\n      skips {\n        customerId\n        reason\n      }\n      error\n    }\n  }\n"): (typeof documents)["\n  query CatalogBillingRun($id: ID!) {\n    billingRun(id: $id) {\n      id\n      status\n      total\n      processed\n      invoicesCreated\n      alreadyInvoiced\n      skipped\n      skips {\n        customerId\n        reason\n      }\n      error\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogSettings($customerId: ID!) {\n    billingSettings {\n      taxRates {\n        country\n        rate\n        reverseCharge\n      }\n      recipientPrice {\n        amount\n        minorUnits\n        currency\n      }\n      fxRates {\n        baseCurrency\n        quoteCurrency\n        rate\n      }\n    }\n    customer(id: $customerId) {\n      fxRates {\n        baseCurrency\n        quoteCurrency\n        rate\n        customerId\n      }\n      billingAccount {\n        suspendForLatePayment\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogSettings($customerId: ID!) {\n    billingSettings {\n      taxRates {\n        country\n        rate\n        reverseCharge\n      }\n      recipientPrice {\n        amount\n        minorUnits\n        currency\n      }\n      fxRates {\n        baseCurrency\n        quoteCurrency\n        rate\n      }\n    }\n    customer(id: $customerId) {\n      fxRates {\n        baseCurrency\n        quoteCurrency\n        rate\n        customerId\n      }\n      billingAccount {\n        suspendForLatePayment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogServices($id: ID!) {\n    customer(id: $id) {\n      services {\n        id\n        description\n        quantity\n        unitPrice {\n          minorUnits\n          currency\n        }\n        startDate\n        endDate\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogServices($id: ID!) {\n    customer(id: $id) {\n      services {\n        id\n        description\n        quantity\n        unitPrice {\n          minorUnits\n          currency\n        }\n        startDate\n        endDate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalogServiceUpdate($input: ServiceUpdateInput!) {\n    serviceUpdate(input: $input) {\n      service {\n        id\n        quantity\n        endDate\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CatalogServiceUpdate($input: ServiceUpdateInput!) {\n    serviceUpdate(input: $input) {\n      service {\n        id\n        quantity\n        endDate\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalogServiceRemove($input: ServiceRemoveInput!) {\n    serviceRemove(input: $input) {\n      service {\n        id\n        endDate\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CatalogServiceRemove($input: ServiceRemoveInput!) {\n    serviceRemove(input: $input) {\n      service {\n        id\n        endDate\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalogCancel($input: CustomerCancelInput!) {\n    customerCancel(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CatalogCancel($input: CustomerCancelInput!) {\n    customerCancel(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalogWithdraw($input: CustomerCancellationWithdrawInput!) {\n    customerCancellationWithdraw(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CatalogWithdraw($input: CustomerCancellationWithdrawInput!) {\n    customerCancellationWithdraw(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalogCreditsAdd($input: CreditsAddInput!) {\n    creditsAdd(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CatalogCreditsAdd($input: CreditsAddInput!) {\n    creditsAdd(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogBalance($id: ID!) {\n    customer(id: $id) {\n      balance {\n        minorUnits\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogBalance($id: ID!) {\n    customer(id: $id) {\n      balance {\n        minorUnits\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalogMemberCreate($input: MemberCreateInput!) {\n    memberCreate(input: $input) {\n      member {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CatalogMemberCreate($input: MemberCreateInput!) {\n    memberCreate(input: $input) {\n      member {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalogMemberUpdate($input: MemberUpdateInput!) {\n    memberUpdate(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CatalogMemberUpdate($input: MemberUpdateInput!) {\n    memberUpdate(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerInvoicesPage($first: Int!, $invoices: Int!, $after: String, $status: [InvoiceStatus!]) {\n    customers(first: $first) {\n      nodes {\n        id\n        invoices(first: $invoices, after: $after, status: $status) {\n          totalCount\n          nodes {\n            id\n            status\n          }\n          pageInfo {\n            hasNextPage\n            hasPreviousPage\n            startCursor\n            endCursor\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerInvoicesPage($first: Int!, $invoices: Int!, $after: String, $status: [InvoiceStatus!]) {\n    customers(first: $first) {\n      nodes {\n        id\n        invoices(first: $invoices, after: $after, status: $status) {\n          totalCount\n          nodes {\n            id\n            status\n          }\n          pageInfo {\n            hasNextPage\n            hasPreviousPage\n            startCursor\n            endCursor\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerInvoicesOfOne($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n    customer(id: $id) {\n      invoices(first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        nodes {\n          id\n        }\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerInvoicesOfOne($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n    customer(id: $id) {\n      invoices(first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        nodes {\n          id\n        }\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerInvoicesPageCustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n        name\n        accountNumber\n        currency\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CustomerInvoicesPageCustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n        name\n        accountNumber\n        currency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerInvoicesPageOpen($first: Int!) {\n    customers(first: $first) {\n      nodes {\n        invoices(first: 1) {\n          totalCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerInvoicesPageOpen($first: Int!) {\n    customers(first: $first) {\n      nodes {\n        invoices(first: 1) {\n          totalCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DocumentsHeaderUpdate($input: InvoiceHeaderUpdateInput!) {\n    invoiceHeaderUpdate(input: $input) {\n      invoiceHeader {\n        legalName\n        addressLines\n        taxId\n        logo {\n          contentType\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DocumentsHeaderUpdate($input: InvoiceHeaderUpdateInput!) {\n    invoiceHeaderUpdate(input: $input) {\n      invoiceHeader {\n        legalName\n        addressLines\n        taxId\n        logo {\n          contentType\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentsHeader {\n    invoiceHeader {\n      legalName\n      addressLines\n      taxId\n      logo {\n        contentType\n      }\n    }\n  }\n"): (typeof documents)["\n  query DocumentsHeader {\n    invoiceHeader {\n      legalName\n      addressLines\n      taxId\n      logo {\n        contentType\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoicesListPage($filter: InvoiceFilterInput, $first: Int, $after: String, $last: Int, $before: String) {\n    invoices(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      nodes {\n        id\n        number\n        status\n        issueDate\n        customer {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvoicesListPage($filter: InvoiceFilterInput, $first: Int, $after: String, $last: Int, $before: String) {\n    invoices(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      nodes {\n        id\n        number\n        status\n        issueDate\n        customer {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoicesListOfCustomer($id: ID!, $status: [InvoiceStatus!]) {\n    customer(id: $id) {\n      invoices(status: $status) {\n        totalCount\n        nodes {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvoicesListOfCustomer($id: ID!, $status: [InvoiceStatus!]) {\n    customer(id: $id) {\n      invoices(status: $status) {\n        totalCount\n        nodes {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoicesListOne($id: ID!) {\n    invoice(id: $id) {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  query InvoicesListOne($id: ID!) {\n    invoice(id: $id) {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvoicesListSettings($input: InvoiceSettingsUpdateInput!) {\n    invoiceSettingsUpdate(input: $input) {\n      settings {\n        prefix\n        historyStart\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InvoicesListSettings($input: InvoiceSettingsUpdateInput!) {\n    invoiceSettingsUpdate(input: $input) {\n      settings {\n        prefix\n        historyStart\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvoicesListPay($input: InvoicePaymentRecordInput!) {\n    invoicePaymentRecord(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InvoicesListPay($input: InvoicePaymentRecordInput!) {\n    invoicePaymentRecord(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvoicingLifecycleInvoiceFields on Invoice {\n    id\n    number\n    kind\n    status\n    currency\n    issueDate\n    dueDate\n    total {\n      minorUnits\n    }\n    paid {\n      minorUnits\n    }\n    credited {\n      minorUnits\n    }\n    amountDue {\n      minorUnits\n    }\n  }\n"): (typeof documents)["\n  fragment InvoicingLifecycleInvoiceFields on Invoice {\n    id\n    number\n    kind\n    status\n    currency\n    issueDate\n    dueDate\n    total {\n      minorUnits\n    }\n    paid {\n      minorUnits\n    }\n    credited {\n      minorUnits\n    }\n    amountDue {\n      minorUnits\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvoicingLifecycleSupportCreate($input: InvoiceCreateInput!) {\n    invoiceCreate(input: $input) {\n      invoice {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InvoicingLifecycleSupportCreate($input: InvoiceCreateInput!) {\n    invoiceCreate(input: $input) {\n      invoice {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvoicingLifecycleSupportIssue($input: InvoiceIssueInput!) {\n    invoiceIssue(input: $input) {\n      invoice {\n        id\n        number\n        status\n        issueDate\n        dueDate\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InvoicingLifecycleSupportIssue($input: InvoiceIssueInput!) {\n    invoiceIssue(input: $input) {\n      invoice {\n        id\n        number\n        status\n        issueDate\n        dueDate\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvoicingLifecycleSupportTerms($input: BillingAccountUpdateInput!) {\n    billingAccountUpdate(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InvoicingLifecycleSupportTerms($input: BillingAccountUpdateInput!) {\n    billingAccountUpdate(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoicingLifecycleInvoice($id: ID!) {\n    invoice(id: $id) {\n      ...InvoicingLifecycleInvoiceFields\n      lines {\n        position\n        description\n        quantity\n        unitPrice {\n          minorUnits\n        }\n        amount {\n          minorUnits\n        }\n        taxRate\n        tax {\n          minorUnits\n        }\n      }\n      billTo {\n        name\n        accountNumber\n      }\n      payments {\n        amount {\n          minorUnits\n        }\n        applied {\n          minorUnits\n        }\n        excess {\n          minorUnits\n        }\n        method\n        ledgerEntryId\n      }\n      creditNotes {\n        number\n        kind\n        status\n        total {\n          minorUnits\n        }\n      }\n      voidReason\n    }\n  }\n"): (typeof documents)["\n  query InvoicingLifecycleInvoice($id: ID!) {\n    invoice(id: $id) {\n      ...InvoicingLifecycleInvoiceFields\n      lines {\n        position\n        description\n        quantity\n        unitPrice {\n          minorUnits\n        }\n        amount {\n          minorUnits\n        }\n        taxRate\n        tax {\n          minorUnits\n        }\n      }\n      billTo {\n        name\n        accountNumber\n      }\n      payments {\n        amount {\n          minorUnits\n        }\n        applied {\n          minorUnits\n        }\n        excess {\n          minorUnits\n        }\n        method\n        ledgerEntryId\n      }\n      creditNotes {\n        number\n        kind\n        status\n        total {\n          minorUnits\n        }\n      }\n      voidReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoicingLifecycleCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      status\n      owed {\n        minorUnits\n        currency\n      }\n      balance {\n        minorUnits\n      }\n      statusChanges {\n        transition\n        toStatus\n        reason\n        actorKind\n        invoiceId\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvoicingLifecycleCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      status\n      owed {\n        minorUnits\n        currency\n      }\n      balance {\n        minorUnits\n      }\n      statusChanges {\n        transition\n        toStatus\n        reason\n        actorKind\n        invoiceId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvoicingLifecyclePay($input: InvoicePaymentRecordInput!) {\n    invoicePaymentRecord(input: $input) {\n      payment {\n        id\n        amount {\n          minorUnits\n        }\n        applied {\n          minorUnits\n        }\n        excess {\n          minorUnits\n        }\n        ledgerEntryId\n      }\n      invoice {\n        status\n        paid {\n          minorUnits\n        }\n        amountDue {\n          minorUnits\n        }\n      }\n      customer {\n        balance {\n          minorUnits\n        }\n        owed {\n          minorUnits\n        }\n      }\n      replayed\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InvoicingLifecyclePay($input: InvoicePaymentRecordInput!) {\n    invoicePaymentRecord(input: $input) {\n      payment {\n        id\n        amount {\n          minorUnits\n        }\n        applied {\n          minorUnits\n        }\n        excess {\n          minorUnits\n        }\n        ledgerEntryId\n      }\n      invoice {\n        status\n        paid {\n          minorUnits\n        }\n        amountDue {\n          minorUnits\n        }\n      }\n      customer {\n        balance {\n          minorUnits\n        }\n        owed {\n          minorUnits\n        }\n      }\n      replayed\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvoicingLifecycleVoid($input: InvoiceVoidInput!) {\n    invoiceVoid(input: $input) {\n      invoice {\n        status\n        voidReason\n        amountDue {\n          minorUnits\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InvoicingLifecycleVoid($input: InvoiceVoidInput!) {\n    invoiceVoid(input: $input) {\n      invoice {\n        status\n        voidReason\n        amountDue {\n          minorUnits\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvoicingLifecycleCredit($input: CreditNoteCreateInput!) {\n    creditNoteCreate(input: $input) {\n      creditNote {\n        id\n        number\n        kind\n        status\n        total {\n          minorUnits\n        }\n        correctsInvoiceId\n      }\n      invoice {\n        status\n        credited {\n          minorUnits\n        }\n        amountDue {\n          minorUnits\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InvoicingLifecycleCredit($input: CreditNoteCreateInput!) {\n    creditNoteCreate(input: $input) {\n      creditNote {\n        id\n        number\n        kind\n        status\n        total {\n          minorUnits\n        }\n        correctsInvoiceId\n      }\n      invoice {\n        status\n        credited {\n          minorUnits\n        }\n        amountDue {\n          minorUnits\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvoicingLifecycleSuspend($input: CustomerSuspendInput!) {\n    customerSuspend(input: $input) {\n      customer {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InvoicingLifecycleSuspend($input: CustomerSuspendInput!) {\n    customerSuspend(input: $input) {\n      customer {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvoicingLifecycleClose($input: CustomerCloseInput!) {\n    customerClose(input: $input) {\n      customer {\n        status\n      }\n      closeBlockers {\n        owed {\n          minorUnits\n          currency\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InvoicingLifecycleClose($input: CustomerCloseInput!) {\n    customerClose(input: $input) {\n      customer {\n        status\n      }\n      closeBlockers {\n        owed {\n          minorUnits\n          currency\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvoicingLifecycleCreateAs($input: InvoiceCreateInput!) {\n    invoiceCreate(input: $input) {\n      invoice {\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InvoicingLifecycleCreateAs($input: InvoiceCreateInput!) {\n    invoiceCreate(input: $input) {\n      invoice {\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvoicingLifecycleIssueAgain($input: InvoiceIssueInput!) {\n    invoiceIssue(input: $input) {\n      invoice {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InvoicingLifecycleIssueAgain($input: InvoiceIssueInput!) {\n    invoiceIssue(input: $input) {\n      invoice {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuoteFields on Quote {\n    id\n    status\n    currency\n    validUntil\n    invoiceId\n    declineReason\n    customerId\n    lines {\n      position\n      description\n      quantity\n      unitAmountMinor\n      amountMinor\n      taxRatePpm\n      taxMinor\n    }\n    subtotal {\n      minorUnits\n      currency\n    }\n    tax {\n      minorUnits\n    }\n    total {\n      minorUnits\n      amount\n    }\n  }\n"): (typeof documents)["\n  fragment QuoteFields on Quote {\n    id\n    status\n    currency\n    validUntil\n    invoiceId\n    declineReason\n    customerId\n    lines {\n      position\n      description\n      quantity\n      unitAmountMinor\n      amountMinor\n      taxRatePpm\n      taxMinor\n    }\n    subtotal {\n      minorUnits\n      currency\n    }\n    tax {\n      minorUnits\n    }\n    total {\n      minorUnits\n      amount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuotesCreate($input: QuoteCreateInput!) {\n    quoteCreate(input: $input) {\n      quote {\n        ...QuoteFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation QuotesCreate($input: QuoteCreateInput!) {\n    quoteCreate(input: $input) {\n      quote {\n        ...QuoteFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuotesSend($input: QuoteSendInput!) {\n    quoteSend(input: $input) {\n      quote {\n        id\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation QuotesSend($input: QuoteSendInput!) {\n    quoteSend(input: $input) {\n      quote {\n        id\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuotesAccept($input: QuoteAcceptInput!) {\n    quoteAccept(input: $input) {\n      quote {\n        ...QuoteFields\n      }\n      invoiceId\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation QuotesAccept($input: QuoteAcceptInput!) {\n    quoteAccept(input: $input) {\n      quote {\n        ...QuoteFields\n      }\n      invoiceId\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuotesDecline($input: QuoteDeclineInput!) {\n    quoteDecline(input: $input) {\n      quote {\n        id\n        status\n        declineReason\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation QuotesDecline($input: QuoteDeclineInput!) {\n    quoteDecline(input: $input) {\n      quote {\n        id\n        status\n        declineReason\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuotesList($filter: QuoteFilterInput, $first: Int, $after: String) {\n    quotes(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        status\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuotesList($filter: QuoteFilterInput, $first: Int, $after: String) {\n    quotes(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        status\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuotesOfCustomer($id: ID!, $statuses: [QuoteStatus!]) {\n    customer(id: $id) {\n      id\n      quotes(first: 10, statuses: $statuses) {\n        totalCount\n        nodes {\n          id\n          status\n          total {\n            minorUnits\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuotesOfCustomer($id: ID!, $statuses: [QuoteStatus!]) {\n    customer(id: $id) {\n      id\n      quotes(first: 10, statuses: $statuses) {\n        totalCount\n        nodes {\n          id\n          status\n          total {\n            minorUnits\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembersMemberCreate($input: MemberCreateInput!) {\n    memberCreate(input: $input) {\n      member {\n        id\n        name\n        email\n        phone\n        role\n        portalAccess\n        active\n        recipientStatus\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MembersMemberCreate($input: MemberCreateInput!) {\n    memberCreate(input: $input) {\n      member {\n        id\n        name\n        email\n        phone\n        role\n        portalAccess\n        active\n        recipientStatus\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembersMemberUpdate($input: MemberUpdateInput!) {\n    memberUpdate(input: $input) {\n      member {\n        id\n        name\n        email\n        phone\n        role\n        portalAccess\n        active\n        recipientStatus\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MembersMemberUpdate($input: MemberUpdateInput!) {\n    memberUpdate(input: $input) {\n      member {\n        id\n        name\n        email\n        phone\n        role\n        portalAccess\n        active\n        recipientStatus\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembersMemberDeactivate($input: MemberDeactivateInput!) {\n    memberDeactivate(input: $input) {\n      member {\n        id\n        active\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MembersMemberDeactivate($input: MemberDeactivateInput!) {\n    memberDeactivate(input: $input) {\n      member {\n        id\n        active\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembersMemberReactivate($input: MemberReactivateInput!) {\n    memberReactivate(input: $input) {\n      member {\n        id\n        active\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MembersMemberReactivate($input: MemberReactivateInput!) {\n    memberReactivate(input: $input) {\n      member {\n        id\n        active\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembersOwnershipTransfer($input: CustomerOwnershipTransferInput!) {\n    customerOwnershipTransfer(input: $input) {\n      owner {\n        id\n        role\n      }\n      previousOwner {\n        id\n        role\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MembersOwnershipTransfer($input: CustomerOwnershipTransferInput!) {\n    customerOwnershipTransfer(input: $input) {\n      owner {\n        id\n        role\n      }\n      previousOwner {\n        id\n        role\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembersInvitationCreate($input: MemberInvitationCreateInput!) {\n    memberInvitationCreate(input: $input) {\n      invitation {\n        url\n        expiresAt\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MembersInvitationCreate($input: MemberInvitationCreateInput!) {\n    memberInvitationCreate(input: $input) {\n      invitation {\n        url\n        expiresAt\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembersPasswordResetCreate($input: MemberPasswordResetCreateInput!) {\n    memberPasswordResetCreate(input: $input) {\n      link {\n        url\n        expiresAt\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MembersPasswordResetCreate($input: MemberPasswordResetCreateInput!) {\n    memberPasswordResetCreate(input: $input) {\n      link {\n        url\n        expiresAt\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembersOfCustomer($id: ID!) {\n    customer(id: $id) {\n      members {\n        id\n        name\n        email\n        phone\n        role\n        portalAccess\n        active\n        recipientStatus\n      }\n    }\n  }\n"): (typeof documents)["\n  query MembersOfCustomer($id: ID!) {\n    customer(id: $id) {\n      members {\n        id\n        name\n        email\n        phone\n        role\n        portalAccess\n        active\n        recipientStatus\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembersPortalViewer {\n    portalViewer {\n      member {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query MembersPortalViewer {\n    portalViewer {\n      member {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticesSuspend($input: CustomerSuspendInput!) {\n    customerSuspend(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NoticesSuspend($input: CustomerSuspendInput!) {\n    customerSuspend(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticesReenable($input: CustomerReenableInput!) {\n    customerReenable(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NoticesReenable($input: CustomerReenableInput!) {\n    customerReenable(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticesCancel($input: CustomerCancelInput!) {\n    customerCancel(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NoticesCancel($input: CustomerCancelInput!) {\n    customerCancel(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticesInvite($input: MemberInvitationCreateInput!) {\n    memberInvitationCreate(input: $input) {\n      invitation {\n        url\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NoticesInvite($input: MemberInvitationCreateInput!) {\n    memberInvitationCreate(input: $input) {\n      invitation {\n        url\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticesPasswordReset($input: MemberPasswordResetCreateInput!) {\n    memberPasswordResetCreate(input: $input) {\n      link {\n        url\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NoticesPasswordReset($input: MemberPasswordResetCreateInput!) {\n    memberPasswordResetCreate(input: $input) {\n      link {\n        url\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticesWebhookEndpointCreate($input: WebhookEndpointCreateInput!) {\n    webhookEndpointCreate(input: $input) {\n      webhookEndpoint {\n        id\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NoticesWebhookEndpointCreate($input: WebhookEndpointCreateInput!) {\n    webhookEndpointCreate(input: $input) {\n      webhookEndpoint {\n        id\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticesWebhookEndpoint($id: ID!) {\n    webhookEndpoint(id: $id) {\n      status\n    }\n  }\n"): (typeof documents)["\n  query NoticesWebhookEndpoint($id: ID!) {\n    webhookEndpoint(id: $id) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MessagingSettingsUpdate($input: MessagingSettingsUpdateInput!) {\n    messagingSettingsUpdate(input: $input) {\n      settings {\n        fromAddress\n        replyTo\n        smsSenderId\n        smtpHost\n        emailToOutbox\n        smsToOutbox\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MessagingSettingsUpdate($input: MessagingSettingsUpdateInput!) {\n    messagingSettingsUpdate(input: $input) {\n      settings {\n        fromAddress\n        replyTo\n        smsSenderId\n        smtpHost\n        emailToOutbox\n        smsToOutbox\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MessageTemplateSave($input: MessageTemplateSaveInput!) {\n    messageTemplateSave(input: $input) {\n      template {\n        key\n        channel\n        isDefault\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MessageTemplateSave($input: MessageTemplateSaveInput!) {\n    messageTemplateSave(input: $input) {\n      template {\n        key\n        channel\n        isDefault\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessageTemplates {\n    messageTemplates {\n      key\n      channel\n      isDefault\n    }\n  }\n"): (typeof documents)["\n  query MessageTemplates {\n    messageTemplates {\n      key\n      channel\n      isDefault\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessagePreview($input: MessagePreviewInput!) {\n    messagePreview(input: $input) {\n      preview {\n        recipient\n        subject\n        text\n        html\n        smsLength {\n          encoding\n          units\n          segments\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  query MessagePreview($input: MessagePreviewInput!) {\n    messagePreview(input: $input) {\n      preview {\n        recipient\n        subject\n        text\n        html\n        smsLength {\n          encoding\n          units\n          segments\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MessageSend($input: MessageSendInput!) {\n    messageSend(input: $input) {\n      message {\n        id\n        status\n        recipient\n        subject\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MessageSend($input: MessageSendInput!) {\n    messageSend(input: $input) {\n      message {\n        id\n        status\n        recipient\n        subject\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessagingCustomerMessages($id: ID!, $filter: MessageFilter) {\n    customer(id: $id) {\n      messages(first: 50, filter: $filter) {\n        totalCount\n        nodes {\n          id\n          channel\n          status\n          attempts\n          lastError\n          recipient\n          batchId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MessagingCustomerMessages($id: ID!, $filter: MessageFilter) {\n    customer(id: $id) {\n      messages(first: 50, filter: $filter) {\n        totalCount\n        nodes {\n          id\n          channel\n          status\n          attempts\n          lastError\n          recipient\n          batchId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessagingOutbox($first: Int) {\n    messagingOutbox(first: $first) {\n      totalCount\n      nodes {\n        messageId\n        channel\n        recipient\n        subject\n        raw\n      }\n    }\n  }\n"): (typeof documents)["\n  query MessagingOutbox($first: Int) {\n    messagingOutbox(first: $first) {\n      totalCount\n      nodes {\n        messageId\n        channel\n        recipient\n        subject\n        raw\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MessageBulkSend($input: MessageBulkSendInput!) {\n    messageBulkSend(input: $input) {\n      batch {\n        id\n        status\n        total\n        queued\n        skipped {\n          noAddress\n          closed\n          optedOut\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MessageBulkSend($input: MessageBulkSendInput!) {\n    messageBulkSend(input: $input) {\n      batch {\n        id\n        status\n        total\n        queued\n        skipped {\n          noAddress\n          closed\n          optedOut\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessageBatch($id: ID!) {\n    messageBatch(id: $id) {\n      id\n      status\n      total\n      queued\n      sending\n      sent\n      delivered\n      failed\n      cancelled\n      skipped {\n        noAddress\n        closed\n        optedOut\n      }\n    }\n  }\n"): (typeof documents)["\n  query MessageBatch($id: ID!) {\n    messageBatch(id: $id) {\n      id\n      status\n      total\n      queued\n      sending\n      sent\n      delivered\n      failed\n      cancelled\n      skipped {\n        noAddress\n        closed\n        optedOut\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MessageBatchCancel($input: MessageBatchCancelInput!) {\n    messageBatchCancel(input: $input) {\n      batch {\n        id\n        status\n        cancelled\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MessageBatchCancel($input: MessageBatchCancelInput!) {\n    messageBatchCancel(input: $input) {\n      batch {\n        id\n        status\n        cancelled\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestIdsCustomers {\n    customers {\n      nodes {\n        id\n        balance {\n          amount\n        }\n        messages {\n          totalCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RequestIdsCustomers {\n    customers {\n      nodes {\n        id\n        balance {\n          amount\n        }\n        messages {\n          totalCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestIdsViewerId {\n    viewer {\n      id\n    }\n  }\n"): (typeof documents)["\n  query RequestIdsViewerId {\n    viewer {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StartStopCustomerCount {\n    customers(filter: { status: [ACTIVE, SUSPENDED, INACTIVE, CLOSED] }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query StartStopCustomerCount {\n    customers(filter: { status: [ACTIVE, SUSPENDED, INACTIVE, CLOSED] }) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementsOperatorsWithTheirReseller($first: Int!) {\n    operators(first: $first) {\n      nodes {\n        id\n        name\n        partner {\n          name\n        }\n        reseller {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatementsOperatorsWithTheirReseller($first: Int!) {\n    operators(first: $first) {\n      nodes {\n        id\n        name\n        partner {\n          name\n        }\n        reseller {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementsCustomersWithTheirMessages($first: Int!) {\n    customers(first: $first) {\n      nodes {\n        id\n        name\n        members {\n          id\n        }\n        messages(first: 2) {\n          totalCount\n          nodes {\n            id\n            subject\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatementsCustomersWithTheirMessages($first: Int!) {\n    customers(first: $first) {\n      nodes {\n        id\n        name\n        members {\n          id\n        }\n        messages(first: 2) {\n          totalCount\n          nodes {\n            id\n            subject\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatementsCustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StatementsCustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementsCustomersKnownEverywhere($first: Int!) {\n    customers(first: $first) {\n      nodes {\n        balance {\n          currency\n        }\n        messages(first: 1) {\n          totalCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatementsCustomersKnownEverywhere($first: Int!) {\n    customers(first: $first) {\n      nodes {\n        balance {\n          currency\n        }\n        messages(first: 1) {\n          totalCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LowCreditReminderUpdate($input: LowCreditReminderUpdateInput!) {\n    lowCreditReminderUpdate(input: $input) {\n      lowCreditReminder {\n        enabled\n        thresholdMinor\n        recipients\n        armed\n        lastSentAt\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LowCreditReminderUpdate($input: LowCreditReminderUpdateInput!) {\n    lowCreditReminderUpdate(input: $input) {\n      lowCreditReminder {\n        enabled\n        thresholdMinor\n        recipients\n        armed\n        lastSentAt\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerLowCreditReminder($id: ID!) {\n    customer(id: $id) {\n      id\n      lowCreditReminder {\n        enabled\n        thresholdMinor\n        armed\n        lastSentAt\n      }\n      balance {\n        minorUnits\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerLowCreditReminder($id: ID!) {\n    customer(id: $id) {\n      id\n      lowCreditReminder {\n        enabled\n        thresholdMinor\n        armed\n        lastSentAt\n      }\n      balance {\n        minorUnits\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReminderCreditsAdd($input: CreditsAddInput!) {\n    creditsAdd(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReminderCreditsAdd($input: CreditsAddInput!) {\n    creditsAdd(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReminderCreditsWithdraw($input: CreditsWithdrawInput!) {\n    creditsWithdraw(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReminderCreditsWithdraw($input: CreditsWithdrawInput!) {\n    creditsWithdraw(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReminderWebhookEndpointCreate($input: WebhookEndpointCreateInput!) {\n    webhookEndpointCreate(input: $input) {\n      webhookEndpoint {\n        id\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReminderWebhookEndpointCreate($input: WebhookEndpointCreateInput!) {\n    webhookEndpointCreate(input: $input) {\n      webhookEndpoint {\n        id\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeedCustomer($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n        name\n        accountNumber\n        currency\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SeedCustomer($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n        name\n        accountNumber\n        currency\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedCustomerReady($id: ID!) {\n    customer(id: $id) {\n      id\n      balance {\n        currency\n      }\n      messages(first: 1) {\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query SeedCustomerReady($id: ID!) {\n    customer(id: $id) {\n      id\n      balance {\n        currency\n      }\n      messages(first: 1) {\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeedApiKey($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      apiKey {\n        id\n        prefix\n      }\n      secret\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SeedApiKey($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      apiKey {\n        id\n        prefix\n      }\n      secret\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TokenProbeViewer {\n    viewer {\n      id\n    }\n  }\n"): (typeof documents)["\n  query TokenProbeViewer {\n    viewer {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrossTenantViewerId {\n    viewer {\n      id\n    }\n  }\n"): (typeof documents)["\n  query CrossTenantViewerId {\n    viewer {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrossTenantImpersonate($input: CustomerImpersonateInput!) {\n    customerImpersonate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CrossTenantImpersonate($input: CustomerImpersonateInput!) {\n    customerImpersonate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrossTenantNoteCreate($input: CustomerNoteCreateInput!) {\n    customerNoteCreate(input: $input) {\n      note {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CrossTenantNoteCreate($input: CustomerNoteCreateInput!) {\n    customerNoteCreate(input: $input) {\n      note {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrossTenantQuoteCreate($input: QuoteCreateInput!) {\n    quoteCreate(input: $input) {\n      quote {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CrossTenantQuoteCreate($input: QuoteCreateInput!) {\n    quoteCreate(input: $input) {\n      quote {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrossTenantTagsAdd($input: CustomerTagsAddInput!) {\n    customerTagsAdd(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CrossTenantTagsAdd($input: CustomerTagsAddInput!) {\n    customerTagsAdd(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrossTenantExportStart($input: CustomerExportStartInput!) {\n    customerExportStart(input: $input) {\n      export {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CrossTenantExportStart($input: CustomerExportStartInput!) {\n    customerExportStart(input: $input) {\n      export {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrossTenantViewCreate($input: CustomerListViewCreateInput!) {\n    customerListViewCreate(input: $input) {\n      customerListView {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CrossTenantViewCreate($input: CustomerListViewCreateInput!) {\n    customerListViewCreate(input: $input) {\n      customerListView {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrossTenantServiceCreate($input: ServiceCreateInput!) {\n    serviceCreate(input: $input) {\n      service {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CrossTenantServiceCreate($input: ServiceCreateInput!) {\n    serviceCreate(input: $input) {\n      service {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrossTenantBillingRunStart($input: BillingRunStartInput!) {\n    billingRunStart(input: $input) {\n      billingRun {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CrossTenantBillingRunStart($input: BillingRunStartInput!) {\n    billingRunStart(input: $input) {\n      billingRun {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrossTenantBulkTag($input: CustomersBulkActionInput!) {\n    customersBulkAction(input: $input) {\n      bulkOperation {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CrossTenantBulkTag($input: CustomersBulkActionInput!) {\n    customersBulkAction(input: $input) {\n      bulkOperation {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrossTenantWebhookEndpointCreate($input: WebhookEndpointCreateInput!) {\n    webhookEndpointCreate(input: $input) {\n      webhookEndpoint {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CrossTenantWebhookEndpointCreate($input: WebhookEndpointCreateInput!) {\n    webhookEndpointCreate(input: $input) {\n      webhookEndpoint {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrossTenantWebhookDeliveries($id: ID!) {\n    webhookEndpoint(id: $id) {\n      deliveries(first: 1) {\n        nodes {\n          id\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrossTenantWebhookDeliveries($id: ID!) {\n    webhookEndpoint(id: $id) {\n      deliveries(first: 1) {\n        nodes {\n          id\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VictimCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      billingName\n      accountNumber\n      status\n      email\n      phone\n      country\n      currency\n      timezone\n      pricingModel\n      members {\n        id\n        name\n        email\n        role\n        portalAccess\n        active\n        recipientStatus\n      }\n      notes(first: 50) {\n        nodes {\n          id\n          body\n          updatedAt\n        }\n      }\n      tags\n    }\n  }\n"): (typeof documents)["\n  query VictimCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      billingName\n      accountNumber\n      status\n      email\n      phone\n      country\n      currency\n      timezone\n      pricingModel\n      members {\n        id\n        name\n        email\n        role\n        portalAccess\n        active\n        recipientStatus\n      }\n      notes(first: 50) {\n        nodes {\n          id\n          body\n          updatedAt\n        }\n      }\n      tags\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VictimOperator($id: ID!) {\n    operator(id: $id) {\n      id\n      email\n      role\n      status\n      reseller {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query VictimOperator($id: ID!) {\n    operator(id: $id) {\n      id\n      email\n      role\n      status\n      reseller {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VictimApiKeys {\n    apiKeys(first: 50, filter: { includeRevoked: true }) {\n      nodes {\n        id\n        scopes\n        revokedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query VictimApiKeys {\n    apiKeys(first: 50, filter: { includeRevoked: true }) {\n      nodes {\n        id\n        scopes\n        revokedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrossTenantApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      secret\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CrossTenantApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      secret\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrossTenantCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query CrossTenantCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrossTenantViewer {\n    viewer {\n      id\n      kind\n    }\n  }\n"): (typeof documents)["\n  query CrossTenantViewer {\n    viewer {\n      id\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantIsolationCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      balance {\n        amount\n      }\n    }\n  }\n"): (typeof documents)["\n  query TenantIsolationCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      balance {\n        amount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantIsolationCustomers {\n    customers(first: 50) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query TenantIsolationCustomers {\n    customers(first: 50) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenantIsolationCustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TenantIsolationCustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvoiceWebhookEndpointCreate($input: WebhookEndpointCreateInput!) {\n    webhookEndpointCreate(input: $input) {\n      webhookEndpoint {\n        id\n        eventTypes\n      }\n      secret\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InvoiceWebhookEndpointCreate($input: WebhookEndpointCreateInput!) {\n    webhookEndpointCreate(input: $input) {\n      webhookEndpoint {\n        id\n        eventTypes\n      }\n      secret\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookEndpointCreate($input: WebhookEndpointCreateInput!) {\n    webhookEndpointCreate(input: $input) {\n      webhookEndpoint {\n        id\n        url\n        eventTypes\n        status\n      }\n      secret\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebhookEndpointCreate($input: WebhookEndpointCreateInput!) {\n    webhookEndpointCreate(input: $input) {\n      webhookEndpoint {\n        id\n        url\n        eventTypes\n        status\n      }\n      secret\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookEndpointUpdate($input: WebhookEndpointUpdateInput!) {\n    webhookEndpointUpdate(input: $input) {\n      webhookEndpoint {\n        id\n        status\n        disabledReason\n        failingSince\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebhookEndpointUpdate($input: WebhookEndpointUpdateInput!) {\n    webhookEndpointUpdate(input: $input) {\n      webhookEndpoint {\n        id\n        status\n        disabledReason\n        failingSince\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookEndpointDelete($input: WebhookEndpointDeleteInput!) {\n    webhookEndpointDelete(input: $input) {\n      deletedWebhookEndpointId\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebhookEndpointDelete($input: WebhookEndpointDeleteInput!) {\n    webhookEndpointDelete(input: $input) {\n      deletedWebhookEndpointId\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveryLog($id: ID!) {\n    webhookEndpoint(id: $id) {\n      id\n      status\n      disabledReason\n      disabledAt\n      failingSince\n      deliveries(first: 20) {\n        totalCount\n        nodes {\n          id\n          messageId\n          eventType\n          payload\n          status\n          attemptCount\n          lastStatusCode\n          replayOf\n          completedAt\n          attempts {\n            number\n            statusCode\n            durationMs\n            error\n            responseExcerpt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookDeliveryLog($id: ID!) {\n    webhookEndpoint(id: $id) {\n      id\n      status\n      disabledReason\n      disabledAt\n      failingSince\n      deliveries(first: 20) {\n        totalCount\n        nodes {\n          id\n          messageId\n          eventType\n          payload\n          status\n          attemptCount\n          lastStatusCode\n          replayOf\n          completedAt\n          attempts {\n            number\n            statusCode\n            durationMs\n            error\n            responseExcerpt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookDeliveryReplay($input: WebhookDeliveryReplayInput!) {\n    webhookDeliveryReplay(input: $input) {\n      webhookDelivery {\n        id\n        messageId\n        replayOf\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebhookDeliveryReplay($input: WebhookDeliveryReplayInput!) {\n    webhookDeliveryReplay(input: $input) {\n      webhookDelivery {\n        id\n        messageId\n        replayOf\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;