import { graphql } from '../gql';

export const MessageSendMutation = graphql(`
  mutation AdminMessageSend($input: MessageSendInput!) {
    messageSend(input: $input) {
      message {
        id
        status
        recipient
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const MessageBulkSendMutation = graphql(`
  mutation AdminMessageBulkSend($input: MessageBulkSendInput!) {
    messageBulkSend(input: $input) {
      batch {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const MessageBatchCancelMutation = graphql(`
  mutation AdminMessageBatchCancel($input: MessageBatchCancelInput!) {
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

export const MessageTemplateSaveMutation = graphql(`
  mutation AdminMessageTemplateSave($input: MessageTemplateSaveInput!) {
    messageTemplateSave(input: $input) {
      template {
        key
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

export const MessageTemplateDeleteMutation = graphql(`
  mutation AdminMessageTemplateDelete($input: MessageTemplateDeleteInput!) {
    messageTemplateDelete(input: $input) {
      template {
        key
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const LowCreditReminderUpdateMutation = graphql(`
  mutation AdminLowCreditReminderUpdate($input: LowCreditReminderUpdateInput!) {
    lowCreditReminderUpdate(input: $input) {
      lowCreditReminder {
        enabled
        thresholdMinor
        recipients
        armed
        lastSentAt
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const MessagingSettingsUpdateMutation = graphql(`
  mutation AdminMessagingSettingsUpdate($input: MessagingSettingsUpdateInput!) {
    messagingSettingsUpdate(input: $input) {
      settings {
        fromAddress
        replyTo
        smsSenderId
        smtpHost
        smsProviderUrl
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
