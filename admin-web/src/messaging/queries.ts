import { graphql } from '../gql';

export const MessagingOutboxQuery = graphql(`
  query AdminMessagingOutbox($first: Int, $after: String) {
    messagingOutbox(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        messageId
        channel
        recipient
        subject
        raw
        capturedAt
      }
    }
  }
`);

export const MessageTemplatesQuery = graphql(`
  query AdminMessageTemplates {
    messageTemplates {
      key
      channel
      name
      subject
      textBody
      htmlBody
      isDefault
    }
  }
`);

export const MessagePreviewQuery = graphql(`
  query AdminMessagePreview($input: MessagePreviewInput!) {
    messagePreview(input: $input) {
      preview {
        recipient
        subject
        text
        html
        smsLength {
          encoding
          units
          segments
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

export const MessageBatchQuery = graphql(`
  query AdminMessageBatch($id: ID!) {
    messageBatch(id: $id) {
      id
      channel
      templateKey
      subject
      status
      total
      queued
      sending
      sent
      delivered
      failed
      cancelled
      skipped {
        noAddress
        closed
        optedOut
      }
      createdAt
    }
  }
`);
