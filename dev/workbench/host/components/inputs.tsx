// Form fields: Input, TextArea, NumberInput, DateInput, TimeInput, Select, MultiSelect, Toggle,
// Checkbox, RadioButton, ToggleGroup. Semantics follow @hubspot/ui-extensions 0.17 prop types:
// onInput per keystroke, onChange on commit (blur or form submit), value controlled when given.
import { useId, type ReactNode } from 'react';
import { useHostText } from '../i18n';
import { FieldShell, describedBy, useCommitOnSubmit, useFollowedState } from './shared';

interface BaseFieldProps<T, V = T> {
  label?: string;
  name?: string;
  value?: T;
  defaultValue?: T;
  required?: boolean;
  readOnly?: boolean;
  description?: string;
  tooltip?: string;
  placeholder?: string;
  error?: boolean;
  validationMessage?: string;
  onChange?: (value: V) => void;
  onInput?: (value: V) => void;
  onBlur?: (value: V) => void;
  onFocus?: (value: V) => void;
  testId?: string;
}

function TextField({
  multiline,
  type,
  rows,
  maxLength,
  ...props
}: BaseFieldProps<string> & { multiline?: boolean; type?: string; rows?: number; maxLength?: number }) {
  const id = useId();
  const {
    local: draft,
    dirty,
    edit,
    clean,
  } = useFollowedState<string>(props.value, props.defaultValue ?? '');
  // onChange runs once per edit: on blur, or when the form is submitted.
  const commit = () => {
    if (!dirty) return;
    clean();
    props.onChange?.(draft);
  };
  useCommitOnSubmit(commit);
  const common = {
    id,
    name: props.name,
    value: draft,
    placeholder: props.placeholder,
    readOnly: props.readOnly,
    required: props.required,
    maxLength,
    'aria-invalid': props.error || undefined,
    'aria-describedby': describedBy(id, props.description, props.validationMessage),
    'data-testid': props.testId,
    className: 'hs-input',
    onFocus: () => props.onFocus?.(draft),
    onBlur: () => {
      commit();
      props.onBlur?.(draft);
    },
  };
  return (
    <FieldShell id={id} {...props}>
      {multiline ? (
        <textarea
          {...common}
          rows={rows ?? 3}
          onChange={(e) => {
            edit(e.target.value);
            props.onInput?.(e.target.value);
          }}
        />
      ) : (
        <input
          {...common}
          type={type === 'password' ? 'password' : type === 'search' ? 'search' : 'text'}
          onChange={(e) => {
            edit(e.target.value);
            props.onInput?.(e.target.value);
          }}
        />
      )}
    </FieldShell>
  );
}

export function Input(props: BaseFieldProps<string> & { type?: 'text' | 'password' }) {
  return <TextField {...props} />;
}

export function SearchInput(props: BaseFieldProps<string>) {
  return <TextField {...props} type="search" />;
}

export function TextArea(props: BaseFieldProps<string> & { rows?: number; maxLength?: number }) {
  return <TextField {...props} multiline />;
}

export function NumberInput(
  props: BaseFieldProps<number> & { min?: number; max?: number; precision?: number; stepSize?: number },
) {
  const id = useId();
  const {
    local: draft,
    dirty,
    edit,
    clean,
  } = useFollowedState<string>(
    props.value !== undefined ? String(props.value) : undefined,
    props.defaultValue !== undefined ? String(props.defaultValue) : '',
  );
  const commit = () => {
    if (!dirty) return;
    clean();
    props.onChange?.(draft === '' ? Number.NaN : Number(draft));
  };
  useCommitOnSubmit(commit);
  return (
    <FieldShell id={id} {...props}>
      <input
        id={id}
        className="hs-input"
        type="number"
        name={props.name}
        value={draft}
        min={props.min}
        max={props.max}
        step={props.stepSize ?? (props.precision ? 1 / 10 ** props.precision : 'any')}
        readOnly={props.readOnly}
        placeholder={props.placeholder}
        aria-invalid={props.error || undefined}
        aria-describedby={describedBy(id, props.description, props.validationMessage)}
        onChange={(e) => {
          edit(e.target.value);
          if (e.target.value !== '') props.onInput?.(Number(e.target.value));
        }}
        onBlur={() => {
          commit();
          props.onBlur?.(Number(draft));
        }}
      />
    </FieldShell>
  );
}

