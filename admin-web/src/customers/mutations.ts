import { graphql } from '../gql';

/** Starts a portal session as the customer; the operator re-enters their password. */
export const CustomerImpersonateMutation = graphql(`
  mutation CustomerImpersonate($input: CustomerImpersonateInput!) {
    customerImpersonate(input: $input) {
      session {
        accessToken
        expiresAt
        customer {
          id
          name
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

/** Opens a customer account; the answer is what the customer page shows. */
export const CustomerCreateMutation = graphql(`
  mutation CustomerCreate($input: CustomerCreateInput!) {
    customerCreate(input: $input) {
      customer {
        ...CustomerPageFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** A single-use link with which a member sets their portal password. */
export const MemberInvitationCreateMutation = graphql(`
  mutation MemberInvitationCreate($input: MemberInvitationCreateInput!) {
    memberInvitationCreate(input: $input) {
      invitation {
        url
        expiresAt
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const MemberCreateMutation = graphql(`
  mutation MemberCreate($input: MemberCreateInput!) {
    memberCreate(input: $input) {
      member {
        ...CustomerMemberRow
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const MemberUpdateMutation = graphql(`
  mutation MemberUpdate($input: MemberUpdateInput!) {
    memberUpdate(input: $input) {
      member {
        ...CustomerMemberRow
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const MemberDeactivateMutation = graphql(`
  mutation MemberDeactivate($input: MemberDeactivateInput!) {
    memberDeactivate(input: $input) {
      member {
        ...CustomerMemberRow
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const MemberReactivateMutation = graphql(`
  mutation MemberReactivate($input: MemberReactivateInput!) {
    memberReactivate(input: $input) {
      member {
        ...CustomerMemberRow
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** The old owner becomes an ADMIN in the same step; both come back so the list updates. */
export const CustomerOwnershipTransferMutation = graphql(`
  mutation CustomerOwnershipTransfer($input: CustomerOwnershipTransferInput!) {
    customerOwnershipTransfer(input: $input) {
      owner {
        ...CustomerMemberRow
      }
      previousOwner {
        ...CustomerMemberRow
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const MemberPasswordResetCreateMutation = graphql(`
  mutation MemberPasswordResetCreate($input: MemberPasswordResetCreateInput!) {
    memberPasswordResetCreate(input: $input) {
      link {
        url
        expiresAt
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** Changes only the fields given; the answer is what the customer page shows. */
export const CustomerUpdateMutation = graphql(`
  mutation CustomerUpdate($input: CustomerUpdateInput!) {
    customerUpdate(input: $input) {
      customer {
        ...CustomerPageFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

// Each credit operation answers with the customer again, so the header and the tab update at once.
export const CreditsAddMutation = graphql(`
  mutation CreditsAdd($input: CreditsAddInput!) {
    creditsAdd(input: $input) {
      entry {
        id
      }
      customer {
        ...CustomerCredits
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const CreditsWithdrawMutation = graphql(`
  mutation CreditsWithdraw($input: CreditsWithdrawInput!) {
    creditsWithdraw(input: $input) {
      entry {
        id
      }
      customer {
        ...CustomerCredits
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const CreditsAdjustMutation = graphql(`
  mutation CreditsAdjust($input: CreditsAdjustInput!) {
    creditsAdjust(input: $input) {
      entry {
        id
      }
      customer {
        ...CustomerCredits
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const CreditsMoveMutation = graphql(`
  mutation CreditsMove($input: CreditsMoveInput!) {
    creditsMove(input: $input) {
      fromCustomer {
        ...CustomerCredits
      }
      toCustomer {
        ...MoveTarget
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const BillingAccountUpdateMutation = graphql(`
  mutation BillingAccountUpdate($input: BillingAccountUpdateInput!) {
    billingAccountUpdate(input: $input) {
      billingAccount {
        pricingModel
        currency
        paymentTermsDays
        closeState
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export type { TransitionUserErrorFragment } from '../gql/graphql';

/** What every status change answers with, whatever its payload type is called. */
export const TransitionUserError = graphql(`
  fragment TransitionUserError on UserError {
    field
    code
    message
  }
`);

export const CloseBlockerAmounts = graphql(`
  fragment CloseBlockerAmounts on CustomerCloseBlockers {
    balance {
      minorUnits
      currency
    }
    owed {
      minorUnits
      currency
    }
  }
`);

/**
 * The status changes, one entry each: the name the app gives it and its document. Every one
 * aliases its payload to `result` and answers with the whole customer, so one dialog runs them
 * all and the header, the banner and the actions update at once. `closeBlockers` says what keeps
 * a customer from closing.
 */
export const customerTransitions = {
  suspend: graphql(`
    mutation CustomerSuspend($input: CustomerSuspendInput!) {
      result: customerSuspend(input: $input) {
        customer {
          ...CustomerPageFields
        }
        userErrors {
          ...TransitionUserError
        }
      }
    }
  `),
  reenable: graphql(`
    mutation CustomerReenable($input: CustomerReenableInput!) {
      result: customerReenable(input: $input) {
        customer {
          ...CustomerPageFields
        }
        userErrors {
          ...TransitionUserError
        }
      }
    }
  `),
  deactivate: graphql(`
    mutation CustomerDeactivate($input: CustomerDeactivateInput!) {
      result: customerDeactivate(input: $input) {
        customer {
          ...CustomerPageFields
        }
        userErrors {
          ...TransitionUserError
        }
      }
    }
  `),
  reactivate: graphql(`
    mutation CustomerReactivate($input: CustomerReactivateInput!) {
      result: customerReactivate(input: $input) {
        customer {
          ...CustomerPageFields
        }
        userErrors {
          ...TransitionUserError
        }
      }
    }
  `),
  cancel: graphql(`
    mutation CustomerCancel($input: CustomerCancelInput!) {
      result: customerCancel(input: $input) {
        customer {
          ...CustomerPageFields
        }
        userErrors {
          ...TransitionUserError
        }
      }
    }
  `),
  withdrawCancellation: graphql(`
    mutation CustomerCancellationWithdraw($input: CustomerCancellationWithdrawInput!) {
      result: customerCancellationWithdraw(input: $input) {
        customer {
          ...CustomerPageFields
        }
        userErrors {
          ...TransitionUserError
        }
      }
    }
  `),
  close: graphql(`
    mutation CustomerClose($input: CustomerCloseInput!) {
      result: customerClose(input: $input) {
        customer {
          ...CustomerPageFields
        }
        closeBlockers {
          ...CloseBlockerAmounts
        }
        userErrors {
          ...TransitionUserError
        }
      }
    }
  `),
  restore: graphql(`
    mutation CustomerRestore($input: CustomerRestoreInput!) {
      result: customerRestore(input: $input) {
        customer {
          ...CustomerPageFields
        }
        userErrors {
          ...TransitionUserError
        }
      }
    }
  `),
  erase: graphql(`
    mutation CustomerErase($input: CustomerEraseInput!) {
      result: customerErase(input: $input) {
        customer {
          ...CustomerPageFields
        }
        userErrors {
          ...TransitionUserError
        }
      }
    }
  `),
} as const;

export type CustomerTransition = keyof typeof customerTransitions;

/** Gives the customer a free number, or with `swap` exchanges numbers with the customer holding it. */
export const CustomerAccountNumberChangeMutation = graphql(`
  mutation CustomerAccountNumberChange($input: CustomerAccountNumberChangeInput!) {
    customerAccountNumberChange(input: $input) {
      customer {
        ...CustomerPageFields
      }
      swappedWith {
        id
        name
        accountNumber
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const CustomerNoteCreateMutation = graphql(`
  mutation CustomerNoteCreate($input: CustomerNoteCreateInput!) {
    customerNoteCreate(input: $input) {
      note {
        ...CustomerNoteRow
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const CustomerNoteUpdateMutation = graphql(`
  mutation CustomerNoteUpdate($input: CustomerNoteUpdateInput!) {
    customerNoteUpdate(input: $input) {
      note {
        ...CustomerNoteRow
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const CustomerNoteDeleteMutation = graphql(`
  mutation CustomerNoteDelete($input: CustomerNoteDeleteInput!) {
    customerNoteDelete(input: $input) {
      deletedNoteId
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const CustomerTagsAddMutation = graphql(`
  mutation CustomerTagsAdd($input: CustomerTagsAddInput!) {
    customerTagsAdd(input: $input) {
      customers {
        id
        tags
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const CustomerTagsRemoveMutation = graphql(`
  mutation CustomerTagsRemove($input: CustomerTagsRemoveInput!) {
    customerTagsRemove(input: $input) {
      customers {
        id
        tags
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
