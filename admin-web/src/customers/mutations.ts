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
