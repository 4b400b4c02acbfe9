import { graphql } from '../gql';
import type { CustomerListViewFieldsFragment } from '../gql/graphql';
import { emptyFilter, type CustomerListFilter } from './list-filter';
import { isCustomerColumnId, normaliseColumns, defaultCustomerColumns } from './list-columns';
import type { CustomerListParams } from './list-params';

export const CustomerListViewFieldsFragmentDoc = graphql(`
  fragment CustomerListViewFields on CustomerListView {
    id
    name
    shared
    ownedByMe
    canEdit
    sortKey
    reverse
    columns
    filter {
      query
      status
      tags {
        allOf
        anyOf
        noneOf
      }
      pricingModel
      country
      currency
      resellerIds
      createdAt {
        from
        to
      }
      balance {
        min
        max
      }
      owesMoney
      lowCredit
      lastMessagedAt {
        from
        to
      }
      cancellationScheduled
    }
  }
`);

export const CustomerListViewsQuery = graphql(`
  query CustomerListViews {
    customerListViews {
      ...CustomerListViewFields
    }
  }
`);

export const CustomerListViewCreateMutation = graphql(`
  mutation CustomerListViewCreate($input: CustomerListViewCreateInput!) {
    customerListViewCreate(input: $input) {
      customerListView {
        ...CustomerListViewFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const CustomerListViewDeleteMutation = graphql(`
  mutation CustomerListViewDelete($input: CustomerListViewDeleteInput!) {
    customerListViewDelete(input: $input) {
      deletedId
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** An instant as the operator's calendar day, as the filter panel's date fields hold it. */
function dayOf(iso: string, shiftDays = 0): string {
  const date = new Date(iso);
  date.setDate(date.getDate() + shiftDays);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const joined = (values: readonly string[] | null | undefined) => (values ?? []).join(',');
const yesNo = (value: boolean | null | undefined) => (value === true ? 'yes' : value === false ? 'no' : '');

/**
 * A saved view as the list's URL state: the inverse of `toCustomerFilter`. A range's `to` is
 * exclusive (the next day's start), so "until" is the day before it.
 */
export function toListParams(view: CustomerListViewFieldsFragment): CustomerListParams {
  const state = view.filter;
  const filter: CustomerListFilter = {
    ...emptyFilter,
    tagsAll: joined(state.tags?.allOf),
    tagsAny: joined(state.tags?.anyOf),
    tagsNone: joined(state.tags?.noneOf),
    pricing: state.pricingModel?.[0]?.toLowerCase() ?? '',
    country: joined(state.country),
    currency: joined(state.currency),
    reseller: state.resellerIds?.[0] ?? '',
    createdFrom: state.createdAt?.from ? dayOf(state.createdAt.from) : '',
    createdTo: state.createdAt?.to ? dayOf(state.createdAt.to, -1) : '',
    balanceMin: state.balance?.min != null ? String(state.balance.min) : '',
    balanceMax: state.balance?.max != null ? String(state.balance.max) : '',
    owes: yesNo(state.owesMoney),
    lowCredit: yesNo(state.lowCredit),
    messagedFrom: state.lastMessagedAt?.from ? dayOf(state.lastMessagedAt.from) : '',
    messagedTo: state.lastMessagedAt?.to ? dayOf(state.lastMessagedAt.to, -1) : '',
    cancelling: yesNo(state.cancellationScheduled),
  };
  const columns = view.columns.filter(isCustomerColumnId);
  return {
    query: state.query ?? '',
    status: state.status?.[0] ?? null,
    filter,
    sortKey: view.sortKey ?? 'CREATED_AT',
    reverse: view.reverse,
    columns: columns.length ? normaliseColumns(columns) : defaultCustomerColumns,
  };
}
