import { ConnectionType } from '@clientele/subgraph-kit';
import { CustomerType } from '../customers';

/** A page of customers; its `totalCount` is counted up to a cap and says how exact it is. */
export const CustomerConnection = ConnectionType(CustomerType, 'Customer', 'customer', { countPrecision: true });
export type CustomerConnection = InstanceType<typeof CustomerConnection>;
