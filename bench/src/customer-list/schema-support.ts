import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Kind, parse } from 'graphql';

/**
 * What the composed API of this checkout offers the customer list, read from the checked-in
 * supergraph (the file the gateway loads): the bench asks only what the API has, and says which
 * scenarios it could not run, rather than failing on a field another version adds.
 */
export interface ListSchemaSupport {
  filterFields: Set<string>;
  sortKeys: Set<string>;
  connectionFields: Set<string>;
  mutations: Set<string>;
  queries: Set<string>;
  /** Every enum's values, by enum name. */
  enums: Map<string, string[]>;
}

const SUPERGRAPH = resolve(__dirname, '..', '..', '..', 'gateway', 'supergraph.graphql');

export function listSchemaSupport(file: string = SUPERGRAPH): ListSchemaSupport {
  const document = parse(readFileSync(file, 'utf8'));
  const support: ListSchemaSupport = {
    filterFields: new Set(),
    sortKeys: new Set(),
    connectionFields: new Set(),
    mutations: new Set(),
    queries: new Set(),
    enums: new Map(),
  };
  for (const definition of document.definitions) {
    if (definition.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION && definition.name.value === 'CustomerFilter') {
      for (const field of definition.fields ?? []) support.filterFields.add(field.name.value);
    } else if (definition.kind === Kind.ENUM_TYPE_DEFINITION) {
      const values = (definition.values ?? []).map((value) => value.name.value);
      support.enums.set(definition.name.value, values);
      if (definition.name.value === 'CustomerSortKey') values.forEach((value) => support.sortKeys.add(value));
    } else if (definition.kind === Kind.OBJECT_TYPE_DEFINITION) {
      const names = (definition.fields ?? []).map((field) => field.name.value);
      if (definition.name.value === 'CustomerConnection') names.forEach((name) => support.connectionFields.add(name));
      if (definition.name.value === 'Mutation') names.forEach((name) => support.mutations.add(name));
      if (definition.name.value === 'Query') names.forEach((name) => support.queries.add(name));
    }
  }
  return support;
}
