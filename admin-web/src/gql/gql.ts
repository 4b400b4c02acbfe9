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
    "\n  mutation ApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      apiKey {\n        ...ApiKeyRow\n      }\n      secret\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ApiKeyCreateDocument,
    "\n  mutation ApiKeyRevoke($input: ApiKeyRevokeInput!) {\n    apiKeyRevoke(input: $input) {\n      apiKey {\n        ...ApiKeyRow\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ApiKeyRevokeDocument,
    "\n  fragment ApiKeyRow on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n": typeof types.ApiKeyRowFragmentDoc,
    "\n  query ApiKeyList($first: Int, $after: String, $filter: ApiKeyFilter) {\n    apiKeys(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ApiKeyRow\n        }\n      }\n    }\n  }\n": typeof types.ApiKeyListDocument,
    "\n  mutation CustomerImpersonate($input: CustomerImpersonateInput!) {\n    customerImpersonate(input: $input) {\n      session {\n        accessToken\n        expiresAt\n        customer {\n          id\n          name\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CustomerImpersonateDocument,
    "\n  mutation CustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        ...CustomerPageFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CustomerCreateDocument,
    "\n  mutation MemberInvitationCreate($input: MemberInvitationCreateInput!) {\n    memberInvitationCreate(input: $input) {\n      invitation {\n        url\n        expiresAt\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.MemberInvitationCreateDocument,
    "\n  mutation MemberCreate($input: MemberCreateInput!) {\n    memberCreate(input: $input) {\n      member {\n        ...CustomerMemberRow\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.MemberCreateDocument,
    "\n  mutation MemberUpdate($input: MemberUpdateInput!) {\n    memberUpdate(input: $input) {\n      member {\n        ...CustomerMemberRow\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.MemberUpdateDocument,
    "\n  mutation MemberDeactivate($input: MemberDeactivateInput!) {\n    memberDeactivate(input: $input) {\n      member {\n        ...CustomerMemberRow\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.MemberDeactivateDocument,
    "\n  mutation MemberReactivate($input: MemberReactivateInput!) {\n    memberReactivate(input: $input) {\n      member {\n        ...CustomerMemberRow\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.MemberReactivateDocument,
    "\n  mutation CustomerOwnershipTransfer($input: CustomerOwnershipTransferInput!) {\n    customerOwnershipTransfer(input: $input) {\n      owner {\n        ...CustomerMemberRow\n      }\n      previousOwner {\n        ...CustomerMemberRow\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CustomerOwnershipTransferDocument,
    "\n  mutation MemberPasswordResetCreate($input: MemberPasswordResetCreateInput!) {\n    memberPasswordResetCreate(input: $input) {\n      link {\n        url\n        expiresAt\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.MemberPasswordResetCreateDocument,
    "\n  mutation CustomerUpdate($input: CustomerUpdateInput!) {\n    customerUpdate(input: $input) {\n      customer {\n        ...CustomerPageFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CustomerUpdateDocument,
    "\n  mutation CreditsAdd($input: CreditsAddInput!) {\n    creditsAdd(input: $input) {\n      entry {\n        id\n      }\n      customer {\n        ...CustomerCredits\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CreditsAddDocument,
    "\n  mutation CreditsWithdraw($input: CreditsWithdrawInput!) {\n    creditsWithdraw(input: $input) {\n      entry {\n        id\n      }\n      customer {\n        ...CustomerCredits\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CreditsWithdrawDocument,
    "\n  mutation CreditsAdjust($input: CreditsAdjustInput!) {\n    creditsAdjust(input: $input) {\n      entry {\n        id\n      }\n      customer {\n        ...CustomerCredits\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CreditsAdjustDocument,
    "\n  mutation CreditsMove($input: CreditsMoveInput!) {\n    creditsMove(input: $input) {\n      fromCustomer {\n        ...CustomerCredits\n      }\n      toCustomer {\n        ...MoveTarget\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CreditsMoveDocument,
    "\n  mutation BillingAccountUpdate($input: BillingAccountUpdateInput!) {\n    billingAccountUpdate(input: $input) {\n      billingAccount {\n        pricingModel\n        currency\n        paymentTermsDays\n        closeState\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.BillingAccountUpdateDocument,
    "\n  fragment TransitionUserError on UserError {\n    field\n    code\n    message\n  }\n": typeof types.TransitionUserErrorFragmentDoc,
    "\n  fragment CloseBlockerAmounts on CustomerCloseBlockers {\n    balance {\n      minorUnits\n      currency\n    }\n    owed {\n      minorUnits\n      currency\n    }\n  }\n": typeof types.CloseBlockerAmountsFragmentDoc,
    "\n    mutation CustomerSuspend($input: CustomerSuspendInput!) {\n      result: customerSuspend(input: $input) {\n        customer {\n          ...CustomerPageFields\n        }\n        userErrors {\n          ...TransitionUserError\n        }\n      }\n    }\n  ": typeof types.CustomerSuspendDocument,
    "\n    mutation CustomerReenable($input: CustomerReenableInput!) {\n      result: customerReenable(input: $input) {\n        customer {\n          ...CustomerPageFields\n        }\n        userErrors {\n          ...TransitionUserError\n        }\n      }\n    }\n  ": typeof types.CustomerReenableDocument,
    "\n    mutation CustomerDeactivate($input: CustomerDeactivateInput!) {\n      result: customerDeactivate(input: $input) {\n        customer {\n          ...CustomerPageFields\n        }\n        userErrors {\n          ...TransitionUserError\n        }\n      }\n    }\n  ": typeof types.CustomerDeactivateDocument,
    "\n    mutation CustomerReactivate($input: CustomerReactivateInput!) {\n      result: customerReactivate(input: $input) {\n        customer {\n          ...CustomerPageFields\n        }\n        userErrors {\n          ...TransitionUserError\n        }\n      }\n    }\n  ": typeof types.CustomerReactivateDocument,
    "\n    mutation CustomerCancel($input: CustomerCancelInput!) {\n      result: customerCancel(input: $input) {\n        customer {\n          ...CustomerPageFields\n        }\n        userErrors {\n          ...TransitionUserError\n        }\n      }\n    }\n  ": typeof types.CustomerCancelDocument,
    "\n    mutation CustomerCancellationWithdraw($input: CustomerCancellationWithdrawInput!) {\n      result: customerCancellationWithdraw(input: $input) {\n        customer {\n          ...CustomerPageFields\n        }\n        userErrors {\n          ...TransitionUserError\n        }\n      }\n    }\n  ": typeof types.CustomerCancellationWithdrawDocument,
    "\n    mutation CustomerClose($input: CustomerCloseInput!) {\n      result: customerClose(input: $input) {\n        customer {\n          ...CustomerPageFields\n        }\n        closeBlockers {\n          ...CloseBlockerAmounts\n        }\n        userErrors {\n          ...TransitionUserError\n        }\n      }\n    }\n  ": typeof types.CustomerCloseDocument,
    "\n    mutation CustomerRestore($input: CustomerRestoreInput!) {\n      result: customerRestore(input: $input) {\n        customer {\n          ...CustomerPageFields\n        }\n        userErrors {\n          ...TransitionUserError\n        }\n      }\n    }\n  ": typeof types.CustomerRestoreDocument,
    "\n    mutation CustomerErase($input: CustomerEraseInput!) {\n      result: customerErase(input: $input) {\n        customer {\n          ...CustomerPageFields\n        }\n        userErrors {\n          ...TransitionUserError\n        }\n      }\n    }\n  ": typeof types.CustomerEraseDocument,
    "\n  mutation CustomerAccountNumberChange($input: CustomerAccountNumberChangeInput!) {\n    customerAccountNumberChange(input: $input) {\n      customer {\n        ...CustomerPageFields\n      }\n      swappedWith {\n        id\n        name\n        accountNumber\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CustomerAccountNumberChangeDocument,
    "\n  mutation CustomerNoteCreate($input: CustomerNoteCreateInput!) {\n    customerNoteCreate(input: $input) {\n      note {\n        ...CustomerNoteRow\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CustomerNoteCreateDocument,
    "\n  mutation CustomerNoteUpdate($input: CustomerNoteUpdateInput!) {\n    customerNoteUpdate(input: $input) {\n      note {\n        ...CustomerNoteRow\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CustomerNoteUpdateDocument,
    "\n  mutation CustomerNoteDelete($input: CustomerNoteDeleteInput!) {\n    customerNoteDelete(input: $input) {\n      deletedNoteId\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CustomerNoteDeleteDocument,
    "\n  mutation CustomerTagsAdd($input: CustomerTagsAddInput!) {\n    customerTagsAdd(input: $input) {\n      customers {\n        id\n        tags\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CustomerTagsAddDocument,
    "\n  mutation CustomerTagsRemove($input: CustomerTagsRemoveInput!) {\n    customerTagsRemove(input: $input) {\n      customers {\n        id\n        tags\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CustomerTagsRemoveDocument,
    "\n  fragment CustomerListRow on Customer {\n    id\n    accountNumber\n    name\n    status\n    email\n    createdAt\n    balance {\n      amount\n      currency\n    }\n  }\n": typeof types.CustomerListRowFragmentDoc,
    "\n  query CustomerList(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: CustomerFilter\n    $sortKey: CustomerSortKey!\n    $reverse: Boolean!\n  ) {\n    customers(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      filter: $filter\n      sortKey: $sortKey\n      reverse: $reverse\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        ...CustomerListRow\n      }\n    }\n  }\n": typeof types.CustomerListDocument,
    "\n  fragment CustomerPageFields on Customer {\n    id\n    name\n    billingName\n    accountNumber\n    status\n    email\n    phone\n    country\n    currency\n    timezone\n    pricingModel\n    createdAt\n    closedAt\n    erasedAt\n    scheduledCancellation {\n      id\n      mode\n      effectiveAt\n      reason\n    }\n    keywords\n    resellerId\n    reseller {\n      id\n      name\n    }\n    location {\n      lines\n      city\n      region\n      postcode\n      country\n      latitude\n      longitude\n    }\n    balance {\n      amount\n      currency\n    }\n  }\n": typeof types.CustomerPageFieldsFragmentDoc,
    "\n  query CustomerPage($id: ID!) {\n    customer(id: $id) {\n      ...CustomerPageFields\n    }\n  }\n": typeof types.CustomerPageDocument,
    "\n  fragment CustomerMemberRow on Member {\n    id\n    name\n    email\n    phone\n    role\n    portalAccess\n    recipientStatus\n    active\n    createdAt\n  }\n": typeof types.CustomerMemberRowFragmentDoc,
    "\n  query CustomerMembers($id: ID!) {\n    customer(id: $id) {\n      id\n      members {\n        ...CustomerMemberRow\n      }\n    }\n  }\n": typeof types.CustomerMembersDocument,
    "\n  query CustomerFormResellers {\n    resellers {\n      id\n      name\n    }\n  }\n": typeof types.CustomerFormResellersDocument,
    "\n  fragment CustomerCredits on Customer {\n    id\n    name\n    currency\n    balance {\n      amount\n      minorUnits\n      currency\n    }\n    availableCredit {\n      amount\n      minorUnits\n      currency\n    }\n    creditLimit {\n      amount\n      minorUnits\n      currency\n    }\n    owed {\n      amount\n      minorUnits\n      currency\n    }\n    billingAccount {\n      pricingModel\n      currency\n      paymentTermsDays\n      closeState\n    }\n  }\n": typeof types.CustomerCreditsFragmentDoc,
    "\n  query CustomerCreditsTab($id: ID!) {\n    customer(id: $id) {\n      ...CustomerCredits\n    }\n  }\n": typeof types.CustomerCreditsTabDocument,
    "\n  fragment LedgerEntryRow on LedgerEntry {\n    id\n    kind\n    amount {\n      amount\n      currency\n    }\n    balanceAfter {\n      amount\n      currency\n    }\n    description\n    reference\n    createdAt\n  }\n": typeof types.LedgerEntryRowFragmentDoc,
    "\n  query CustomerLedger($id: ID!, $first: Int!, $after: String, $filter: LedgerFilterInput) {\n    customer(id: $id) {\n      id\n      ledger(first: $first, after: $after, filter: $filter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...LedgerEntryRow\n        }\n      }\n    }\n  }\n": typeof types.CustomerLedgerDocument,
    "\n  fragment MoveTarget on Customer {\n    id\n    name\n    accountNumber\n    currency\n    status\n    balance {\n      amount\n      minorUnits\n      currency\n    }\n  }\n": typeof types.MoveTargetFragmentDoc,
    "\n  query MoveTargets($query: String) {\n    customers(first: 20, filter: { query: $query }, sortKey: NAME) {\n      nodes {\n        ...MoveTarget\n      }\n    }\n  }\n": typeof types.MoveTargetsDocument,
    "\n  fragment ActorFields on Actor {\n    kind\n    id\n    name\n  }\n": typeof types.ActorFieldsFragmentDoc,
    "\n  fragment CustomerNoteRow on CustomerNote {\n    id\n    body\n    author {\n      ...ActorFields\n    }\n    createdAt\n    updatedAt\n  }\n": typeof types.CustomerNoteRowFragmentDoc,
    "\n  query CustomerNotes($id: ID!, $first: Int!, $after: String) {\n    customer(id: $id) {\n      id\n      notes(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...CustomerNoteRow\n        }\n      }\n    }\n  }\n": typeof types.CustomerNotesDocument,
    "\n  fragment CustomerTagCountRow on CustomerTagCount {\n    tag\n    customerCount\n  }\n": typeof types.CustomerTagCountRowFragmentDoc,
    "\n  query CustomerTags($id: ID!) {\n    customer(id: $id) {\n      id\n      tags\n    }\n    customerTags {\n      ...CustomerTagCountRow\n    }\n  }\n": typeof types.CustomerTagsDocument,
    "\n  fragment ActivityEntryRow on ActivityEntry {\n    id\n    occurredAt\n    action\n    actor {\n      ...ActorFields\n    }\n    impersonator {\n      ...ActorFields\n    }\n    targetType\n    targetId\n    changes {\n      field\n      from\n      to\n    }\n    reason\n  }\n": typeof types.ActivityEntryRowFragmentDoc,
    "\n  query CustomerActivity($id: ID!, $first: Int!, $after: String) {\n    customer(id: $id) {\n      id\n      activity(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...ActivityEntryRow\n        }\n      }\n    }\n  }\n": typeof types.CustomerActivityDocument,
    "\n  mutation AdminMessageSend($input: MessageSendInput!) {\n    messageSend(input: $input) {\n      message {\n        id\n        status\n        recipient\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.AdminMessageSendDocument,
    "\n  mutation AdminMessageBulkSend($input: MessageBulkSendInput!) {\n    messageBulkSend(input: $input) {\n      batch {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.AdminMessageBulkSendDocument,
    "\n  mutation AdminMessageBatchCancel($input: MessageBatchCancelInput!) {\n    messageBatchCancel(input: $input) {\n      batch {\n        id\n        status\n        cancelled\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.AdminMessageBatchCancelDocument,
    "\n  mutation AdminMessageTemplateSave($input: MessageTemplateSaveInput!) {\n    messageTemplateSave(input: $input) {\n      template {\n        key\n        isDefault\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.AdminMessageTemplateSaveDocument,
    "\n  mutation AdminMessageTemplateDelete($input: MessageTemplateDeleteInput!) {\n    messageTemplateDelete(input: $input) {\n      template {\n        key\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.AdminMessageTemplateDeleteDocument,
    "\n  query AdminMessagingOutbox($first: Int, $after: String) {\n    messagingOutbox(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        messageId\n        channel\n        recipient\n        subject\n        raw\n        capturedAt\n      }\n    }\n  }\n": typeof types.AdminMessagingOutboxDocument,
    "\n  query AdminMessageTemplates {\n    messageTemplates {\n      key\n      channel\n      name\n      subject\n      textBody\n      htmlBody\n      isDefault\n    }\n  }\n": typeof types.AdminMessageTemplatesDocument,
    "\n  query AdminMessagePreview($input: MessagePreviewInput!) {\n    messagePreview(input: $input) {\n      preview {\n        recipient\n        subject\n        text\n        html\n        smsLength {\n          encoding\n          units\n          segments\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.AdminMessagePreviewDocument,
    "\n  query AdminMessageBatch($id: ID!) {\n    messageBatch(id: $id) {\n      id\n      channel\n      templateKey\n      subject\n      status\n      total\n      queued\n      sending\n      sent\n      delivered\n      failed\n      cancelled\n      skipped {\n        noAddress\n        closed\n        optedOut\n      }\n      createdAt\n    }\n  }\n": typeof types.AdminMessageBatchDocument,
    "\n  mutation OperatorInvite($input: OperatorInviteInput!) {\n    operatorInvite(input: $input) {\n      operator {\n        ...OperatorRow\n      }\n      invitation {\n        url\n        expiresAt\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.OperatorInviteDocument,
    "\n  mutation OperatorUpdate($input: OperatorUpdateInput!) {\n    operatorUpdate(input: $input) {\n      operator {\n        ...OperatorRow\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.OperatorUpdateDocument,
    "\n  mutation OperatorDeactivate($input: OperatorDeactivateInput!) {\n    operatorDeactivate(input: $input) {\n      operator {\n        ...OperatorRow\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.OperatorDeactivateDocument,
    "\n  fragment OperatorRow on Operator {\n    id\n    name\n    email\n    role\n    status\n    createdAt\n    reseller {\n      id\n      name\n    }\n  }\n": typeof types.OperatorRowFragmentDoc,
    "\n  query OperatorList($first: Int, $after: String, $last: Int, $before: String, $filter: OperatorFilter) {\n    operators(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...OperatorRow\n        }\n      }\n    }\n  }\n": typeof types.OperatorListDocument,
    "\n  fragment ResellerOption on Reseller {\n    id\n    name\n  }\n": typeof types.ResellerOptionFragmentDoc,
    "\n  query Resellers {\n    resellers {\n      ...ResellerOption\n    }\n  }\n": typeof types.ResellersDocument,
    "\n  fragment ViewerFields on Viewer {\n    id\n    name\n    email\n    kind\n    role\n    permissions\n    partner {\n      id\n      name\n    }\n    reseller {\n      id\n      name\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation PortalAccountUpdate($input: PortalAccountUpdateInput!) {\n    portalAccountUpdate(input: $input) {\n      customer {\n        id\n        phone\n        timezone\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.PortalAccountUpdateDocument,
    "\n  query PortalSession {\n    portalViewer {\n      expiresAt\n      customer {\n        id\n        name\n      }\n      member {\n        id\n        name\n        email\n      }\n      impersonator {\n        id\n        name\n        email\n      }\n    }\n  }\n": typeof types.PortalSessionDocument,
    "\n  query PortalAccount {\n    portalViewer {\n      customer {\n        id\n        name\n        accountNumber\n        status\n        email\n        phone\n        timezone\n        members {\n          id\n          name\n          email\n          role\n          portalAccess\n          active\n        }\n        balance {\n          amount\n          currency\n        }\n        messages(first: 10) {\n          totalCount\n          nodes {\n            id\n            channel\n            recipient\n            subject\n            body\n            status\n            createdAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.PortalAccountDocument,
};
const documents: Documents = {
    "\n  mutation ApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      apiKey {\n        ...ApiKeyRow\n      }\n      secret\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ApiKeyCreateDocument,
    "\n  mutation ApiKeyRevoke($input: ApiKeyRevokeInput!) {\n    apiKeyRevoke(input: $input) {\n      apiKey {\n        ...ApiKeyRow\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ApiKeyRevokeDocument,
    "\n  fragment ApiKeyRow on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n": types.ApiKeyRowFragmentDoc,
    "\n  query ApiKeyList($first: Int, $after: String, $filter: ApiKeyFilter) {\n    apiKeys(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ApiKeyRow\n        }\n      }\n    }\n  }\n": types.ApiKeyListDocument,
    "\n  mutation CustomerImpersonate($input: CustomerImpersonateInput!) {\n    customerImpersonate(input: $input) {\n      session {\n        accessToken\n        expiresAt\n        customer {\n          id\n          name\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CustomerImpersonateDocument,
    "\n  mutation CustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        ...CustomerPageFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CustomerCreateDocument,
    "\n  mutation MemberInvitationCreate($input: MemberInvitationCreateInput!) {\n    memberInvitationCreate(input: $input) {\n      invitation {\n        url\n        expiresAt\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.MemberInvitationCreateDocument,
    "\n  mutation MemberCreate($input: MemberCreateInput!) {\n    memberCreate(input: $input) {\n      member {\n        ...CustomerMemberRow\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.MemberCreateDocument,
    "\n  mutation MemberUpdate($input: MemberUpdateInput!) {\n    memberUpdate(input: $input) {\n      member {\n        ...CustomerMemberRow\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.MemberUpdateDocument,
    "\n  mutation MemberDeactivate($input: MemberDeactivateInput!) {\n    memberDeactivate(input: $input) {\n      member {\n        ...CustomerMemberRow\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.MemberDeactivateDocument,
    "\n  mutation MemberReactivate($input: MemberReactivateInput!) {\n    memberReactivate(input: $input) {\n      member {\n        ...CustomerMemberRow\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.MemberReactivateDocument,
    "\n  mutation CustomerOwnershipTransfer($input: CustomerOwnershipTransferInput!) {\n    customerOwnershipTransfer(input: $input) {\n      owner {\n        ...CustomerMemberRow\n      }\n      previousOwner {\n        ...CustomerMemberRow\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CustomerOwnershipTransferDocument,
    "\n  mutation MemberPasswordResetCreate($input: MemberPasswordResetCreateInput!) {\n    memberPasswordResetCreate(input: $input) {\n      link {\n        url\n        expiresAt\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.MemberPasswordResetCreateDocument,
    "\n  mutation CustomerUpdate($input: CustomerUpdateInput!) {\n    customerUpdate(input: $input) {\n      customer {\n        ...CustomerPageFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CustomerUpdateDocument,
    "\n  mutation CreditsAdd($input: CreditsAddInput!) {\n    creditsAdd(input: $input) {\n      entry {\n        id\n      }\n      customer {\n        ...CustomerCredits\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CreditsAddDocument,
    "\n  mutation CreditsWithdraw($input: CreditsWithdrawInput!) {\n    creditsWithdraw(input: $input) {\n      entry {\n        id\n      }\n      customer {\n        ...CustomerCredits\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CreditsWithdrawDocument,
    "\n  mutation CreditsAdjust($input: CreditsAdjustInput!) {\n    creditsAdjust(input: $input) {\n      entry {\n        id\n      }\n      customer {\n        ...CustomerCredits\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CreditsAdjustDocument,
    "\n  mutation CreditsMove($input: CreditsMoveInput!) {\n    creditsMove(input: $input) {\n      fromCustomer {\n        ...CustomerCredits\n      }\n      toCustomer {\n        ...MoveTarget\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CreditsMoveDocument,
    "\n  mutation BillingAccountUpdate($input: BillingAccountUpdateInput!) {\n    billingAccountUpdate(input: $input) {\n      billingAccount {\n        pricingModel\n        currency\n        paymentTermsDays\n        closeState\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.BillingAccountUpdateDocument,
    "\n  fragment TransitionUserError on UserError {\n    field\n    code\n    message\n  }\n": types.TransitionUserErrorFragmentDoc,
    "\n  fragment CloseBlockerAmounts on CustomerCloseBlockers {\n    balance {\n      minorUnits\n      currency\n    }\n    owed {\n      minorUnits\n      currency\n    }\n  }\n": types.CloseBlockerAmountsFragmentDoc,
    "\n    mutation CustomerSuspend($input: CustomerSuspendInput!) {\n      result: customerSuspend(input: $input) {\n        customer {\n          ...CustomerPageFields\n        }\n        userErrors {\n          ...TransitionUserError\n        }\n      }\n    }\n  ": types.CustomerSuspendDocument,
    "\n    mutation CustomerReenable($input: CustomerReenableInput!) {\n      result: customerReenable(input: $input) {\n        customer {\n          ...CustomerPageFields\n        }\n        userErrors {\n          ...TransitionUserError\n        }\n      }\n    }\n  ": types.CustomerReenableDocument,
    "\n    mutation CustomerDeactivate($input: CustomerDeactivateInput!) {\n      result: customerDeactivate(input: $input) {\n        customer {\n          ...CustomerPageFields\n        }\n        userErrors {\n          ...TransitionUserError\n        }\n      }\n    }\n  ": types.CustomerDeactivateDocument,
    "\n    mutation CustomerReactivate($input: CustomerReactivateInput!) {\n      result: customerReactivate(input: $input) {\n        customer {\n          ...CustomerPageFields\n        }\n        userErrors {\n          ...TransitionUserError\n        }\n      }\n    }\n  ": types.CustomerReactivateDocument,
    "\n    mutation CustomerCancel($input: CustomerCancelInput!) {\n      result: customerCancel(input: $input) {\n        customer {\n          ...CustomerPageFields\n        }\n        userErrors {\n          ...TransitionUserError\n        }\n      }\n    }\n  ": types.CustomerCancelDocument,
    "\n    mutation CustomerCancellationWithdraw($input: CustomerCancellationWithdrawInput!) {\n      result: customerCancellationWithdraw(input: $input) {\n        customer {\n          ...CustomerPageFields\n        }\n        userErrors {\n          ...TransitionUserError\n        }\n      }\n    }\n  ": types.CustomerCancellationWithdrawDocument,
    "\n    mutation CustomerClose($input: CustomerCloseInput!) {\n      result: customerClose(input: $input) {\n        customer {\n          ...CustomerPageFields\n        }\n        closeBlockers {\n          ...CloseBlockerAmounts\n        }\n        userErrors {\n          ...TransitionUserError\n        }\n      }\n    }\n  ": types.CustomerCloseDocument,
    "\n    mutation CustomerRestore($input: CustomerRestoreInput!) {\n      result: customerRestore(input: $input) {\n        customer {\n          ...CustomerPageFields\n        }\n        userErrors {\n          ...TransitionUserError\n        }\n      }\n    }\n  ": types.CustomerRestoreDocument,
    "\n    mutation CustomerErase($input: CustomerEraseInput!) {\n      result: customerErase(input: $input) {\n        customer {\n          ...CustomerPageFields\n        }\n        userErrors {\n          ...TransitionUserError\n        }\n      }\n    }\n  ": types.CustomerEraseDocument,
    "\n  mutation CustomerAccountNumberChange($input: CustomerAccountNumberChangeInput!) {\n    customerAccountNumberChange(input: $input) {\n      customer {\n        ...CustomerPageFields\n      }\n      swappedWith {\n        id\n        name\n        accountNumber\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CustomerAccountNumberChangeDocument,
    "\n  mutation CustomerNoteCreate($input: CustomerNoteCreateInput!) {\n    customerNoteCreate(input: $input) {\n      note {\n        ...CustomerNoteRow\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CustomerNoteCreateDocument,
    "\n  mutation CustomerNoteUpdate($input: CustomerNoteUpdateInput!) {\n    customerNoteUpdate(input: $input) {\n      note {\n        ...CustomerNoteRow\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CustomerNoteUpdateDocument,
    "\n  mutation CustomerNoteDelete($input: CustomerNoteDeleteInput!) {\n    customerNoteDelete(input: $input) {\n      deletedNoteId\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CustomerNoteDeleteDocument,
    "\n  mutation CustomerTagsAdd($input: CustomerTagsAddInput!) {\n    customerTagsAdd(input: $input) {\n      customers {\n        id\n        tags\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CustomerTagsAddDocument,
    "\n  mutation CustomerTagsRemove($input: CustomerTagsRemoveInput!) {\n    customerTagsRemove(input: $input) {\n      customers {\n        id\n        tags\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CustomerTagsRemoveDocument,
    "\n  fragment CustomerListRow on Customer {\n    id\n    accountNumber\n    name\n    status\n    email\n    createdAt\n    balance {\n      amount\n      currency\n    }\n  }\n": types.CustomerListRowFragmentDoc,
    "\n  query CustomerList(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: CustomerFilter\n    $sortKey: CustomerSortKey!\n    $reverse: Boolean!\n  ) {\n    customers(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      filter: $filter\n      sortKey: $sortKey\n      reverse: $reverse\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        ...CustomerListRow\n      }\n    }\n  }\n": types.CustomerListDocument,
    "\n  fragment CustomerPageFields on Customer {\n    id\n    name\n    billingName\n    accountNumber\n    status\n    email\n    phone\n    country\n    currency\n    timezone\n    pricingModel\n    createdAt\n    closedAt\n    erasedAt\n    scheduledCancellation {\n      id\n      mode\n      effectiveAt\n      reason\n    }\n    keywords\n    resellerId\n    reseller {\n      id\n      name\n    }\n    location {\n      lines\n      city\n      region\n      postcode\n      country\n      latitude\n      longitude\n    }\n    balance {\n      amount\n      currency\n    }\n  }\n": types.CustomerPageFieldsFragmentDoc,
    "\n  query CustomerPage($id: ID!) {\n    customer(id: $id) {\n      ...CustomerPageFields\n    }\n  }\n": types.CustomerPageDocument,
    "\n  fragment CustomerMemberRow on Member {\n    id\n    name\n    email\n    phone\n    role\n    portalAccess\n    recipientStatus\n    active\n    createdAt\n  }\n": types.CustomerMemberRowFragmentDoc,
    "\n  query CustomerMembers($id: ID!) {\n    customer(id: $id) {\n      id\n      members {\n        ...CustomerMemberRow\n      }\n    }\n  }\n": types.CustomerMembersDocument,
    "\n  query CustomerFormResellers {\n    resellers {\n      id\n      name\n    }\n  }\n": types.CustomerFormResellersDocument,
    "\n  fragment CustomerCredits on Customer {\n    id\n    name\n    currency\n    balance {\n      amount\n      minorUnits\n      currency\n    }\n    availableCredit {\n      amount\n      minorUnits\n      currency\n    }\n    creditLimit {\n      amount\n      minorUnits\n      currency\n    }\n    owed {\n      amount\n      minorUnits\n      currency\n    }\n    billingAccount {\n      pricingModel\n      currency\n      paymentTermsDays\n      closeState\n    }\n  }\n": types.CustomerCreditsFragmentDoc,
    "\n  query CustomerCreditsTab($id: ID!) {\n    customer(id: $id) {\n      ...CustomerCredits\n    }\n  }\n": types.CustomerCreditsTabDocument,
    "\n  fragment LedgerEntryRow on LedgerEntry {\n    id\n    kind\n    amount {\n      amount\n      currency\n    }\n    balanceAfter {\n      amount\n      currency\n    }\n    description\n    reference\n    createdAt\n  }\n": types.LedgerEntryRowFragmentDoc,
    "\n  query CustomerLedger($id: ID!, $first: Int!, $after: String, $filter: LedgerFilterInput) {\n    customer(id: $id) {\n      id\n      ledger(first: $first, after: $after, filter: $filter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...LedgerEntryRow\n        }\n      }\n    }\n  }\n": types.CustomerLedgerDocument,
    "\n  fragment MoveTarget on Customer {\n    id\n    name\n    accountNumber\n    currency\n    status\n    balance {\n      amount\n      minorUnits\n      currency\n    }\n  }\n": types.MoveTargetFragmentDoc,
    "\n  query MoveTargets($query: String) {\n    customers(first: 20, filter: { query: $query }, sortKey: NAME) {\n      nodes {\n        ...MoveTarget\n      }\n    }\n  }\n": types.MoveTargetsDocument,
    "\n  fragment ActorFields on Actor {\n    kind\n    id\n    name\n  }\n": types.ActorFieldsFragmentDoc,
    "\n  fragment CustomerNoteRow on CustomerNote {\n    id\n    body\n    author {\n      ...ActorFields\n    }\n    createdAt\n    updatedAt\n  }\n": types.CustomerNoteRowFragmentDoc,
    "\n  query CustomerNotes($id: ID!, $first: Int!, $after: String) {\n    customer(id: $id) {\n      id\n      notes(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...CustomerNoteRow\n        }\n      }\n    }\n  }\n": types.CustomerNotesDocument,
    "\n  fragment CustomerTagCountRow on CustomerTagCount {\n    tag\n    customerCount\n  }\n": types.CustomerTagCountRowFragmentDoc,
    "\n  query CustomerTags($id: ID!) {\n    customer(id: $id) {\n      id\n      tags\n    }\n    customerTags {\n      ...CustomerTagCountRow\n    }\n  }\n": types.CustomerTagsDocument,
    "\n  fragment ActivityEntryRow on ActivityEntry {\n    id\n    occurredAt\n    action\n    actor {\n      ...ActorFields\n    }\n    impersonator {\n      ...ActorFields\n    }\n    targetType\n    targetId\n    changes {\n      field\n      from\n      to\n    }\n    reason\n  }\n": types.ActivityEntryRowFragmentDoc,
    "\n  query CustomerActivity($id: ID!, $first: Int!, $after: String) {\n    customer(id: $id) {\n      id\n      activity(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...ActivityEntryRow\n        }\n      }\n    }\n  }\n": types.CustomerActivityDocument,
    "\n  mutation AdminMessageSend($input: MessageSendInput!) {\n    messageSend(input: $input) {\n      message {\n        id\n        status\n        recipient\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.AdminMessageSendDocument,
    "\n  mutation AdminMessageBulkSend($input: MessageBulkSendInput!) {\n    messageBulkSend(input: $input) {\n      batch {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.AdminMessageBulkSendDocument,
    "\n  mutation AdminMessageBatchCancel($input: MessageBatchCancelInput!) {\n    messageBatchCancel(input: $input) {\n      batch {\n        id\n        status\n        cancelled\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.AdminMessageBatchCancelDocument,
    "\n  mutation AdminMessageTemplateSave($input: MessageTemplateSaveInput!) {\n    messageTemplateSave(input: $input) {\n      template {\n        key\n        isDefault\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.AdminMessageTemplateSaveDocument,
    "\n  mutation AdminMessageTemplateDelete($input: MessageTemplateDeleteInput!) {\n    messageTemplateDelete(input: $input) {\n      template {\n        key\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.AdminMessageTemplateDeleteDocument,
    "\n  query AdminMessagingOutbox($first: Int, $after: String) {\n    messagingOutbox(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        messageId\n        channel\n        recipient\n        subject\n        raw\n        capturedAt\n      }\n    }\n  }\n": types.AdminMessagingOutboxDocument,
    "\n  query AdminMessageTemplates {\n    messageTemplates {\n      key\n      channel\n      name\n      subject\n      textBody\n      htmlBody\n      isDefault\n    }\n  }\n": types.AdminMessageTemplatesDocument,
    "\n  query AdminMessagePreview($input: MessagePreviewInput!) {\n    messagePreview(input: $input) {\n      preview {\n        recipient\n        subject\n        text\n        html\n        smsLength {\n          encoding\n          units\n          segments\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.AdminMessagePreviewDocument,
    "\n  query AdminMessageBatch($id: ID!) {\n    messageBatch(id: $id) {\n      id\n      channel\n      templateKey\n      subject\n      status\n      total\n      queued\n      sending\n      sent\n      delivered\n      failed\n      cancelled\n      skipped {\n        noAddress\n        closed\n        optedOut\n      }\n      createdAt\n    }\n  }\n": types.AdminMessageBatchDocument,
    "\n  mutation OperatorInvite($input: OperatorInviteInput!) {\n    operatorInvite(input: $input) {\n      operator {\n        ...OperatorRow\n      }\n      invitation {\n        url\n        expiresAt\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.OperatorInviteDocument,
    "\n  mutation OperatorUpdate($input: OperatorUpdateInput!) {\n    operatorUpdate(input: $input) {\n      operator {\n        ...OperatorRow\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.OperatorUpdateDocument,
    "\n  mutation OperatorDeactivate($input: OperatorDeactivateInput!) {\n    operatorDeactivate(input: $input) {\n      operator {\n        ...OperatorRow\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.OperatorDeactivateDocument,
    "\n  fragment OperatorRow on Operator {\n    id\n    name\n    email\n    role\n    status\n    createdAt\n    reseller {\n      id\n      name\n    }\n  }\n": types.OperatorRowFragmentDoc,
    "\n  query OperatorList($first: Int, $after: String, $last: Int, $before: String, $filter: OperatorFilter) {\n    operators(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...OperatorRow\n        }\n      }\n    }\n  }\n": types.OperatorListDocument,
    "\n  fragment ResellerOption on Reseller {\n    id\n    name\n  }\n": types.ResellerOptionFragmentDoc,
    "\n  query Resellers {\n    resellers {\n      ...ResellerOption\n    }\n  }\n": types.ResellersDocument,
    "\n  fragment ViewerFields on Viewer {\n    id\n    name\n    email\n    kind\n    role\n    permissions\n    partner {\n      id\n      name\n    }\n    reseller {\n      id\n      name\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation PortalAccountUpdate($input: PortalAccountUpdateInput!) {\n    portalAccountUpdate(input: $input) {\n      customer {\n        id\n        phone\n        timezone\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.PortalAccountUpdateDocument,
    "\n  query PortalSession {\n    portalViewer {\n      expiresAt\n      customer {\n        id\n        name\n      }\n      member {\n        id\n        name\n        email\n      }\n      impersonator {\n        id\n        name\n        email\n      }\n    }\n  }\n": types.PortalSessionDocument,
    "\n  query PortalAccount {\n    portalViewer {\n      customer {\n        id\n        name\n        accountNumber\n        status\n        email\n        phone\n        timezone\n        members {\n          id\n          name\n          email\n          role\n          portalAccess\n          active\n        }\n        balance {\n          amount\n          currency\n        }\n        messages(first: 10) {\n          totalCount\n          nodes {\n            id\n            channel\n            recipient\n            subject\n            body\n            status\n            createdAt\n          }\n        }\n      }\n    }\n  }\n": types.PortalAccountDocument,
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
export function graphql(source: "\n  mutation ApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      apiKey {\n        ...ApiKeyRow\n      }\n      secret\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      apiKey {\n        ...ApiKeyRow\n      }\n      secret\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiKeyRevoke($input: ApiKeyRevokeInput!) {\n    apiKeyRevoke(input: $input) {\n      apiKey {\n        ...ApiKeyRow\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApiKeyRevoke($input: ApiKeyRevokeInput!) {\n    apiKeyRevoke(input: $input) {\n      apiKey {\n        ...ApiKeyRow\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiKeyRow on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment ApiKeyRow on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeyList($first: Int, $after: String, $filter: ApiKeyFilter) {\n    apiKeys(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ApiKeyRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiKeyList($first: Int, $after: String, $filter: ApiKeyFilter) {\n    apiKeys(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ApiKeyRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerImpersonate($input: CustomerImpersonateInput!) {\n    customerImpersonate(input: $input) {\n      session {\n        accessToken\n        expiresAt\n        customer {\n          id\n          name\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CustomerImpersonate($input: CustomerImpersonateInput!) {\n    customerImpersonate(input: $input) {\n      session {\n        accessToken\n        expiresAt\n        customer {\n          id\n          name\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        ...CustomerPageFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        ...CustomerPageFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberInvitationCreate($input: MemberInvitationCreateInput!) {\n    memberInvitationCreate(input: $input) {\n      invitation {\n        url\n        expiresAt\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MemberInvitationCreate($input: MemberInvitationCreateInput!) {\n    memberInvitationCreate(input: $input) {\n      invitation {\n        url\n        expiresAt\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberCreate($input: MemberCreateInput!) {\n    memberCreate(input: $input) {\n      member {\n        ...CustomerMemberRow\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MemberCreate($input: MemberCreateInput!) {\n    memberCreate(input: $input) {\n      member {\n        ...CustomerMemberRow\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberUpdate($input: MemberUpdateInput!) {\n    memberUpdate(input: $input) {\n      member {\n        ...CustomerMemberRow\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MemberUpdate($input: MemberUpdateInput!) {\n    memberUpdate(input: $input) {\n      member {\n        ...CustomerMemberRow\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberDeactivate($input: MemberDeactivateInput!) {\n    memberDeactivate(input: $input) {\n      member {\n        ...CustomerMemberRow\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MemberDeactivate($input: MemberDeactivateInput!) {\n    memberDeactivate(input: $input) {\n      member {\n        ...CustomerMemberRow\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberReactivate($input: MemberReactivateInput!) {\n    memberReactivate(input: $input) {\n      member {\n        ...CustomerMemberRow\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MemberReactivate($input: MemberReactivateInput!) {\n    memberReactivate(input: $input) {\n      member {\n        ...CustomerMemberRow\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerOwnershipTransfer($input: CustomerOwnershipTransferInput!) {\n    customerOwnershipTransfer(input: $input) {\n      owner {\n        ...CustomerMemberRow\n      }\n      previousOwner {\n        ...CustomerMemberRow\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CustomerOwnershipTransfer($input: CustomerOwnershipTransferInput!) {\n    customerOwnershipTransfer(input: $input) {\n      owner {\n        ...CustomerMemberRow\n      }\n      previousOwner {\n        ...CustomerMemberRow\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberPasswordResetCreate($input: MemberPasswordResetCreateInput!) {\n    memberPasswordResetCreate(input: $input) {\n      link {\n        url\n        expiresAt\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MemberPasswordResetCreate($input: MemberPasswordResetCreateInput!) {\n    memberPasswordResetCreate(input: $input) {\n      link {\n        url\n        expiresAt\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerUpdate($input: CustomerUpdateInput!) {\n    customerUpdate(input: $input) {\n      customer {\n        ...CustomerPageFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CustomerUpdate($input: CustomerUpdateInput!) {\n    customerUpdate(input: $input) {\n      customer {\n        ...CustomerPageFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreditsAdd($input: CreditsAddInput!) {\n    creditsAdd(input: $input) {\n      entry {\n        id\n      }\n      customer {\n        ...CustomerCredits\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreditsAdd($input: CreditsAddInput!) {\n    creditsAdd(input: $input) {\n      entry {\n        id\n      }\n      customer {\n        ...CustomerCredits\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreditsWithdraw($input: CreditsWithdrawInput!) {\n    creditsWithdraw(input: $input) {\n      entry {\n        id\n      }\n      customer {\n        ...CustomerCredits\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreditsWithdraw($input: CreditsWithdrawInput!) {\n    creditsWithdraw(input: $input) {\n      entry {\n        id\n      }\n      customer {\n        ...CustomerCredits\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreditsAdjust($input: CreditsAdjustInput!) {\n    creditsAdjust(input: $input) {\n      entry {\n        id\n      }\n      customer {\n        ...CustomerCredits\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreditsAdjust($input: CreditsAdjustInput!) {\n    creditsAdjust(input: $input) {\n      entry {\n        id\n      }\n      customer {\n        ...CustomerCredits\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreditsMove($input: CreditsMoveInput!) {\n    creditsMove(input: $input) {\n      fromCustomer {\n        ...CustomerCredits\n      }\n      toCustomer {\n        ...MoveTarget\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreditsMove($input: CreditsMoveInput!) {\n    creditsMove(input: $input) {\n      fromCustomer {\n        ...CustomerCredits\n      }\n      toCustomer {\n        ...MoveTarget\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BillingAccountUpdate($input: BillingAccountUpdateInput!) {\n    billingAccountUpdate(input: $input) {\n      billingAccount {\n        pricingModel\n        currency\n        paymentTermsDays\n        closeState\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BillingAccountUpdate($input: BillingAccountUpdateInput!) {\n    billingAccountUpdate(input: $input) {\n      billingAccount {\n        pricingModel\n        currency\n        paymentTermsDays\n        closeState\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TransitionUserError on UserError {\n    field\n    code\n    message\n  }\n"): (typeof documents)["\n  fragment TransitionUserError on UserError {\n    field\n    code\n    message\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CloseBlockerAmounts on CustomerCloseBlockers {\n    balance {\n      minorUnits\n      currency\n    }\n    owed {\n      minorUnits\n      currency\n    }\n  }\n"): (typeof documents)["\n  fragment CloseBlockerAmounts on CustomerCloseBlockers {\n    balance {\n      minorUnits\n      currency\n    }\n    owed {\n      minorUnits\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CustomerSuspend($input: CustomerSuspendInput!) {\n      result: customerSuspend(input: $input) {\n        customer {\n          ...CustomerPageFields\n        }\n        userErrors {\n          ...TransitionUserError\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation CustomerSuspend($input: CustomerSuspendInput!) {\n      result: customerSuspend(input: $input) {\n        customer {\n          ...CustomerPageFields\n        }\n        userErrors {\n          ...TransitionUserError\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CustomerReenable($input: CustomerReenableInput!) {\n      result: customerReenable(input: $input) {\n        customer {\n          ...CustomerPageFields\n        }\n        userErrors {\n          ...TransitionUserError\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation CustomerReenable($input: CustomerReenableInput!) {\n      result: customerReenable(input: $input) {\n        customer {\n          ...CustomerPageFields\n        }\n        userErrors {\n          ...TransitionUserError\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CustomerDeactivate($input: CustomerDeactivateInput!) {\n      result: customerDeactivate(input: $input) {\n        customer {\n          ...CustomerPageFields\n        }\n        userErrors {\n          ...TransitionUserError\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation CustomerDeactivate($input: CustomerDeactivateInput!) {\n      result: customerDeactivate(input: $input) {\n        customer {\n          ...CustomerPageFields\n        }\n        userErrors {\n          ...TransitionUserError\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CustomerReactivate($input: CustomerReactivateInput!) {\n      result: customerReactivate(input: $input) {\n        customer {\n          ...CustomerPageFields\n        }\n        userErrors {\n          ...TransitionUserError\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation CustomerReactivate($input: CustomerReactivateInput!) {\n      result: customerReactivate(input: $input) {\n        customer {\n          ...CustomerPageFields\n        }\n        userErrors {\n          ...TransitionUserError\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CustomerCancel($input: CustomerCancelInput!) {\n      result: customerCancel(input: $input) {\n        customer {\n          ...CustomerPageFields\n        }\n        userErrors {\n          ...TransitionUserError\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation CustomerCancel($input: CustomerCancelInput!) {\n      result: customerCancel(input: $input) {\n        customer {\n          ...CustomerPageFields\n        }\n        userErrors {\n          ...TransitionUserError\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CustomerCancellationWithdraw($input: CustomerCancellationWithdrawInput!) {\n      result: customerCancellationWithdraw(input: $input) {\n        customer {\n          ...CustomerPageFields\n        }\n        userErrors {\n          ...TransitionUserError\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation CustomerCancellationWithdraw($input: CustomerCancellationWithdrawInput!) {\n      result: customerCancellationWithdraw(input: $input) {\n        customer {\n          ...CustomerPageFields\n        }\n        userErrors {\n          ...TransitionUserError\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CustomerClose($input: CustomerCloseInput!) {\n      result: customerClose(input: $input) {\n        customer {\n          ...CustomerPageFields\n        }\n        closeBlockers {\n          ...CloseBlockerAmounts\n        }\n        userErrors {\n          ...TransitionUserError\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation CustomerClose($input: CustomerCloseInput!) {\n      result: customerClose(input: $input) {\n        customer {\n          ...CustomerPageFields\n        }\n        closeBlockers {\n          ...CloseBlockerAmounts\n        }\n        userErrors {\n          ...TransitionUserError\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CustomerRestore($input: CustomerRestoreInput!) {\n      result: customerRestore(input: $input) {\n        customer {\n          ...CustomerPageFields\n        }\n        userErrors {\n          ...TransitionUserError\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation CustomerRestore($input: CustomerRestoreInput!) {\n      result: customerRestore(input: $input) {\n        customer {\n          ...CustomerPageFields\n        }\n        userErrors {\n          ...TransitionUserError\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CustomerErase($input: CustomerEraseInput!) {\n      result: customerErase(input: $input) {\n        customer {\n          ...CustomerPageFields\n        }\n        userErrors {\n          ...TransitionUserError\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation CustomerErase($input: CustomerEraseInput!) {\n      result: customerErase(input: $input) {\n        customer {\n          ...CustomerPageFields\n        }\n        userErrors {\n          ...TransitionUserError\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerAccountNumberChange($input: CustomerAccountNumberChangeInput!) {\n    customerAccountNumberChange(input: $input) {\n      customer {\n        ...CustomerPageFields\n      }\n      swappedWith {\n        id\n        name\n        accountNumber\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CustomerAccountNumberChange($input: CustomerAccountNumberChangeInput!) {\n    customerAccountNumberChange(input: $input) {\n      customer {\n        ...CustomerPageFields\n      }\n      swappedWith {\n        id\n        name\n        accountNumber\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerNoteCreate($input: CustomerNoteCreateInput!) {\n    customerNoteCreate(input: $input) {\n      note {\n        ...CustomerNoteRow\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CustomerNoteCreate($input: CustomerNoteCreateInput!) {\n    customerNoteCreate(input: $input) {\n      note {\n        ...CustomerNoteRow\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerNoteUpdate($input: CustomerNoteUpdateInput!) {\n    customerNoteUpdate(input: $input) {\n      note {\n        ...CustomerNoteRow\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CustomerNoteUpdate($input: CustomerNoteUpdateInput!) {\n    customerNoteUpdate(input: $input) {\n      note {\n        ...CustomerNoteRow\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerNoteDelete($input: CustomerNoteDeleteInput!) {\n    customerNoteDelete(input: $input) {\n      deletedNoteId\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CustomerNoteDelete($input: CustomerNoteDeleteInput!) {\n    customerNoteDelete(input: $input) {\n      deletedNoteId\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerTagsAdd($input: CustomerTagsAddInput!) {\n    customerTagsAdd(input: $input) {\n      customers {\n        id\n        tags\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CustomerTagsAdd($input: CustomerTagsAddInput!) {\n    customerTagsAdd(input: $input) {\n      customers {\n        id\n        tags\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerTagsRemove($input: CustomerTagsRemoveInput!) {\n    customerTagsRemove(input: $input) {\n      customers {\n        id\n        tags\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CustomerTagsRemove($input: CustomerTagsRemoveInput!) {\n    customerTagsRemove(input: $input) {\n      customers {\n        id\n        tags\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerListRow on Customer {\n    id\n    accountNumber\n    name\n    status\n    email\n    createdAt\n    balance {\n      amount\n      currency\n    }\n  }\n"): (typeof documents)["\n  fragment CustomerListRow on Customer {\n    id\n    accountNumber\n    name\n    status\n    email\n    createdAt\n    balance {\n      amount\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerList(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: CustomerFilter\n    $sortKey: CustomerSortKey!\n    $reverse: Boolean!\n  ) {\n    customers(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      filter: $filter\n      sortKey: $sortKey\n      reverse: $reverse\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        ...CustomerListRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerList(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: CustomerFilter\n    $sortKey: CustomerSortKey!\n    $reverse: Boolean!\n  ) {\n    customers(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      filter: $filter\n      sortKey: $sortKey\n      reverse: $reverse\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        ...CustomerListRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerPageFields on Customer {\n    id\n    name\n    billingName\n    accountNumber\n    status\n    email\n    phone\n    country\n    currency\n    timezone\n    pricingModel\n    createdAt\n    closedAt\n    erasedAt\n    scheduledCancellation {\n      id\n      mode\n      effectiveAt\n      reason\n    }\n    keywords\n    resellerId\n    reseller {\n      id\n      name\n    }\n    location {\n      lines\n      city\n      region\n      postcode\n      country\n      latitude\n      longitude\n    }\n    balance {\n      amount\n      currency\n    }\n  }\n"): (typeof documents)["\n  fragment CustomerPageFields on Customer {\n    id\n    name\n    billingName\n    accountNumber\n    status\n    email\n    phone\n    country\n    currency\n    timezone\n    pricingModel\n    createdAt\n    closedAt\n    erasedAt\n    scheduledCancellation {\n      id\n      mode\n      effectiveAt\n      reason\n    }\n    keywords\n    resellerId\n    reseller {\n      id\n      name\n    }\n    location {\n      lines\n      city\n      region\n      postcode\n      country\n      latitude\n      longitude\n    }\n    balance {\n      amount\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerPage($id: ID!) {\n    customer(id: $id) {\n      ...CustomerPageFields\n    }\n  }\n"): (typeof documents)["\n  query CustomerPage($id: ID!) {\n    customer(id: $id) {\n      ...CustomerPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerMemberRow on Member {\n    id\n    name\n    email\n    phone\n    role\n    portalAccess\n    recipientStatus\n    active\n    createdAt\n  }\n"): (typeof documents)["\n  fragment CustomerMemberRow on Member {\n    id\n    name\n    email\n    phone\n    role\n    portalAccess\n    recipientStatus\n    active\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerMembers($id: ID!) {\n    customer(id: $id) {\n      id\n      members {\n        ...CustomerMemberRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerMembers($id: ID!) {\n    customer(id: $id) {\n      id\n      members {\n        ...CustomerMemberRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerFormResellers {\n    resellers {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query CustomerFormResellers {\n    resellers {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerCredits on Customer {\n    id\n    name\n    currency\n    balance {\n      amount\n      minorUnits\n      currency\n    }\n    availableCredit {\n      amount\n      minorUnits\n      currency\n    }\n    creditLimit {\n      amount\n      minorUnits\n      currency\n    }\n    owed {\n      amount\n      minorUnits\n      currency\n    }\n    billingAccount {\n      pricingModel\n      currency\n      paymentTermsDays\n      closeState\n    }\n  }\n"): (typeof documents)["\n  fragment CustomerCredits on Customer {\n    id\n    name\n    currency\n    balance {\n      amount\n      minorUnits\n      currency\n    }\n    availableCredit {\n      amount\n      minorUnits\n      currency\n    }\n    creditLimit {\n      amount\n      minorUnits\n      currency\n    }\n    owed {\n      amount\n      minorUnits\n      currency\n    }\n    billingAccount {\n      pricingModel\n      currency\n      paymentTermsDays\n      closeState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerCreditsTab($id: ID!) {\n    customer(id: $id) {\n      ...CustomerCredits\n    }\n  }\n"): (typeof documents)["\n  query CustomerCreditsTab($id: ID!) {\n    customer(id: $id) {\n      ...CustomerCredits\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LedgerEntryRow on LedgerEntry {\n    id\n    kind\n    amount {\n      amount\n      currency\n    }\n    balanceAfter {\n      amount\n      currency\n    }\n    description\n    reference\n    createdAt\n  }\n"): (typeof documents)["\n  fragment LedgerEntryRow on LedgerEntry {\n    id\n    kind\n    amount {\n      amount\n      currency\n    }\n    balanceAfter {\n      amount\n      currency\n    }\n    description\n    reference\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerLedger($id: ID!, $first: Int!, $after: String, $filter: LedgerFilterInput) {\n    customer(id: $id) {\n      id\n      ledger(first: $first, after: $after, filter: $filter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...LedgerEntryRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerLedger($id: ID!, $first: Int!, $after: String, $filter: LedgerFilterInput) {\n    customer(id: $id) {\n      id\n      ledger(first: $first, after: $after, filter: $filter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...LedgerEntryRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MoveTarget on Customer {\n    id\n    name\n    accountNumber\n    currency\n    status\n    balance {\n      amount\n      minorUnits\n      currency\n    }\n  }\n"): (typeof documents)["\n  fragment MoveTarget on Customer {\n    id\n    name\n    accountNumber\n    currency\n    status\n    balance {\n      amount\n      minorUnits\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoveTargets($query: String) {\n    customers(first: 20, filter: { query: $query }, sortKey: NAME) {\n      nodes {\n        ...MoveTarget\n      }\n    }\n  }\n"): (typeof documents)["\n  query MoveTargets($query: String) {\n    customers(first: 20, filter: { query: $query }, sortKey: NAME) {\n      nodes {\n        ...MoveTarget\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActorFields on Actor {\n    kind\n    id\n    name\n  }\n"): (typeof documents)["\n  fragment ActorFields on Actor {\n    kind\n    id\n    name\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerNoteRow on CustomerNote {\n    id\n    body\n    author {\n      ...ActorFields\n    }\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment CustomerNoteRow on CustomerNote {\n    id\n    body\n    author {\n      ...ActorFields\n    }\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerNotes($id: ID!, $first: Int!, $after: String) {\n    customer(id: $id) {\n      id\n      notes(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...CustomerNoteRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerNotes($id: ID!, $first: Int!, $after: String) {\n    customer(id: $id) {\n      id\n      notes(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...CustomerNoteRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerTagCountRow on CustomerTagCount {\n    tag\n    customerCount\n  }\n"): (typeof documents)["\n  fragment CustomerTagCountRow on CustomerTagCount {\n    tag\n    customerCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerTags($id: ID!) {\n    customer(id: $id) {\n      id\n      tags\n    }\n    customerTags {\n      ...CustomerTagCountRow\n    }\n  }\n"): (typeof documents)["\n  query CustomerTags($id: ID!) {\n    customer(id: $id) {\n      id\n      tags\n    }\n    customerTags {\n      ...CustomerTagCountRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityEntryRow on ActivityEntry {\n    id\n    occurredAt\n    action\n    actor {\n      ...ActorFields\n    }\n    impersonator {\n      ...ActorFields\n    }\n    targetType\n    targetId\n    changes {\n      field\n      from\n      to\n    }\n    reason\n  }\n"): (typeof documents)["\n  fragment ActivityEntryRow on ActivityEntry {\n    id\n    occurredAt\n    action\n    actor {\n      ...ActorFields\n    }\n    impersonator {\n      ...ActorFields\n    }\n    targetType\n    targetId\n    changes {\n      field\n      from\n      to\n    }\n    reason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerActivity($id: ID!, $first: Int!, $after: String) {\n    customer(id: $id) {\n      id\n      activity(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...ActivityEntryRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerActivity($id: ID!, $first: Int!, $after: String) {\n    customer(id: $id) {\n      id\n      activity(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...ActivityEntryRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminMessageSend($input: MessageSendInput!) {\n    messageSend(input: $input) {\n      message {\n        id\n        status\n        recipient\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminMessageSend($input: MessageSendInput!) {\n    messageSend(input: $input) {\n      message {\n        id\n        status\n        recipient\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminMessageBulkSend($input: MessageBulkSendInput!) {\n    messageBulkSend(input: $input) {\n      batch {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminMessageBulkSend($input: MessageBulkSendInput!) {\n    messageBulkSend(input: $input) {\n      batch {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminMessageBatchCancel($input: MessageBatchCancelInput!) {\n    messageBatchCancel(input: $input) {\n      batch {\n        id\n        status\n        cancelled\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminMessageBatchCancel($input: MessageBatchCancelInput!) {\n    messageBatchCancel(input: $input) {\n      batch {\n        id\n        status\n        cancelled\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminMessageTemplateSave($input: MessageTemplateSaveInput!) {\n    messageTemplateSave(input: $input) {\n      template {\n        key\n        isDefault\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminMessageTemplateSave($input: MessageTemplateSaveInput!) {\n    messageTemplateSave(input: $input) {\n      template {\n        key\n        isDefault\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminMessageTemplateDelete($input: MessageTemplateDeleteInput!) {\n    messageTemplateDelete(input: $input) {\n      template {\n        key\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminMessageTemplateDelete($input: MessageTemplateDeleteInput!) {\n    messageTemplateDelete(input: $input) {\n      template {\n        key\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMessagingOutbox($first: Int, $after: String) {\n    messagingOutbox(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        messageId\n        channel\n        recipient\n        subject\n        raw\n        capturedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminMessagingOutbox($first: Int, $after: String) {\n    messagingOutbox(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        messageId\n        channel\n        recipient\n        subject\n        raw\n        capturedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMessageTemplates {\n    messageTemplates {\n      key\n      channel\n      name\n      subject\n      textBody\n      htmlBody\n      isDefault\n    }\n  }\n"): (typeof documents)["\n  query AdminMessageTemplates {\n    messageTemplates {\n      key\n      channel\n      name\n      subject\n      textBody\n      htmlBody\n      isDefault\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMessagePreview($input: MessagePreviewInput!) {\n    messagePreview(input: $input) {\n      preview {\n        recipient\n        subject\n        text\n        html\n        smsLength {\n          encoding\n          units\n          segments\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminMessagePreview($input: MessagePreviewInput!) {\n    messagePreview(input: $input) {\n      preview {\n        recipient\n        subject\n        text\n        html\n        smsLength {\n          encoding\n          units\n          segments\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMessageBatch($id: ID!) {\n    messageBatch(id: $id) {\n      id\n      channel\n      templateKey\n      subject\n      status\n      total\n      queued\n      sending\n      sent\n      delivered\n      failed\n      cancelled\n      skipped {\n        noAddress\n        closed\n        optedOut\n      }\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query AdminMessageBatch($id: ID!) {\n    messageBatch(id: $id) {\n      id\n      channel\n      templateKey\n      subject\n      status\n      total\n      queued\n      sending\n      sent\n      delivered\n      failed\n      cancelled\n      skipped {\n        noAddress\n        closed\n        optedOut\n      }\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OperatorInvite($input: OperatorInviteInput!) {\n    operatorInvite(input: $input) {\n      operator {\n        ...OperatorRow\n      }\n      invitation {\n        url\n        expiresAt\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OperatorInvite($input: OperatorInviteInput!) {\n    operatorInvite(input: $input) {\n      operator {\n        ...OperatorRow\n      }\n      invitation {\n        url\n        expiresAt\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OperatorUpdate($input: OperatorUpdateInput!) {\n    operatorUpdate(input: $input) {\n      operator {\n        ...OperatorRow\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OperatorUpdate($input: OperatorUpdateInput!) {\n    operatorUpdate(input: $input) {\n      operator {\n        ...OperatorRow\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OperatorDeactivate($input: OperatorDeactivateInput!) {\n    operatorDeactivate(input: $input) {\n      operator {\n        ...OperatorRow\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OperatorDeactivate($input: OperatorDeactivateInput!) {\n    operatorDeactivate(input: $input) {\n      operator {\n        ...OperatorRow\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OperatorRow on Operator {\n    id\n    name\n    email\n    role\n    status\n    createdAt\n    reseller {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment OperatorRow on Operator {\n    id\n    name\n    email\n    role\n    status\n    createdAt\n    reseller {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperatorList($first: Int, $after: String, $last: Int, $before: String, $filter: OperatorFilter) {\n    operators(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...OperatorRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OperatorList($first: Int, $after: String, $last: Int, $before: String, $filter: OperatorFilter) {\n    operators(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...OperatorRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResellerOption on Reseller {\n    id\n    name\n  }\n"): (typeof documents)["\n  fragment ResellerOption on Reseller {\n    id\n    name\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Resellers {\n    resellers {\n      ...ResellerOption\n    }\n  }\n"): (typeof documents)["\n  query Resellers {\n    resellers {\n      ...ResellerOption\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    id\n    name\n    email\n    kind\n    role\n    permissions\n    partner {\n      id\n      name\n    }\n    reseller {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    id\n    name\n    email\n    kind\n    role\n    permissions\n    partner {\n      id\n      name\n    }\n    reseller {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalAccountUpdate($input: PortalAccountUpdateInput!) {\n    portalAccountUpdate(input: $input) {\n      customer {\n        id\n        phone\n        timezone\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PortalAccountUpdate($input: PortalAccountUpdateInput!) {\n    portalAccountUpdate(input: $input) {\n      customer {\n        id\n        phone\n        timezone\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalSession {\n    portalViewer {\n      expiresAt\n      customer {\n        id\n        name\n      }\n      member {\n        id\n        name\n        email\n      }\n      impersonator {\n        id\n        name\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalSession {\n    portalViewer {\n      expiresAt\n      customer {\n        id\n        name\n      }\n      member {\n        id\n        name\n        email\n      }\n      impersonator {\n        id\n        name\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalAccount {\n    portalViewer {\n      customer {\n        id\n        name\n        accountNumber\n        status\n        email\n        phone\n        timezone\n        members {\n          id\n          name\n          email\n          role\n          portalAccess\n          active\n        }\n        balance {\n          amount\n          currency\n        }\n        messages(first: 10) {\n          totalCount\n          nodes {\n            id\n            channel\n            recipient\n            subject\n            body\n            status\n            createdAt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalAccount {\n    portalViewer {\n      customer {\n        id\n        name\n        accountNumber\n        status\n        email\n        phone\n        timezone\n        members {\n          id\n          name\n          email\n          role\n          portalAccess\n          active\n        }\n        balance {\n          amount\n          currency\n        }\n        messages(first: 10) {\n          totalCount\n          nodes {\n            id\n            channel\n            recipient\n            subject\n            body\n            status\n            createdAt\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;