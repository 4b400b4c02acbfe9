import { ProjectedCustomerColumns } from '@clientele/subgraph-kit';
import { Entity } from 'typeorm';

/** Messaging's copy of whose customer each customer is, from accounts' `customer.created`. */
@Entity({ name: 'customer_directory' })
export class ProjectedCustomerEntity extends ProjectedCustomerColumns {}
