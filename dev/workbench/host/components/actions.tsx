// Interactive containers: Form, Button, LoadingButton, and the overlays (Panel, Modal) that a
// button's `overlay` prop or an event's `reactions` open.
import {
  createContext,
  useContext,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useHostText } from '../i18n';
import {
  FormRegistryContext,
  OverlayContext,
  extensionEvent,
  reactionsFor,
  type FormRegistry,
} from './shared';

/**
 * How a Form reaches the newest props the card sent. The card's state changes (from the onChange
 * commits that run at submit time) reach the page asynchronously through remote-ui, so the Form waits
 * for them to settle and then calls the newest onSubmit rather than the one it rendered with.
 */
export interface RemoteSettle {
  settle(): Promise<void>;
  latestProps(): Record<string, unknown> | undefined;
}
export const RemoteSettleContext = createContext<RemoteSettle | null>(null);

type Handler = (event: unknown, reactions: unknown) => void | Promise<void>;

function collectValues(form: HTMLFormElement): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  new FormData(form).forEach((value, key) => {
    if (typeof value === 'string') values[key] = value;
  });
  return values;
}

export function Form(props: {
  children?: ReactNode;
  onSubmit?: Handler;
  preventDefault?: boolean;
  autoComplete?: 'on' | 'off';
}) {
  const commits = useRef(new Set<() => void>());
  const registry = useMemo<FormRegistry>(
    () => ({
      register(commit) {
        commits.current.add(commit);
        return () => commits.current.delete(commit);
      },
    }),
    [],
  );
  const remote = useContext(RemoteSettleContext);
  const overlays = useContext(OverlayContext);
  const latest = useRef(props);
  latest.current = props;
  const submitting = useRef(false);
  return (
    <FormRegistryContext.Provider value={registry}>
      <form
        className="hs-form"
        noValidate
        autoComplete={props.autoComplete}
        onSubmit={async (e) => {
          // A HubSpot form never navigates the page.
          e.preventDefault();
          if (submitting.current) return;
          submitting.current = true;
          try {
            const values = collectValues(e.currentTarget);
            commits.current.forEach((commit) => commit());
            await remote?.settle();
            const onSubmit =
              (remote?.latestProps()?.onSubmit as Handler | undefined) ?? latest.current.onSubmit;
            await onSubmit?.(extensionEvent('submit', { targetValue: values }), reactionsFor(overlays));
          } finally {
            submitting.current = false;
          }
        }}
      >
        {props.children}
      </form>
    </FormRegistryContext.Provider>
  );
}

interface ButtonProps {
  children?: ReactNode;
  onClick?: Handler;
  href?: string | { url: string; external?: boolean };
  disabled?: boolean;
  variant?: 'primary' | 'secondary' | 'destructive' | 'transparent';
  type?: 'button' | 'reset' | 'submit';
  size?: string;
  overlay?: ReactNode;
  loading?: boolean;
  testId?: string;
}

/** A Button's overlay (Panel/Modal) opens when the button is clicked and closes itself. */
const OwnedOverlayContext = createContext<{ open: boolean; close: () => void } | null>(null);

function ButtonBase(props: ButtonProps & { loadingCapable?: boolean }) {
  const overlays = useContext(OverlayContext);
  const [overlayOpen, setOverlayOpen] = useState(false);
  const size =
    props.size === 'xs' || props.size === 'extra-small'
      ? ' hs-button--xs'
      : props.size === 'sm' || props.size === 'small'
        ? ' hs-button--sm'
        : '';
  const className = `hs-button hs-button--${props.variant ?? 'secondary'}${size}`;
  const url = typeof props.href === 'string' ? props.href : props.href?.url;
  const busy = Boolean(props.loadingCapable && props.loading);
  const click = () => {
    if (props.overlay) setOverlayOpen(true);
    void props.onClick?.(extensionEvent('click'), reactionsFor(overlays));
  };
  const content = (
    <>
      {busy ? <span className="hs-spinner hs-spinner--button" aria-hidden="true" /> : null}
      <span>{props.children}</span>
    </>
  );
  return (
    <>
      {url ? (
        <a
          className={className}
          href={url}
          target="_blank"
          rel="noreferrer"
          onClick={click}
          data-testid={props.testId}
        >
          {content}
        </a>
      ) : (
        <button
          // A submit button submits its Form natively; onClick still runs, as in HubSpot.
          type={props.type ?? 'button'}
          className={className}
          disabled={props.disabled || busy}
          aria-busy={busy || undefined}
          onClick={click}
          data-testid={props.testId}
        >
          {content}
        </button>
      )}
      {props.overlay ? (
        <OwnedOverlayContext.Provider value={{ open: overlayOpen, close: () => setOverlayOpen(false) }}>
          {props.overlay}
        </OwnedOverlayContext.Provider>
      ) : null}
    </>
  );
}

