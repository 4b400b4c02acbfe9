import type { ServicePeriod } from './service.entity';

/** A service as other modules see it. */
export interface Service {
  id: string;
  customerId: string;
  description: string;
  unitPriceMinor: bigint;
  currency: string;
  /** A decimal string. */
  quantity: string;
  period: ServicePeriod;
  startDate: string;
  /** The first day no longer billed: the earlier of the end set and the customer's cancellation; null while open. */
  endDate: string | null;
  assignedMemberId: string | null;
  createdAt: Date;
}
