import { CopyField } from '../../shared/components/CopyField';
import { Dialog, DialogClose } from '../../shared/components/Dialog';
import { formatDateTime } from '../../shared/format';

export type MemberLink = {
  kind: 'invitation' | 'password-reset';
  member: { name: string; email: string | null };
  url: string;
  expiresAt: string;
};

const titles: Record<MemberLink['kind'], string> = {
  invitation: 'Portal invitation for',
  'password-reset': 'Password reset for',
};

/** A single-use link for a member: emailed to them, and shown to the operator too, in case the email goes astray. */
export function MemberLinkDialog({ link, onClose }: { link: MemberLink | null; onClose: () => void }) {
  return (
    <Dialog
      open={link !== null}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={link ? `${titles[link.kind]} ${link.member.name}` : ''}
    >
      {link && (
        <div className="dialog__form">
          {link.member.email ? (
            <p>
              It was also emailed to <strong>{link.member.email}</strong>. If it does not arrive, pass this link on
              yourself. It works once and expires on {formatDateTime(link.expiresAt)}.
            </p>
          ) : (
            <p>
              Send this link to <strong>{link.member.name}</strong> yourself. It works once and expires on{' '}
              {formatDateTime(link.expiresAt)}.
            </p>
          )}
          <CopyField
            label={link.kind === 'invitation' ? 'Invitation link' : 'Password reset link'}
            value={link.url}
            mono
          />
          <div className="dialog__actions">
            <DialogClose className="button button--primary" type="button">
              Done
            </DialogClose>
          </div>
        </div>
      )}
    </Dialog>
  );
}
