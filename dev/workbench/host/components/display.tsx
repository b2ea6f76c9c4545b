// Layout, text, status and container components, as plain accessible HTML styled like HubSpot's.
import { Children, useState, type CSSProperties, type ReactNode } from 'react';
import { useHostText } from '../i18n';
import { FLEX_ALIGN, distance, extensionEvent } from './shared';

interface WithChildren {
  children?: ReactNode;
  testId?: string;
}

export function Flex(
  props: WithChildren & {
    gap?: string;
    direction?: 'row' | 'column';
    justify?: string;
    align?: string;
    alignSelf?: string;
    wrap?: boolean | 'wrap' | 'nowrap';
  },
) {
  const style: CSSProperties = {
    display: 'flex',
    flexDirection: props.direction === 'column' ? 'column' : 'row',
    gap: distance(props.gap, 0),
    justifyContent: FLEX_ALIGN[props.justify ?? 'start'],
    alignItems: props.align ? FLEX_ALIGN[props.align] : undefined,
    alignSelf: props.alignSelf ? FLEX_ALIGN[props.alignSelf] : undefined,
    flexWrap: props.wrap === true || props.wrap === 'wrap' ? 'wrap' : 'nowrap',
  };
  return (
    <div className="hs-flex" style={style} data-testid={props.testId}>
      {props.children}
    </div>
  );
}

export function Inline(props: WithChildren & { gap?: string; justify?: string; align?: string }) {
  return <Flex {...props} direction="row" wrap gap={props.gap ?? 'small'} align={props.align ?? 'center'} />;
}

export function Stack(
  props: WithChildren & { distance?: string; direction?: 'row' | 'column'; align?: string; justify?: string },
) {
  return (
    <Flex
      direction={props.direction ?? 'column'}
      gap={props.distance ?? 'small'}
      align={props.align}
      justify={props.justify}
    >
      {props.children}
    </Flex>
  );
}

export function Box(
  props: WithChildren & { alignSelf?: string; flex?: 'initial' | 'auto' | 'none' | number },
) {
  const flex =
    typeof props.flex === 'number'
      ? props.flex
      : props.flex === 'auto'
        ? '1 1 auto'
        : props.flex === 'none'
          ? 'none'
          : props.flex === 'initial'
            ? '0 1 auto'
            : undefined;
  return (
    <div
      className="hs-box"
      style={{ flex, alignSelf: props.alignSelf ? FLEX_ALIGN[props.alignSelf] : undefined, minWidth: 0 }}
    >
      {props.children}
    </div>
  );
}

export function AutoGrid(props: WithChildren & { columnWidth: number; gap?: string; flexible?: boolean }) {
  return (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: `repeat(auto-fill, minmax(${props.columnWidth}px, 1fr))`,
        gap: distance(props.gap, 8),
      }}
    >
      {props.children}
    </div>
  );
}

export function Spacer(props: { size?: string }) {
  return <div aria-hidden="true" style={{ height: distance(props.size, 16) }} />;
}

export function ButtonRow(props: WithChildren) {
  return <div className="hs-row hs-button-row">{props.children}</div>;
}

export function Text(
  props: WithChildren & {
    variant?: 'bodytext' | 'microcopy';
    inline?: boolean;
    format?: { fontWeight?: string; italic?: boolean; lineDecoration?: string; textTransform?: string };
    truncate?: boolean | object;
  },
) {
  const f = props.format ?? {};
  const style: CSSProperties = {
    fontWeight: f.fontWeight === 'bold' ? 700 : f.fontWeight === 'demibold' ? 600 : undefined,
    fontStyle: f.italic ? 'italic' : undefined,
    textDecoration:
      f.lineDecoration === 'underline'
        ? 'underline'
        : f.lineDecoration === 'strikethrough'
          ? 'line-through'
          : undefined,
    textTransform:
      f.textTransform === 'uppercase' || f.textTransform === 'lowercase' || f.textTransform === 'capitalize'
        ? f.textTransform
        : undefined,
  };
  const className = `hs-text${props.variant === 'microcopy' ? ' hs-text--micro' : ''}${props.truncate ? ' hs-text--truncate' : ''}`;
  return props.inline ? (
    <span className={className} style={style}>
      {props.children}
    </span>
  ) : (
    <p className={className} style={style}>
      {props.children}
    </p>
  );
}

export function Heading(props: WithChildren & { inline?: boolean }) {
  return (
    <h3 className="hs-heading" style={props.inline ? { display: 'inline' } : undefined}>
      {props.children}
    </h3>
  );
}

type Href = string | { url: string; external?: boolean };

