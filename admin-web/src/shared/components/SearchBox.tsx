import { useEffect, useId, useState, type FormEvent } from 'react';

const debounceMs = 300;

type Props = {
  /** The search applied now (from the URL). */
  value: string;
  onSearch: (query: string) => void;
  /** What is searched, for screen readers: "Search customers". */
  label: string;
  placeholder: string;
};

/** Applies the search 300 ms after typing stops, or at once on Enter. */
export function SearchBox({ value, onSearch, label, placeholder }: Props) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [applied, setApplied] = useState(value);

  // Follow the URL when it changes from outside (back button, a link).
  if (value !== applied) {
    setApplied(value);
    setDraft(value);
  }

  useEffect(() => {
    if (draft.trim() === value) return;
    const timer = setTimeout(() => onSearch(draft.trim()), debounceMs);
    return () => clearTimeout(timer);
  }, [draft, value, onSearch]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (draft.trim() !== value) onSearch(draft.trim());
  }

  return (
    <form role="search" className="search" onSubmit={onSubmit}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        type="search"
        className="search__input"
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
      />
    </form>
  );
}
