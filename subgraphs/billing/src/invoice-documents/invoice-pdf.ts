import PDFDocument from 'pdfkit';
import type { InvoiceWithLines } from '../invoices';
import { formatMinor } from '../money';
import type { InvoiceHeader } from './invoice-header.model';

/** What a document is drawn from: the invoice as stored, the partner's letterhead and its logo's bytes. */
export interface InvoicePdfInput {
  invoice: InvoiceWithLines;
  header: InvoiceHeader;
  logo: Buffer | null;
}

const PAGE_MARGIN = 50;
const GREY = '#555555';

/**
 * Amounts with the currency's code rather than its symbol: the standard PDF fonts hold only
 * Latin-1 and a few more, so "₹" or "₽" would print as nothing, while "INR 1,234.50" always reads.
 */
export function formatAmount(minorUnits: bigint, currency: string): string {
  const formatter = new Intl.NumberFormat('en-GB', { style: 'currency', currency, currencyDisplay: 'code' });
  // A decimal string keeps every digit exactly: no amount passes through a float on its way.
  return formatter.format(formatMinor(minorUnits, currency) as unknown as number).replace(/\u00a0/g, ' ');
}

/** 210000 ppm → "21%", 205000 → "20.5%", 0 → "0%". */
export function formatTaxRate(ppm: number): string {
  const whole = Math.trunc(ppm / 10_000);
  const fraction = (ppm % 10_000).toString().padStart(4, '0').replace(/0+$/, '');
  return `${whole}${fraction ? `.${fraction}` : ''}%`;
}

/** "1.000000" → "1", "2.500000" → "2.5". */
function formatQuantity(quantity: string): string {
  return quantity.includes('.') ? quantity.replace(/0+$/, '').replace(/\.$/, '') : quantity;
}

function titleOf(invoice: InvoiceWithLines): string {
  const kind = invoice.kind === 'CREDIT_NOTE' ? 'Credit note' : 'Invoice';
  if (invoice.status === 'DRAFT') return `Draft ${kind.toLowerCase()}`;
  return `${kind} ${invoice.number ?? ''}`.trim();
}

function fxNote(invoice: InvoiceWithLines): string | null {
  if (!invoice.fx) return null;
  const whose = invoice.fx.source === 'CUSTOMER' ? 'the rate agreed with the customer' : 'our rate';
  return `Amounts converted from ${invoice.fx.baseCurrency} at ${invoice.fx.rate} ${invoice.currency} per 1 ${invoice.fx.baseCurrency} (${whose}).`;
}

interface Column {
  title: string;
  width: number;
  align: 'left' | 'right';
}

const COLUMNS: Column[] = [
  { title: 'Description', width: 185, align: 'left' },
  { title: 'Quantity', width: 50, align: 'right' },
  { title: 'Unit price', width: 70, align: 'right' },
  { title: 'Amount', width: 70, align: 'right' },
  { title: 'Tax rate', width: 45, align: 'right' },
  { title: 'Tax', width: 75, align: 'right' },
];

