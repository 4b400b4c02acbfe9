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
