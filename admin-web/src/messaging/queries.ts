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

export const CustomerMessagesQuery = graphql(`
  query AdminCustomerMessages($id: ID!, $first: Int, $after: String, $filter: MessageFilter) {
    customer(id: $id) {
      id
      messages(first: $first, after: $after, filter: $filter) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          channel
          recipient
          subject
          body
          status
          attempts
          lastError
          templateKey
          batchId
          createdAt
          sentAt
          deliveredAt
        }
      }
    }
  }
`);

export const CustomerLowCreditReminderQuery = graphql(`
  query AdminCustomerLowCreditReminder($id: ID!) {
    customer(id: $id) {
      id
      lowCreditReminder {
        enabled
        thresholdMinor
        recipients
        armed
        lastSentAt
      }
    }
  }
`);

export const MessagingSettingsQuery = graphql(`
  query AdminMessagingSettings {
    messagingSettings {
      fromAddress
      replyTo
      smsSenderId
      smtpHost
      smsProviderUrl
      emailToOutbox
      smsToOutbox
    }
  }
`);

export const RecipientCountQuery = graphql(`
  query AdminMessageRecipientCount($input: MessageRecipientCountInput!) {
    messageRecipientCount(input: $input) {
      count {
        selected
        reachable
        skipped {
          noAddress
          closed
          optedOut
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
