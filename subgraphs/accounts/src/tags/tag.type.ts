import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('CustomerTagCount', { description: 'A tag in use and how many customer accounts carry it.' })
export class TagCountType {
  @Field({ description: 'The tag, as first written.' })
  tag: string;

  @Field(() => Int, { description: 'How many of the customer accounts the caller may see carry it.' })
  customerCount: number;
}