interface BaseDate {
  year: number;
  month: number;
  date: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function dateToIso(value: BaseDate | null | undefined): string {
  return value ? `${pad(value.year, 4)}-${pad(value.month + 1)}-${pad(value.date)}` : '';
}

function isoToDate(iso: string): BaseDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? { year: Number(m[1]), month: Number(m[2]) - 1, date: Number(m[3]) } : null;
}

/** DateInput: value `{ year, month (0-based), date }`, a native date picker. */
export function DateInput(props: BaseFieldProps<BaseDate | null> & { min?: BaseDate; max?: BaseDate }) {
  const id = useId();
  const { local: draft, set: setDraft } = useFollowedState<string>(
    props.value !== undefined ? dateToIso(props.value) : undefined,
    dateToIso(props.defaultValue),
  );
  const payload = (iso: string) => {
    const value = isoToDate(iso);
    return value ? { ...value, formattedDate: iso } : null;
  };
  return (
    <FieldShell id={id} {...props}>
      <input
        id={id}
        className="hs-input hs-input--date"
        type="date"
        name={props.name}
        value={draft}
        min={props.min ? dateToIso(props.min) : undefined}
        max={props.max ? dateToIso(props.max) : undefined}
        readOnly={props.readOnly}
        aria-invalid={props.error || undefined}
        aria-describedby={describedBy(id, props.description, props.validationMessage)}
        onChange={(e) => {
          setDraft(e.target.value);
          // A date picker commits a whole date at once; an emptied field commits null.
          (props.onChange as ((v: unknown) => void) | undefined)?.(payload(e.target.value));
        }}
        onBlur={() => (props.onBlur as ((v: unknown) => void) | undefined)?.(payload(draft))}
      />
    </FieldShell>
  );
}

interface BaseTime {
  hours: number;
  minutes: number;
}

/** TimeInput: value `{ hours, minutes }`, a native time field stepping by `interval` minutes. */
export function TimeInput(
  props: BaseFieldProps<BaseTime | null> & { interval?: number; min?: BaseTime; max?: BaseTime },
) {
  const id = useId();
  const toText = (t: BaseTime | null | undefined) => (t ? `${pad(t.hours)}:${pad(t.minutes)}` : '');
  const { local: draft, set: setDraft } = useFollowedState<string>(
    props.value !== undefined ? toText(props.value) : undefined,
    toText(props.defaultValue),
  );
  const parse = (text: string): BaseTime | null => {
    const m = /^(\d{2}):(\d{2})/.exec(text);
    return m ? { hours: Number(m[1]), minutes: Number(m[2]) } : null;
  };
  return (
    <FieldShell id={id} {...props}>
      <input
        id={id}
        className="hs-input hs-input--time"
        type="time"
        name={props.name}
        value={draft}
        step={props.interval ? props.interval * 60 : 60}
        min={toText(props.min) || undefined}
        max={toText(props.max) || undefined}
        readOnly={props.readOnly}
        aria-invalid={props.error || undefined}
        aria-describedby={describedBy(id, props.description, props.validationMessage)}
        onChange={(e) => {
          setDraft(e.target.value);
          (props.onChange as ((v: unknown) => void) | undefined)?.(parse(e.target.value));
        }}
        onBlur={() => (props.onBlur as ((v: unknown) => void) | undefined)?.(parse(draft))}
      />
    </FieldShell>
  );
}

type OptionValue = string | number | boolean;
interface SelectOption {
  label: string;
  value: OptionValue;
}

