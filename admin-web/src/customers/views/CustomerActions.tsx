import { useState } from 'react';
import { hasPermission, useViewer } from '../../platform/viewer';
import { LogInAsDialog } from '../components/LogInAsDialog';
import type { CustomerPageFieldsFragment } from '../queries';

/** What the viewer may do to this customer, in the page header. */
export function CustomerActions({ customer }: { customer: CustomerPageFieldsFragment }) {
  const viewer = useViewer();
  const [loggingIn, setLoggingIn] = useState(false);
  const canLogInAs = hasPermission(viewer, 'customers:impersonate') && customer.status !== 'CLOSED';

  return (
    <>
      {canLogInAs && (
        <button type="button" className="button" onClick={() => setLoggingIn(true)}>
          Log in as…
        </button>
      )}
      {canLogInAs && <LogInAsDialog customer={loggingIn ? customer : null} onClose={() => setLoggingIn(false)} />}
    </>
  );
}