export function Link(
  props: WithChildren & {
    href?: Href;
    variant?: string;
    onClick?: (event: unknown) => void;
    preventDefault?: boolean;
  },
) {
  const url = typeof props.href === 'string' ? props.href : props.href?.url;
  return (
    <a
      className={`hs-link hs-link--${props.variant ?? 'primary'}`}
      href={url ?? '#'}
      target={url ? '_blank' : undefined}
      rel="noreferrer"
      onClick={(e) => {
        if (!url || props.preventDefault) e.preventDefault();
        props.onClick?.(extensionEvent('click'));
      }}
    >
      {props.children}
    </a>
  );
}

export function Tag(props: WithChildren & { variant?: string; onClick?: (event: unknown) => void }) {
  const className = `hs-tag hs-tag--${props.variant ?? 'default'}`;
  return props.onClick ? (
    <button type="button" className={className} onClick={() => props.onClick?.(extensionEvent('click'))}>
      {props.children}
    </button>
  ) : (
    <span className={className}>{props.children}</span>
  );
}

export function StatusTag(
  props: WithChildren & {
    variant?: string;
    hollow?: boolean;
    onClick?: () => void;
    showRemoveIcon?: boolean;
    onRemoveClick?: () => void;
  },
) {
  const text = useHostText();
  return (
    <span
      className={`hs-status hs-status--${props.variant ?? 'default'}${props.hollow ? ' hs-status--hollow' : ''}`}
      onClick={props.onClick}
    >
      <span className="hs-status__dot" aria-hidden="true" />
      {props.children}
      {props.showRemoveIcon ? (
        <button
          type="button"
          className="hs-status__remove"
          aria-label={text.remove}
          onClick={props.onRemoveClick}
        >
          ×
        </button>
      ) : null}
    </span>
  );
}

export function Divider(props: { distance?: string; size?: string }) {
  const margin = distance(props.distance ?? props.size, 12);
  return <hr className="hs-divider" style={{ margin: `${margin}px 0` }} />;
}

export function DescriptionList(props: WithChildren & { direction?: 'row' | 'column' }) {
  return <dl className={`hs-dl hs-dl--${props.direction ?? 'row'}`}>{props.children}</dl>;
}

