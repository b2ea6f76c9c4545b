// The bridge meter against a real remote-ui root and receiver (no browser needed: both are plain JS).
import { createRemoteReceiver, createRemoteRoot } from '@remote-ui/core';
import { createBridgeMeter, serializedMessageBytes } from './bridge-meter';

const RPC_ID = '00000000000000-11111111111111-22222222222222-33333333333333';

describe('serializedMessageBytes', () => {
  test('is the UTF-8 length of the rpc message: FUNCTION_APPLY, call id, receive id, then the action', () => {
    const bytes = serializedMessageBytes(4, ['7', { value: 'Reunião' }]);
    const expected = `[5,["${RPC_ID}","${RPC_ID}",[4,"7",{"value":"Reunião"}]]]`;
    // "ã" is two bytes in UTF-8.
    expect(bytes).toBe(expected.length + 1);
    expect(bytes).toBe(Buffer.byteLength(expected));
  });

  test('counts a function as the reference rpc sends for it, not as its source', () => {
    const withHandler = serializedMessageBytes(4, ['7', { onInput: () => 'a long function body' }]);
    expect(withHandler).toBe(
      Buffer.byteLength(`[5,["${RPC_ID}","${RPC_ID}",[4,"7",{"onInput":{"_@f":"${RPC_ID}"}}]]]`),
    );
  });

  test('counts a message with a cycle instead of throwing', () => {
    const props: Record<string, unknown> = { label: 'x' };
    props.self = props;
    expect(serializedMessageBytes(4, ['7', props])).toBeGreaterThan(0);
  });
});

describe('createBridgeMeter', () => {
  const owners = Array.from({ length: 1_000 }, (_, i) => ({ label: `Rep ${i}`, value: String(900_000 + i) }));

  function mountedSelect() {
    const meter = createBridgeMeter();
    const receiver = createRemoteReceiver();
    const root = createRemoteRoot(meter.wrap(receiver.receive));
    const select = root.createComponent('MultiSelect', { label: 'Attendees', options: owners, value: [] });
    root.append(select);
    return { meter, receiver, root, select };
  }

  test('counts every message the card sends and still delivers it to the receiver', async () => {
    const { meter, receiver, root, select } = mountedSelect();
    await root.mount();
    const mounted = meter.totals();
    expect(mounted.messages).toBe(1);
    // The mount carries the whole option list.
    expect(mounted.byAction.mount).toBeGreaterThan(Buffer.byteLength(JSON.stringify(owners)));
    expect(mounted.largest).toBe(mounted.bytes);

    select.updateProps({ value: ['900001'] });
    const updated = meter.totals();
    expect(updated.messages).toBe(2);
    expect(updated.byAction.updateProps).toBe(serializedMessageBytes(4, [select.id, { value: ['900001'] }]));
    expect(updated.bytes).toBe(mounted.bytes + (updated.byAction.updateProps ?? 0));
    // The receiver got it: the host renders the new value.
    await receiver.flush();
    const attached = receiver.attached.get(select) as { props: { value: string[] } } | null;
    expect(attached?.props.value).toEqual(['900001']);
  });

  test('an option list handed over again is sent again in full, even with the same contents', async () => {
    // Why the card must memoize its option lists: @remote-ui/core 2.2.7 re-sends any array of
    // objects passed to updateProps (its element-by-element comparison always finds objects changed),
    // and the React reconciler passes a prop whenever its identity changed.
    const { meter, root, select } = mountedSelect();
    await root.mount();
    const before = meter.totals().bytes;
    select.updateProps({ options: owners.map((o) => ({ ...o })) });
    const resent = meter.totals().bytes - before;
    expect(resent).toBeGreaterThan(Buffer.byteLength(JSON.stringify(owners)));
    // An unchanged text prop costs nothing.
    select.updateProps({ label: 'Attendees' });
    expect(meter.totals().bytes - before).toBe(resent);
  });

  test('reset starts the count again', async () => {
    const { meter, root } = mountedSelect();
    await root.mount();
    meter.reset();
    expect(meter.totals()).toEqual({ messages: 0, bytes: 0, byAction: {}, largest: 0 });
  });
});
