import { graphql } from '../gql';

export const ApiKeyCreateMutation = graphql(`
  mutation ApiKeyCreate($input: ApiKeyCreateInput!) {
    apiKeyCreate(input: $input) {
      apiKey {
        ...ApiKeyRow
      }
      secret
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const ApiKeyRevokeMutation = graphql(`
  mutation ApiKeyRevoke($input: ApiKeyRevokeInput!) {
    apiKeyRevoke(input: $input) {
      apiKey {
        ...ApiKeyRow
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