/** Draws an invoice or credit note as a PDF; a draft is marked DRAFT on every page and carries no number. */
export function renderInvoicePdf({ invoice, header, logo }: InvoicePdfInput): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: PAGE_MARGIN,
    info: { Title: titleOf(invoice), Author: header.legalName || 'Clientele', Creator: 'Clientele' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const left = PAGE_MARGIN;
  const right = doc.page.width - PAGE_MARGIN;
  const bottom = () => doc.page.height - PAGE_MARGIN;
  const currency = invoice.currency;
  const amount = (minor: bigint) => formatAmount(minor, currency);

  const watermark = () => {
    const mark = invoice.status === 'DRAFT' ? 'DRAFT' : invoice.status === 'VOID' ? 'VOID' : null;
    if (!mark) return;
    doc.save();
    doc.rotate(-30, { origin: [doc.page.width / 2, doc.page.height / 2] });
    doc
      .font('Helvetica-Bold')
      .fontSize(110)
      .fillColor('#e6e6e6')
      .text(mark, 0, doc.page.height / 2 - 60, { width: doc.page.width, align: 'center', lineBreak: false });
    doc.restore();
    doc.fillColor('black').font('Helvetica').fontSize(9);
  };
  watermark();
  doc.on('pageAdded', watermark);

  // Letterhead: the logo on the left, who issues the invoice on the right.
  let headerBottom = PAGE_MARGIN;
  if (logo) {
    try {
      doc.image(logo, left, PAGE_MARGIN, { fit: [140, 60] });
      headerBottom = PAGE_MARGIN + 60;
    } catch {
      // A logo the PDF library cannot read leaves the letterhead without it rather than the invoice undrawn.
    }
  }
  const issuer = [header.legalName, ...header.addressLines, ...(header.taxId ? [`Tax id: ${header.taxId}`] : [])]
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  doc.fillColor('black');
  let y = PAGE_MARGIN;
  issuer.forEach((line, i) => {
    doc.font(i === 0 && header.legalName ? 'Helvetica-Bold' : 'Helvetica').fontSize(i === 0 ? 11 : 9);
    doc.text(line, right - 220, y, { width: 220, align: 'right' });
    y = doc.y;
  });
  y = Math.max(y, headerBottom) + 25;

  doc.font('Helvetica-Bold').fontSize(18).text(titleOf(invoice), left, y);
  y = doc.y + 10;

  // Whom it is billed to, as the customer stood when it was issued, beside the dates.
  const blockTop = y;
  doc.font('Helvetica-Bold').fontSize(9).fillColor(GREY).text('Bill to', left, y);
  doc.fillColor('black').font('Helvetica').fontSize(10);
  const billTo = invoice.billTo;
  const billToLines = billTo
    ? [
        billTo.name,
        `Account ${billTo.accountNumber}`,
        ...billTo.addressLines,
        [billTo.postcode, billTo.city].filter(Boolean).join(' '),
        billTo.region ?? '',
        billTo.country,
        billTo.email ?? '',
      ].filter((line) => line.trim().length > 0)
    : ['Not yet known: taken from the customer when the invoice is issued.'];
  for (const line of billToLines) doc.text(line, left, doc.y, { width: 250 });
  const billToBottom = doc.y;

  const facts: [string, string][] = [
    ...(invoice.number ? [['Number', invoice.number] as [string, string]] : []),
    ['Issue date', invoice.issueDate ?? 'not issued'],
    ['Due date', invoice.dueDate ?? '—'],
    ...(invoice.periodStart
      ? [['Period', `${invoice.periodStart} to ${invoice.periodEnd ?? ''}`.trim()] as [string, string]]
      : []),
    ['Currency', currency],
  ];
  let factY = blockTop;
  for (const [label, value] of facts) {
    doc.font('Helvetica-Bold').fontSize(9).fillColor(GREY).text(label, right - 220, factY, { width: 80 });
    doc.font('Helvetica').fontSize(10).fillColor('black').text(value, right - 140, factY, { width: 140, align: 'right' });
    factY = doc.y + 2;
  }
  y = Math.max(billToBottom, factY) + 20;

  const drawRow = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
    const height = Math.max(
      ...cells.map((cell, i) => doc.heightOfString(cell, { width: COLUMNS[i]!.width - 6 })),
    );
    if (y + height > bottom() - 120) {
      doc.addPage();
      y = PAGE_MARGIN;
    }
    let x = left;
    cells.forEach((cell, i) => {
      const column = COLUMNS[i]!;
      doc.text(cell, x, y, { width: column.width - 6, align: column.align });
      x += column.width;
    });
    y += height + 6;
  };
  drawRow(
    COLUMNS.map((column) => column.title),
    true,
  );
  doc
    .moveTo(left, y - 3)
    .lineTo(right, y - 3)
    .strokeColor('#999999')
    .stroke();
  for (const line of invoice.lines) {
    const period = line.periodStart ? `\n${line.periodStart} to ${line.periodEnd ?? ''}` : '';
    drawRow(
      [
        `${line.description}${period}`,
        formatQuantity(line.quantity),
        amount(line.unitAmountMinor),
        amount(line.amountMinor),
        formatTaxRate(line.taxRatePpm),
        amount(line.taxMinor),
      ],
      false,
    );
  }
  doc.moveTo(left, y).lineTo(right, y).strokeColor('#999999').stroke();
  y += 10;

  const totals: [string, string, boolean][] = [
    ['Subtotal', amount(invoice.subtotalMinor), false],
    ['Tax', amount(invoice.taxMinor), false],
    ['Total', amount(invoice.totalMinor), true],
    ...(invoice.paidMinor > 0n ? [['Paid', amount(invoice.paidMinor), false] as [string, string, boolean]] : []),
    ['Amount due', amount(invoice.amountDueMinor), true],
  ];
  for (const [label, value, bold] of totals) {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(10);
    doc.text(label, right - 250, y, { width: 120 });
    doc.text(value, right - 130, y, { width: 130, align: 'right' });
    y = doc.y + 3;
  }
  y += 15;

  const notes = [
    invoice.reverseCharge
      ? 'Reverse charge: no tax is charged on this invoice; the customer accounts for it where they are established.'
      : null,
    fxNote(invoice),
    invoice.status === 'VOID' ? `Void: ${invoice.voidReason ?? ''}`.trim() : null,
    invoice.status === 'DRAFT' ? 'This is a draft: it is not a demand for payment and may still change.' : null,
  ].filter((note): note is string => note !== null);
  doc.font('Helvetica').fontSize(9).fillColor(GREY);
  for (const note of notes) {
    if (y > bottom() - 30) {
      doc.addPage();
      y = PAGE_MARGIN;
    }
    doc.text(note, left, y, { width: right - left });
    y = doc.y + 4;
  }
  doc.end();
  return done;
}
