import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { apiGet, query } from '../api/client.ts';
import type { UnitList, UnitRef } from '../api/types.ts';
import { UnitName } from '../components/names.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { common } from '../i18n/messages/common.ts';
import { navigate } from '../router/router.tsx';
import { unitPath } from './paths.ts';

// The header's unit search: a combobox (WAI-ARIA APG "combobox with listbox popup"). The server folds
// diacritics, so "thai nguyen" finds Thái Nguyên; arrows move, Enter opens, Escape closes.

const DEBOUNCE_MS = 180;

export function SearchBox() {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [results, setResults] = useState<readonly UnitRef[] | null>(null);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const q = text.trim();
    if (q.length < 2) {
      setResults(null);
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      setBusy(true);
      apiGet<UnitList>(`/api/units${query({ q, limit: 8 })}`, controller.signal).then(
        (answer) => {
          setResults(answer.items);
          setActive(0);
          setOpen(true);
          setBusy(false);
        },
        () => {
          if (!controller.signal.aborted) {
            setResults([]);
            setBusy(false);
          }
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [text]);

  const choose = (unit: UnitRef) => {
    setOpen(false);
    setText('');
    inputRef.current?.blur();
    // A former unit (merged on 1/7/2025) is shown as it was on its last day: old and new codes can coincide.
    navigate(unit.validTo ? `${unitPath(unit.code)}?date=${unit.validTo}` : unitPath(unit.code));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (!results || results.length === 0) return;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % results.length);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => (i - 1 + results.length) % results.length);
    } else if (e.key === 'Enter') {
      const unit = results[active];
      if (unit) {
        e.preventDefault();
        choose(unit);
      }
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };

  const shown = open && results !== null;
  const optionId = (i: number) => `${listId}-${i}`;
  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is too new for some browsers officers use
    <div className="search" role="search">
      <label className="visually-hidden" htmlFor={`${listId}-input`}>
        {t(common.searchLabel)}
      </label>
      <input
        ref={inputRef}
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={shown}
        aria-controls={listId}
        aria-autocomplete="list"
        {...(shown && results.length > 0 ? { 'aria-activedescendant': optionId(active) } : {})}
        placeholder={t(common.searchPlaceholder)}
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
      />
      <div
        id={listId}
        role="listbox"
        className="search-results"
        hidden={!shown}
        aria-label={t(common.searchLabel)}
      >
        {results?.map((unit, i) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the input handles the keys (combobox pattern)
          <div
            key={unit.code}
            tabIndex={-1}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(unit)}
          >
            <UnitName unit={unit} />
            <span className="muted"> · {unit.code}</span>
          </div>
        ))}
      </div>
      <span className="visually-hidden" role="status" aria-live="polite">
        {busy
          ? t(common.searchSearching)
          : results === null
            ? ''
            : results.length === 0
              ? t(common.searchNoResult, { q: text.trim() })
              : t(common.searchResults, { n: results.length })}
      </span>
      {shown && results.length === 0 && !busy ? (
        <p className="search-empty">{t(common.searchNoResult, { q: text.trim() })}</p>
      ) : null}
    </div>
  );
}
