import { Field, ID, ObjectType } from 'type-graphql';
import { type CustomerStatus, CustomerSortKey, CustomerStatusEnum } from '../customers';

@ObjectType('CustomerFilterState', {
  description: 'A customer list filter as saved: the same fields as the `CustomerFilter` input.',
})
export class CustomerFilterStateType {
  @Field(() => String, { nullable: true, description: 'The search text.' })
  query: string | null;

  @Field(() => [CustomerStatusEnum], { nullable: true, description: 'The statuses included; the default when null.' })
  status: CustomerStatus[] | null;
}

@ObjectType('CustomerListView', {
  description: 'A saved view of the customer list: a filter, an order and columns under a name.',
})
export class CustomerListViewType {
  @Field(() => ID, { description: 'Unique id of the view.' })
  id: string;

  @Field({ description: 'The view’s name, unique among its owner’s views.' })
  name: string;

  @Field({ description: 'True when every operator of the partner sees it; false when only its owner does.' })
  shared: boolean;

  /** The operator who saved it, resolved through the operators loader. */
  ownerId: string;

  @Field({ description: 'True when the caller saved it.' })
  ownedByMe: boolean;

  @Field({
    description: 'True when the caller may change or delete it: its owner, or an OWNER or ADMIN for a shared one.',
  })
  canEdit: boolean;

  @Field(() => CustomerFilterStateType, { description: 'Which customers the view lists.' })
  filter: CustomerFilterStateType;

  @Field(() => CustomerSortKey, { description: 'What the view sorts by.' })
  sortKey: CustomerSortKey;

  @Field({ description: 'True when sorted descending.' })
  reverse: boolean;

  @Field(() => [String], { description: 'The columns shown, in order, as the app names them.' })
  columns: string[];

  @Field({ description: 'When it was saved first.' })
  createdAt: Date;

  @Field({ description: 'When it was last changed.' })
  updatedAt: Date;
}
