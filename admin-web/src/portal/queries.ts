import { graphql } from '../gql';

export type { PortalAccountQuery as PortalAccountData } from '../gql/graphql';

/** Who is in this portal session; polled, so a session ended elsewhere shows as ended. */
export const PortalSessionQuery = graphql(`
  query PortalSession {
    portalViewer {
      expiresAt
      customer {
        id
        name
      }
      member {
        id
        name
        email
      }
      impersonator {
        id
        name
        email
      }
    }
  }
`);

export const PortalAccountQuery = graphql(`
  query PortalAccount {
    portalViewer {
      customer {
        id
        name
        accountNumber
        status
        email
        phone
        timezone
        members {
          id
          name
          email
          role
          portalAccess
          active
        }
        balance {
          amount
          currency
        }
        messages(first: 10) {
          totalCount
          nodes {
            id
            channel
            recipient
            subject
            body
            status
            createdAt
          }
        }
      }
    }
  }
`);
