// Helpers shared by the HTML implementations of HubSpot's components.
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';

/** HubSpot's spacing scale (AllDistances) in pixels. */
const DISTANCES: Record<string, number> = {
  flush: 0,
  'extra-small': 4,
  xs: 4,
  small: 8,
  sm: 8,
  medium: 16,
  md: 16,
  large: 24,
  lg: 24,
  'extra-large': 32,
  xl: 32,
};

export function distance(value: unknown, fallback = 0): number {
  return typeof value === 'string' && value in DISTANCES ? (DISTANCES[value] ?? fallback) : fallback;
}

export const FLEX_ALIGN: Record<string, string> = {
  start: 'flex-start',
  end: 'flex-end',
  center: 'center',
  baseline: 'baseline',
  stretch: 'stretch',
  between: 'space-between',
  around: 'space-around',
  auto: 'auto',
};

/** ExtensionEvent as the SDK hands it to onClick / onSubmit handlers. */
export function extensionEvent(type: string, extra: Record<string, unknown> = {}) {
  return { type, bubbles: true, timeStamp: Date.now(), id: Math.random().toString(36).slice(2), ...extra };
}

/**
 * Inputs fire onChange "on commit": on blur and when the form is submitted. A Form collects the
 * commit functions of the inputs inside it and runs them before it calls onSubmit.
 */
export interface FormRegistry {
  register(commit: () => void): () => void;
}
export const FormRegistryContext = createContext<FormRegistry | null>(null);

export function useCommitOnSubmit(commit: () => void): void {
  const registry = useContext(FormRegistryContext);
  const latest = useRef(commit);
  useEffect(() => {
    latest.current = commit;
  });
  useEffect(() => registry?.register(() => latest.current()), [registry]);
}

/** Panels and Modals opened through a Button's `overlay` or the `reactions` of an event. */
export interface OverlayControl {
  isOpen(id: string): boolean;
  open(id: string): void;
  close(id: string): void;
}
export const OverlayContext = createContext<OverlayControl>({
  isOpen: () => false,
  open: () => {},
  close: () => {},
});

export function reactionsFor(overlays: OverlayControl) {
  return {
    openPanel: (id: string) => overlays.open(id),
    closePanel: (id: string) => overlays.close(id),
    openModal: (id: string) => overlays.open(id),
    closeModal: (id: string) => overlays.close(id),
  };
}

export interface FieldShellProps {
  id: string;
  label?: string;
  required?: boolean;
  description?: string;
  tooltip?: string;
  error?: boolean;
  validationMessage?: string;
  children: ReactNode;
  /** Checkbox-like fields put the label after the control. */
  as?: 'label-first' | 'group';
}

/** Label, description and validation message laid out like HubSpot's form fields. */
export function FieldShell({
  id,
  label,
  required,
  description,
  tooltip,
  error,
  validationMessage,
  children,
}: FieldShellProps) {
  return (
    <div className={`hs-field${error ? ' hs-field--error' : ''}`}>
      {label ? (
        // The required mark sits outside the <label> so the field's name is exactly the label.
        <div className="hs-field__label-row">
          <label className="hs-field__label" htmlFor={id} title={tooltip}>
            {label}
          </label>
          {required ? (
            <span className="hs-field__required" aria-hidden="true">
              *
            </span>
          ) : null}
        </div>
      ) : null}
      {description ? (
        <div className="hs-field__description" id={`${id}-description`}>
          {description}
        </div>
      ) : null}
      {children}
      {validationMessage ? (
        <div
          className={error ? 'hs-field__error' : 'hs-field__message'}
          id={`${id}-message`}
          role={error ? 'alert' : undefined}
        >
          {validationMessage}
        </div>
      ) : null}
    </div>
  );
}

export function describedBy(
  id: string,
  description?: string,
  validationMessage?: string,
): string | undefined {
  const ids = [description ? `${id}-description` : '', validationMessage ? `${id}-message` : ''].filter(
    Boolean,
  );
  return ids.length ? ids.join(' ') : undefined;
}

/**
 * Local state that follows a controlled prop. The card's value reaches the page asynchronously
 * through remote-ui, so the element shows what the person did at once and adopts the card's value
 * when it changes (state adjusted during render, as React recommends, rather than in an effect).
 * `value` must be a primitive (callers pass text forms of dates and times).
 */
export function useFollowedState<T extends string | number | boolean | undefined>(
  value: T | undefined,
  initial: T,
) {
  const [local, setLocal] = useState<T>(value ?? initial);
  const [seen, setSeen] = useState<T | undefined>(value);
  const [dirty, setDirty] = useState(false);
  if (value !== seen) {
    setSeen(value);
    if (value !== undefined && !dirty) setLocal(value);
  }
  return {
    local,
    dirty,
    /** A change by the person, not yet committed with onChange. */
    edit(next: T) {
      setDirty(true);
      setLocal(next);
    },
    /** A change that is reported at once (select, checkbox): nothing left to commit. */
    set(next: T) {
      setLocal(next);
    },
    clean() {
      setDirty(false);
    },
  };
}