export function Select(
  props: Omit<BaseFieldProps<OptionValue>, 'onInput'> & {
    options?: SelectOption[];
    onInput?: (value: string) => void;
  },
) {
  const id = useId();
  const text = useHostText();
  const options = props.options ?? [];
  // Shown at once; the card's controlled value arrives asynchronously and then wins.
  const { local: selected, set: setUncontrolled } = useFollowedState<OptionValue | undefined>(
    props.value,
    props.defaultValue,
  );
  const index = options.findIndex((o) => String(o.value) === String(selected));
  return (
    <FieldShell id={id} {...props}>
      <select
        id={id}
        className="hs-input hs-select"
        name={props.name}
        value={index >= 0 ? String(index) : ''}
        disabled={props.readOnly}
        required={props.required}
        aria-invalid={props.error || undefined}
        aria-describedby={describedBy(id, props.description, props.validationMessage)}
        onChange={(e) => {
          const option = options[Number(e.target.value)];
          if (!option) return;
          setUncontrolled(option.value);
          props.onChange?.(option.value);
          props.onInput?.(String(option.value));
        }}
      >
        {index < 0 ? (
          <option value="" disabled>
            {props.placeholder ?? text.selectAnOption}
          </option>
        ) : null}
        {options.map((option, i) => (
          <option key={`${i}-${String(option.value)}`} value={String(i)}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** MultiSelect as a labelled group of checkboxes (HubSpot's is a dropdown of checkboxes). */
export function MultiSelect(
  props: Omit<BaseFieldProps<OptionValue[]>, 'onInput'> & { options?: SelectOption[] },
) {
  const id = useId();
  const text = useHostText();
  const options = props.options ?? [];
  // Arrays are followed through a JSON key; the prop is a new array whenever the card sends one.
  const { local: selectedKey, set: setSelectedKey } = useFollowedState<string>(
    props.value !== undefined ? JSON.stringify(props.value) : undefined,
    JSON.stringify(props.defaultValue ?? []),
  );
  const selected = JSON.parse(selectedKey) as OptionValue[];
  const setUncontrolled = (next: OptionValue[]) => setSelectedKey(JSON.stringify(next));
  const isSelected = (v: OptionValue) => selected.some((s) => String(s) === String(v));
  const toggle = (v: OptionValue, on: boolean) => {
    const next = on
      ? [...selected.filter((s) => String(s) !== String(v)), v]
      : selected.filter((s) => String(s) !== String(v));
    setUncontrolled(next);
    props.onChange?.(next);
  };
  return (
    <fieldset
      className={`hs-field hs-multiselect${props.error ? ' hs-field--error' : ''}`}
      aria-describedby={describedBy(id, props.description, props.validationMessage)}
      aria-invalid={props.error || undefined}
    >
      {props.label ? (
        <legend className="hs-field__label">
          {props.label}
          {props.required ? (
            <span className="hs-field__required" aria-hidden="true">
              {' '}
              *
            </span>
          ) : null}
        </legend>
      ) : null}
      {props.description ? (
        <div className="hs-field__description" id={`${id}-description`}>
          {props.description}
        </div>
      ) : null}
      <div className="hs-multiselect__options">
        {options.length === 0 ? (
          <span className="hs-muted">{props.placeholder ?? text.noOptions}</span>
        ) : null}
        {options.map((option, i) => (
          <label key={`${i}-${String(option.value)}`} className="hs-check">
            <input
              type="checkbox"
              checked={isSelected(option.value)}
              disabled={props.readOnly}
              onChange={(e) => toggle(option.value, e.target.checked)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {props.validationMessage ? (
        <div
          className={props.error ? 'hs-field__error' : 'hs-field__message'}
          id={`${id}-message`}
          role={props.error ? 'alert' : undefined}
        >
          {props.validationMessage}
        </div>
      ) : null}
    </fieldset>
  );
}

interface CheckProps {
  value?: string;
  checked?: boolean;
  initialIsChecked?: boolean;
  readOnly?: boolean;
  readonly?: boolean;
  description?: string;
  name?: string;
  inline?: boolean;
  children?: ReactNode;
  onChange?: (checked: boolean, value: string) => void;
  'aria-label'?: string;
}

function useChecked(checked: boolean | undefined, initial: boolean | undefined) {
  const { local, set } = useFollowedState<boolean>(checked, initial ?? false);
  return [local, set] as const;
}

function CheckLike({ kind, ...props }: CheckProps & { kind: 'checkbox' | 'radio' }) {
  const [checked, setChecked] = useChecked(props.checked, props.initialIsChecked);
  return (
    <label className={`hs-check${props.inline ? ' hs-check--inline' : ''}`}>
      <input
        type={kind}
        name={props.name}
        value={props.value}
        checked={checked}
        aria-label={props['aria-label']}
        disabled={props.readOnly ?? props.readonly}
        onChange={(e) => {
          setChecked(e.target.checked);
          props.onChange?.(e.target.checked, props.value ?? '');
        }}
      />
      <span>
        {props.children}
        {props.description ? <span className="hs-field__description">{props.description}</span> : null}
      </span>
    </label>
  );
}

export function Checkbox(props: CheckProps) {
  return <CheckLike {...props} kind="checkbox" />;
}

export function RadioButton(props: CheckProps) {
  return <CheckLike {...props} kind="radio" />;
}

export function Toggle(props: {
  label: string;
  checked?: boolean;
  initialIsChecked?: boolean;
  readOnly?: boolean;
  readonly?: boolean;
  name?: string;
  labelDisplay?: 'inline' | 'top' | 'hidden';
  textChecked?: string;
  textUnchecked?: string;
  onChange?: (checked: boolean) => void;
}) {
  const id = useId();
  const [checked, setChecked] = useChecked(props.checked, props.initialIsChecked);
  const labelHidden = props.labelDisplay === 'hidden';
  return (
    <div className={`hs-toggle${props.labelDisplay === 'top' ? ' hs-toggle--top' : ''}`}>
      <label htmlFor={id} className={labelHidden ? 'hs-sr-only' : 'hs-toggle__label'}>
        {props.label}
      </label>
      <input
        id={id}
        type="checkbox"
        role="switch"
        className="hs-toggle__switch"
        name={props.name}
        checked={checked}
        aria-checked={checked}
        disabled={props.readOnly ?? props.readonly}
        onChange={(e) => {
          setChecked(e.target.checked);
          props.onChange?.(e.target.checked);
        }}
      />
      {props.textChecked || props.textUnchecked ? (
        <span className="hs-muted">{checked ? props.textChecked : props.textUnchecked}</span>
      ) : null}
    </div>
  );
}

interface ToggleGroupOption {
  label: string;
  value: string;
  initialIsChecked?: boolean;
  readOnly?: boolean;
  description?: string;
}

export function ToggleGroup(props: {
  toggleType?: 'checkboxList' | 'radioButtonList';
  name: string;
  label: string;
  options: ToggleGroupOption[];
  value?: string | string[];
  required?: boolean;
  error?: boolean;
  validationMessage?: string;
  inline?: boolean;
  onChange?: (value: string | string[]) => void;
}) {
  const radio = props.toggleType === 'radioButtonList';
  const initial =
    props.value ??
    (radio
      ? (props.options.find((o) => o.initialIsChecked)?.value ?? '')
      : props.options.filter((o) => o.initialIsChecked).map((o) => o.value));
  const { local: localKey, set: setLocalKey } = useFollowedState<string>(
    props.value !== undefined ? JSON.stringify(props.value) : undefined,
    JSON.stringify(initial),
  );
  const local = JSON.parse(localKey) as string | string[];
  const setLocal = (next: string | string[]) => setLocalKey(JSON.stringify(next));
  const isOn = (v: string) => (Array.isArray(local) ? local.includes(v) : local === v);
  const change = (v: string, on: boolean) => {
    const next = radio
      ? v
      : on
        ? [...(Array.isArray(local) ? local : []), v]
        : (Array.isArray(local) ? local : []).filter((x) => x !== v);
    setLocal(next);
    props.onChange?.(next);
  };
  return (
    <fieldset
      className={`hs-field${props.error ? ' hs-field--error' : ''}`}
      aria-invalid={props.error || undefined}
    >
      <legend className="hs-field__label">
        {props.label}
        {props.required ? (
          <span className="hs-field__required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </legend>
      <div className={props.inline ? 'hs-row' : 'hs-column'}>
        {props.options.map((option) => (
          <label key={option.value} className="hs-check">
            <input
              type={radio ? 'radio' : 'checkbox'}
              name={props.name}
              value={option.value}
              checked={isOn(option.value)}
              disabled={option.readOnly}
              onChange={(e) => change(option.value, e.target.checked)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {props.validationMessage ? (
        <div
          className={props.error ? 'hs-field__error' : 'hs-field__message'}
          role={props.error ? 'alert' : undefined}
        >
          {props.validationMessage}
        </div>
      ) : null}
    </fieldset>
  );
}
