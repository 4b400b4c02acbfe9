/**
 * Input fields that hold running text (a note), by `InputType.field`: longer than other text
 * (2,000 characters), and free to break lines and use tabs. The number is what the subgraphs'
 * schema guard lets through; the field's own rule may be shorter (a note is 10,000), so that text
 * a little too long is answered as a field error rather than a refused request.
 */
export const RUNNING_TEXT_FIELDS: Readonly<Record<string, number>> = {
  'CustomerNoteCreateInput.body': 20_000,
  'CustomerNoteUpdateInput.body': 20_000,
  // Not running text but a file's bytes in base64 (a 256 KiB logo), which the field's own rule bounds.
  'InvoiceLogoInput.contentBase64': 360_000,
};
