import { useId, useRef, useState } from 'react';

type Props = {
  label: string;
  value: string;
  /** Set for secrets: monospace and no spell checking. */
  mono?: boolean;
};

/** A read-only value with a Copy button; falls back to selecting it for Ctrl+C. */
export function CopyField({ label, value, mono = false }: Props) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'manual' | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('yes');
    } catch {
      // No clipboard access (permissions, insecure context): let the person copy it.
      input.current?.select();
      setCopied('manual');
    }
  }

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-field">
        <input
          ref={input}
          id={id}
          className={mono ? 'copy-field__input copy-field__input--mono' : 'copy-field__input'}
          readOnly
          value={value}
          spellCheck={false}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button" onClick={() => void copy()}>
          {copied === 'yes' ? 'Copied' : 'Copy'}
        </button>
      </div>
      <p className="field__hint" role="status">
        {copied === 'yes'
          ? 'Copied to the clipboard.'
          : copied === 'manual'
            ? 'Selected: press Ctrl+C (⌘C) to copy.'
            : ''}
      </p>
    </div>
  );
}