export function DescriptionListItem(props: WithChildren & { label: string }) {
  return (
    <div className="hs-dl__item">
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

export function Alert(
  props: WithChildren & {
    title?: string;
    variant?: 'info' | 'warning' | 'success' | 'error' | 'danger' | 'tip';
  },
) {
  const variant = props.variant ?? 'info';
  const urgent = variant === 'error' || variant === 'danger' || variant === 'warning';
  return (
    <div className={`hs-alert hs-alert--${variant}`} role={urgent ? 'alert' : 'status'}>
      {props.title ? <div className="hs-alert__title">{props.title}</div> : null}
      {props.children ? <div className="hs-alert__body">{props.children}</div> : null}
    </div>
  );
}

export function LoadingSpinner(props: {
  label?: string;
  showLabel?: boolean;
  size?: string;
  layout?: 'inline' | 'centered';
}) {
  const text = useHostText();
  return (
    <div
      className={`hs-spinner-wrap${props.layout === 'centered' ? ' hs-spinner-wrap--centered' : ''}`}
      role="status"
      aria-label={props.label ?? text.loading}
    >
      <span className="hs-spinner" aria-hidden="true" />
      {props.showLabel ? <span>{props.label}</span> : null}
    </div>
  );
}

export function EmptyState(props: WithChildren & { title?: string; flush?: boolean; imageName?: string }) {
  return (
    <section className="hs-state hs-state--empty" aria-label={props.title}>
      <div className="hs-state__art" aria-hidden="true">
        ◌
      </div>
      <div>
        {props.title ? <h3 className="hs-heading">{props.title}</h3> : null}
        {props.children}
      </div>
    </section>
  );
}

export function ErrorState(props: WithChildren & { title?: string; type?: 'error' | 'support' | 'lock' }) {
  return (
    <section className="hs-state hs-state--error" role="alert" aria-label={props.title}>
      <div className="hs-state__art" aria-hidden="true">
        !
      </div>
      <div>
        {props.title ? <h3 className="hs-heading">{props.title}</h3> : null}
        {props.children}
      </div>
    </section>
  );
}

export function Tile(props: WithChildren & { compact?: boolean; flush?: boolean }) {
  return (
    <div
      className={`hs-tile${props.compact ? ' hs-tile--compact' : ''}${props.flush ? ' hs-tile--flush' : ''}`}
    >
      {props.children}
    </div>
  );
}

export function Accordion(
  props: WithChildren & {
    title: string;
    defaultOpen?: boolean;
    open?: boolean;
    disabled?: boolean;
    onClick?: () => void;
  },
) {
  const [open, setOpen] = useState(props.open ?? props.defaultOpen ?? false);
  const isOpen = props.open ?? open;
  return (
    <div className="hs-accordion">
      <button
        type="button"
        className="hs-accordion__toggle"
        aria-expanded={isOpen}
        disabled={props.disabled}
        onClick={() => {
          setOpen(!isOpen);
          props.onClick?.();
        }}
      >
        <span aria-hidden="true">{isOpen ? '▾' : '▸'}</span> {props.title}
      </button>
      {isOpen ? <div className="hs-accordion__body">{props.children}</div> : null}
    </div>
  );
}

export function List(props: WithChildren & { ordered?: boolean; variant?: string }) {
  const items = Children.toArray(props.children).map((child, i) => <li key={i}>{child}</li>);
  return props.ordered ? (
    <ol className="hs-list">{items}</ol>
  ) : (
    <ul className={`hs-list${props.variant === 'unstyled' ? ' hs-list--plain' : ''}`}>{items}</ul>
  );
}

export function Image(props: { src: string; alt?: string; width?: number; height?: number; href?: Href }) {
  return <img src={props.src} alt={props.alt ?? ''} width={props.width} height={props.height} />;
}

export function Icon(props: { name: string; screenReaderText?: string }) {
  return (
    <span
      className="hs-icon"
      role={props.screenReaderText ? 'img' : undefined}
      aria-label={props.screenReaderText}
      aria-hidden={props.screenReaderText ? undefined : true}
    >
      ●
    </span>
  );
}

export function ProgressBar(props: {
  value?: number;
  maxValue?: number;
  title?: string;
  showPercentage?: boolean;
  valueDescription?: string;
}) {
  return (
    <div className="hs-field">
      {props.title ? <div className="hs-field__label">{props.title}</div> : null}
      <progress value={props.value ?? 0} max={props.maxValue ?? 100} aria-label={props.title} />
      {props.valueDescription ? <div className="hs-text--micro">{props.valueDescription}</div> : null}
    </div>
  );
}

export function Statistics(props: WithChildren) {
  return <div className="hs-row hs-statistics">{props.children}</div>;
}

export function StatisticsItem(props: WithChildren & { label: string; number: string | number }) {
  return (
    <div className="hs-statistics__item">
      <div className="hs-text--micro">{props.label}</div>
      <div className="hs-statistics__number">{props.number}</div>
      {props.children}
    </div>
  );
}

export function StatisticsTrend(props: { direction?: 'increase' | 'decrease'; value?: string }) {
  return (
    <span className="hs-text--micro">
      {props.direction === 'decrease' ? '▼' : '▲'} {props.value}
    </span>
  );
}

export function Tooltip(props: WithChildren) {
  return <span className="hs-tooltip">{props.children}</span>;
}

/** Tables: semantic table elements. */
export function Table(
  props: WithChildren & {
    bordered?: boolean;
    flush?: boolean;
    paginated?: boolean;
    pageCount?: number;
    page?: number;
    onPageChange?: (page: number) => void;
  },
) {
  const text = useHostText();
  return (
    <div className="hs-table-wrap">
      <table className={`hs-table${props.bordered === false ? '' : ' hs-table--bordered'}`}>
        {props.children}
      </table>
      {props.paginated && props.pageCount && props.pageCount > 1 ? (
        <nav className="hs-row hs-pager" aria-label={text.pages}>
          {Array.from({ length: props.pageCount }, (_, i) => (
            <button
              key={i}
              type="button"
              className="hs-button hs-button--transparent"
              aria-current={props.page === i + 1 ? 'page' : undefined}
              onClick={() => props.onPageChange?.(i + 1)}
            >
              {i + 1}
            </button>
          ))}
        </nav>
      ) : null}
    </div>
  );
}
export const TableHead = (props: WithChildren) => <thead>{props.children}</thead>;
export const TableBody = (props: WithChildren) => <tbody>{props.children}</tbody>;
export const TableFooter = (props: WithChildren) => <tfoot>{props.children}</tfoot>;
export const TableRow = (props: WithChildren) => <tr>{props.children}</tr>;
export const TableHeader = (props: WithChildren & { align?: 'left' | 'center' | 'right' }) => (
  <th style={{ textAlign: props.align ?? 'left' }}>{props.children}</th>
);
export const TableCell = (
  props: WithChildren & { align?: 'left' | 'center' | 'right'; colSpan?: number },
) => (
  <td style={{ textAlign: props.align ?? 'left' }} colSpan={props.colSpan}>
    {props.children}
  </td>
);
