import { graphql } from '../gql';

export const SETTINGS_UPDATE = graphql(`
  mutation MessagingSettingsUpdate($input: MessagingSettingsUpdateInput!) {
    messagingSettingsUpdate(input: $input) {
      settings {
        fromAddress
        replyTo
        smsSenderId
        smtpHost
        emailToOutbox
        smsToOutbox
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const TEMPLATE_SAVE = graphql(`
  mutation MessageTemplateSave($input: MessageTemplateSaveInput!) {
    messageTemplateSave(input: $input) {
      template {
        key
        channel
        isDefault
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const TEMPLATES = graphql(`
  query MessageTemplates {
    messageTemplates {
      key
      channel
      isDefault
    }
  }
`);

export const PREVIEW = graphql(`
  query MessagePreview($input: MessagePreviewInput!) {
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

export const MESSAGE_SEND = graphql(`
  mutation MessageSend($input: MessageSendInput!) {
    messageSend(input: $input) {
      message {
        id
        status
        recipient
        subject
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const CUSTOMER_MESSAGES = graphql(`
  query MessagingCustomerMessages($id: ID!, $filter: MessageFilter) {
    customer(id: $id) {
      messages(first: 50, filter: $filter) {
        totalCount
        nodes {
          id
          channel
          status
          attempts
          lastError
          recipient
          batchId
        }
      }
    }
  }
`);

export const OUTBOX = graphql(`
  query MessagingOutbox($first: Int) {
    messagingOutbox(first: $first) {
      totalCount
      nodes {
        messageId
        channel
        recipient
        subject
        raw
      }
    }
  }
`);

export const BULK_SEND = graphql(`
  mutation MessageBulkSend($input: MessageBulkSendInput!) {
    messageBulkSend(input: $input) {
      batch {
        id
        status
        total
        queued
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

export const BATCH = graphql(`
  query MessageBatch($id: ID!) {
    messageBatch(id: $id) {
      id
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
    }
  }
`);

export const BATCH_CANCEL = graphql(`
  mutation MessageBatchCancel($input: MessageBatchCancelInput!) {
    messageBatchCancel(input: $input) {
      batch {
        id
        status
        cancelled
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
