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

/** A single-use link for a member, shown to the operator until messaging sends emails. */
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
          <p>
            Clientele does not send these emails yet: send this link to{' '}
            <strong>{link.member.email ?? link.member.name}</strong> yourself. It works once and expires on{' '}
            {formatDateTime(link.expiresAt)}.
          </p>
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
