import type { CustomerExportColumn } from './customer-export.columns';
import type { CustomerExportStatus } from './customer-export.entity';

/** An export as the service reads it; `total` and `rowsWritten` are bigint text, as pg returns them. */
export interface CustomerExport {
  partnerId: string;
  id: string;
  resellerId: string | null;
  status: CustomerExportStatus;
  columns: CustomerExportColumn[];
  total: string | null;
  rowsWritten: string;
  fileKey: string | null;
  fileName: string;
  error: string | null;
  createdAt: Date;
  finishedAt: Date | null;
  expiresAt: Date | null;
}
