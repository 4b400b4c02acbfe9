import type { Caller, RequestContext } from '@clientele/subgraph-kit';
import DataLoader from 'dataloader';
import type { CustomerLoaders } from '../customers';
import type { TagService } from './tag.service';

export function createTagLoaders(tags: TagService, caller: Caller) {
  return {
    /** Each customer's tags, for a page of customers in one statement. */
    tagsByCustomerId: new DataLoader<string, string[]>(async (customerIds) => {
      const byCustomer = await tags.tagsFor(caller, customerIds);
      return customerIds.map((id) => byCustomer.get(id) ?? []);
    }),
  };
}

export type TagLoaders = ReturnType<typeof createTagLoaders>;
export type TagsContext = RequestContext<TagLoaders & CustomerLoaders>;
