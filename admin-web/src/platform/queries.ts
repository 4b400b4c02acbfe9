import { graphql } from '../gql';

export type { ViewerFieldsFragment } from '../gql/graphql';

export const ViewerFields = graphql(`
  fragment ViewerFields on Viewer {
    id
    name
    email
    kind
    role
    permissions
    partner {
      id
      name
    }
    reseller {
      id
      name
    }
  }
`);

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      ...ViewerFields
    }
  }
`);
