// The component map handed to remote-ui's controller: every HubSpot component name the card may
// render, mapped to its HTML implementation. A name without an implementation renders a visible
// placeholder (remote-ui's own controller would throw and take the page down).
import { createController, type RemoteReceiver } from '@remote-ui/react/host';
import type { ComponentType, ReactNode } from 'react';
import * as actions from './actions';
import * as display from './display';
import * as inputs from './inputs';
import { useHostText } from '../i18n';
import { RemoteSettleContext } from './actions';

// Component props arrive from the card untyped; each implementation declares what it reads.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyComponent = ComponentType<any>;

const implementations: Record<string, AnyComponent> = {
  ...inputs,
  Textarea: inputs.TextArea,
  CurrencyInput: inputs.NumberInput,
  StepperInput: inputs.NumberInput,
  ...display,
  Card: display.Box,
  Form: actions.Form,
  Button: actions.Button,
  LoadingButton: actions.LoadingButton,
  Panel: actions.Panel,
  PanelBody: actions.PanelBody,
  PanelSection: actions.PanelSection,
  PanelFooter: actions.PanelFooter,
  Modal: actions.Modal,
  ModalBody: actions.ModalBody,
  ModalFooter: actions.ModalFooter,
};

/** Components that put `testId` on their own element (the input, the button). */
const RENDER_OWN_TEST_ID = new Set([
  'Input',
  'TextArea',
  'Textarea',
  'SearchInput',
  'Flex',
  'Button',
  'LoadingButton',
]);
const TABLE_PARTS = new Set([
  'TableHead',
  'TableBody',
  'TableFooter',
  'TableRow',
  'TableHeader',
  'TableCell',
]);

/**
 * HubSpot's `testId` prop becomes `data-testid` (Playwright's getByTestId). Components that do not
 * place it themselves get a layout-neutral wrapper (`display: contents`).
 */
function withTestId(name: string, Implementation: AnyComponent): AnyComponent {
  if (RENDER_OWN_TEST_ID.has(name) || TABLE_PARTS.has(name)) return Implementation;
  function WithTestId(props: { testId?: string }) {
    if (!props.testId) return <Implementation {...props} />;
    return (
      <div data-testid={props.testId} style={{ display: 'contents' }}>
        <Implementation {...props} />
      </div>
    );
  }
  WithTestId.displayName = `WithTestId(${name})`;
  return WithTestId;
}

export const hubSpotComponents: Record<string, AnyComponent> = Object.fromEntries(
  Object.entries(implementations).map(([name, Implementation]) => [name, withTestId(name, Implementation)]),
);

const placeholders = new Map<string, AnyComponent>();

/** What an unmapped component renders: its name, visibly, and its children. */
export function placeholderFor(name: string): AnyComponent {
  let placeholder = placeholders.get(name);
  if (!placeholder) {
    placeholder = function UnsupportedComponent(props: { children?: ReactNode }) {
      const text = useHostText();
      return (
        <div className="hs-unsupported" role="note" data-component={name}>
          <div className="hs-unsupported__name">{text.unsupported(name)}</div>
          {props.children}
        </div>
      );
    };
    placeholders.set(name, placeholder);
  }
  return placeholder;
}

export function createCardController(receiver: RemoteReceiver) {
  const base = createController(hubSpotComponents, {
    renderComponent(componentProps, { renderDefault }) {
      if (componentProps.component.type !== 'Form') return renderDefault();
      // Forms read their newest props straight from the receiver at submit time (see actions.tsx).
      const settle = {
        settle: async () => {
          await new Promise((resolve) => setTimeout(resolve, 0));
          await receiver.flush();
        },
        latestProps: () =>
          (receiver.attached.get(componentProps.component) as { props?: Record<string, unknown> } | null)
            ?.props,
      };
      return (
        <RemoteSettleContext.Provider key={componentProps.key} value={settle}>
          {renderDefault()}
        </RemoteSettleContext.Provider>
      );
    },
  });
  return {
    renderer: base.renderer,
    get(type: string | { toString(): string }) {
      const name = String(type);
      return hubSpotComponents[name] ?? placeholderFor(name);
    },
  };
}
