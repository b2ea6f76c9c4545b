// Mounts the card's captured render callback into a fresh remote-ui root and renders that root's
// tree with react-dom. A new context (user, locale, zone, contact) mounts a fresh root, as HubSpot
// does when the record or the user changes.
import { createRemoteReceiver, RemoteRenderer } from '@remote-ui/react/host';
import { createRemoteRoot, createRoot } from '@remote-ui/react';
import { Component, useEffect, useMemo, type ReactNode } from 'react';
import { OverlayHost } from '../components/actions';
import { createCardController } from '../components';
import { cardBridge, type CardApi } from '../card-bridge';

class CardErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    if (this.state.error) {
      return (
        <div className="hs-alert hs-alert--danger" role="alert">
          <div className="hs-alert__title">The card crashed</div>
          <div className="hs-alert__body">{this.state.error.message}</div>
        </div>
      );
    }
    return this.props.children;
  }
}

export function CardFrame({ api }: { api: CardApi }) {
  const mounted = useMemo(() => {
    const render = cardBridge.renderCallback();
    if (!render) return null;
    cardBridge.setApi(api);
    void cardBridge.refreshPropertyListeners(true);
    const receiver = createRemoteReceiver();
    const root = createRemoteRoot(receiver.receive);
    const reactRoot = createRoot(root);
    let error: Error | null = null;
    try {
      reactRoot.render(render(api));
      void root.mount();
    } catch (e) {
      error = e instanceof Error ? e : new Error(String(e));
    }
    return { receiver, reactRoot, controller: createCardController(receiver), error };
  }, [api]);

  useEffect(() => () => mounted?.reactRoot.unmount(), [mounted]);

  if (!mounted) {
    return (
      <div className="hs-alert hs-alert--danger" role="alert">
        <div className="hs-alert__title">No card</div>
        <div className="hs-alert__body">The card module did not call hubspot.extend().</div>
      </div>
    );
  }
  if (mounted.error) {
    return (
      <div className="hs-alert hs-alert--danger" role="alert">
        <div className="hs-alert__title">The card crashed</div>
        <div className="hs-alert__body">{mounted.error.message}</div>
      </div>
    );
  }
  return (
    <CardErrorBoundary>
      <OverlayHost>
        <div className="hs-card-root">
          <RemoteRenderer receiver={mounted.receiver} controller={mounted.controller} />
        </div>
      </OverlayHost>
    </CardErrorBoundary>
  );
}
