// Mounts the card's captured render callback into a fresh remote-ui root and renders that root's
// tree with react-dom. A new context (user, locale, zone, contact) mounts a fresh root, as HubSpot
// does when the record or the user changes. Every message the card sends goes through the bridge
// meter (see bridge-meter.ts), which counts the bytes HubSpot's worker would post.
import { createRemoteReceiver, RemoteRenderer } from '@remote-ui/react/host';
import { createRemoteRoot, createRoot } from '@remote-ui/react';
import { Component, useEffect, useMemo, type ReactNode } from 'react';
import { OverlayHost } from '../components/actions';
import { createCardController } from '../components';
import { cardBridge, type CardApi } from '../card-bridge';
import { HostTextContext, hostText, useHostText } from '../i18n';

function CardCrashed({ message }: { message: string }) {
  const text = useHostText();
  return (
    <div className="hs-alert hs-alert--danger" role="alert">
      <div className="hs-alert__title">{text.cardCrashed}</div>
      <div className="hs-alert__body">{message}</div>
    </div>
  );
}

class CardErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    if (this.state.error) return <CardCrashed message={this.state.error.message} />;
    return this.props.children;
  }
}

export function CardFrame({ api }: { api: CardApi }) {
  const mounted = useMemo(() => {
    const render = cardBridge.renderCallback();
    if (!render) return null;
    cardBridge.setApi(api);
    void cardBridge.refreshPropertyListeners(true);
    cardBridge.meter.reset();
    const receiver = createRemoteReceiver();
    const root = createRemoteRoot(cardBridge.meter.wrap(receiver.receive));
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

  const text = hostText(api.context.user.locale);
  let content: ReactNode;
  if (!mounted) {
    content = (
      <div className="hs-alert hs-alert--danger" role="alert">
        <div className="hs-alert__title">{text.noCard}</div>
        <div className="hs-alert__body">{text.noCardBody}</div>
      </div>
    );
  } else if (mounted.error) {
    content = <CardCrashed message={mounted.error.message} />;
  } else {
    content = (
      <CardErrorBoundary>
        <OverlayHost>
          <div className="hs-card-root">
            <RemoteRenderer receiver={mounted.receiver} controller={mounted.controller} />
          </div>
        </OverlayHost>
      </CardErrorBoundary>
    );
  }
  return <HostTextContext.Provider value={text}>{content}</HostTextContext.Provider>;
}
