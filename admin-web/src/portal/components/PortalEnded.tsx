/** What a log-in-as tab shows once its session is over; a reload keeps showing it. */
export function PortalEnded({ reason }: { reason: 'signed-out' | 'expired' }) {
  return (
    <main className="sign-in">
      <div className="sign-in__card" role="status">
        <p className="sign-in__product">Customer portal</p>
        <h1 className="sign-in__title">Session ended</h1>
        <p>
          {reason === 'signed-out'
            ? 'You ended the log-in-as session.'
            : 'The log-in-as session is over: it expired, or was ended from another tab or by an administrator.'}{' '}
          You can close this tab. To look again, use “Log in as…” on the customer list.
        </p>
      </div>
    </main>
  );
}
