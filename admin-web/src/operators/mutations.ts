import { graphql } from '../gql';

export const OperatorInviteMutation = graphql(`
  mutation OperatorInvite($input: OperatorInviteInput!) {
    operatorInvite(input: $input) {
      operator {
        ...OperatorRow
      }
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

export const OperatorUpdateMutation = graphql(`
  mutation OperatorUpdate($input: OperatorUpdateInput!) {
    operatorUpdate(input: $input) {
      operator {
        ...OperatorRow
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const OperatorDeactivateMutation = graphql(`
  mutation OperatorDeactivate($input: OperatorDeactivateInput!) {
    operatorDeactivate(input: $input) {
      operator {
        ...OperatorRow
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