export function Button(props: ButtonProps) {
  return <ButtonBase {...props} />;
}

export function LoadingButton(props: ButtonProps) {
  return <ButtonBase {...props} loadingCapable />;
}

function Overlay(props: {
  id: string;
  title?: string;
  children?: ReactNode;
  onOpen?: () => void;
  onClose?: () => void;
  kind: 'panel' | 'modal';
  'aria-label'?: string;
  width?: string;
}) {
  const overlays = useContext(OverlayContext);
  const owned = useContext(OwnedOverlayContext);
  const open = (owned?.open ?? false) || overlays.isOpen(props.id);
  const titleId = useId();
  const text = useHostText();
  const wasOpen = useRef(false);
  useEffect(() => {
    if (open && !wasOpen.current) props.onOpen?.();
    if (!open && wasOpen.current) props.onClose?.();
    wasOpen.current = open;
  });
  if (!open) return null;
  const close = () => {
    owned?.close();
    overlays.close(props.id);
  };
  return (
    <div className="hs-overlay" role="presentation" onKeyDown={(e) => e.key === 'Escape' && close()}>
      <div
        className={`hs-overlay__dialog hs-overlay__dialog--${props.kind} hs-overlay__dialog--${props.width ?? 'md'}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={props.title ? titleId : undefined}
        aria-label={props.title ? undefined : props['aria-label']}
      >
        <div className="hs-overlay__header">
          <h2 id={titleId}>{props.title}</h2>
          <button type="button" className="hs-overlay__close" aria-label={text.close} onClick={close}>
            ×
          </button>
        </div>
        <div className="hs-overlay__content">{props.children}</div>
      </div>
    </div>
  );
}

export function Panel(props: {
  id: string;
  title?: string;
  children?: ReactNode;
  onOpen?: () => void;
  onClose?: () => void;
  width?: string;
  'aria-label'?: string;
}) {
  return <Overlay {...props} kind="panel" />;
}
export function Modal(props: {
  id: string;
  title?: string;
  children?: ReactNode;
  onOpen?: () => void;
  onClose?: () => void;
  width?: string;
  'aria-label'?: string;
}) {
  return <Overlay {...props} kind="modal" />;
}
export const PanelBody = (props: { children?: ReactNode }) => (
  <div className="hs-overlay__body">{props.children}</div>
);
export const PanelSection = (props: { children?: ReactNode }) => (
  <section className="hs-overlay__section">{props.children}</section>
);
export const PanelFooter = (props: { children?: ReactNode }) => (
  <div className="hs-overlay__footer">{props.children}</div>
);
export const ModalBody = PanelBody;
export const ModalFooter = PanelFooter;

/** The page-level registry of open overlays, for the `reactions` passed to handlers. */
export function OverlayHost({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState<string[]>([]);
  const control = useMemo(
    () => ({
      isOpen: (id: string) => open.includes(id),
      open: (id: string) => setOpen((ids) => (ids.includes(id) ? ids : [...ids, id])),
      close: (id: string) => setOpen((ids) => ids.filter((x) => x !== id)),
    }),
    [open],
  );
  return <OverlayContext.Provider value={control}>{children}</OverlayContext.Provider>;
}
