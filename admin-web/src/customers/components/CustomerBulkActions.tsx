import { useState } from 'react';
import type { CustomerBulkActionKind } from '../../gql/graphql';
import { SelectField } from '../../shared/components/fields';
import { bulkActionCopy } from '../bulk-actions';

type Props = {
  /** The actions the viewer may take, in menu order. */
  actions: readonly CustomerBulkActionKind[];
  onChoose: (action: CustomerBulkActionKind) => void;
};

/** The selection bar's actions: pick one, then its dialog asks for the rest. */
export function CustomerBulkActions({ actions, onChoose }: Props) {
  const [action, setAction] = useState<CustomerBulkActionKind | ''>('');
  return (
    <>
      <SelectField
        label="Bulk action"
        value={action}
        onChange={(event) => setAction(event.target.value as CustomerBulkActionKind | '')}
      >
        <option value="">Choose an action…</option>
        {actions.map((kind) => (
          <option key={kind} value={kind}>
            {bulkActionCopy[kind]?.label}
          </option>
        ))}
      </SelectField>
      <button type="button" className="button" disabled={!action} onClick={() => action && onChoose(action)}>
        Apply…
      </button>
    </>
  );
}
