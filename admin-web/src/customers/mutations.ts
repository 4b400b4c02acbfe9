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
