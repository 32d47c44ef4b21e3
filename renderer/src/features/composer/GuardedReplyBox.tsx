import { useMemo, useRef, type ComponentProps, type Ref } from 'react';
import type { GuardFinding } from '../../../../shared/reply-guard';
import { highlightSegments } from '../../ui/highlight-segments';

type TextAreaProps = Omit<ComponentProps<'textarea'>, 'ref' | 'value'>;

interface Props extends TextAreaProps {
  value: string;
  /** The guard's findings (of the text as it was checked a moment ago); their stretches are marked. */
  findings: readonly GuardFinding[];
  /** The finding the seller picked in the list: marked more strongly. */
  activeIndex?: number | null;
  textAreaRef?: Ref<HTMLTextAreaElement>;
}

/**
 * The reply box with the guard's findings marked in the text. A textarea cannot style parts of its
 * text, so it stays a real, transparent-backed textarea (for typing, selection, accessibility and
 * tests) over a mirrored backdrop with the same font, padding, border and wrapping, in which the
 * flagged stretches are `<mark>`s; the backdrop scrolls with the textarea. Only the backdrop's few
 * segments re-render per keystroke (highlightSegments), so a 5,000-character reply types without lag.
 */
export function GuardedReplyBox({ value, findings, activeIndex = null, textAreaRef, onScroll, ...rest }: Props) {
  const backdrop = useRef<HTMLDivElement>(null);
  const segments = useMemo(() => highlightSegments(value, findings), [value, findings]);
  return (
    <div className="guarded-reply">
      <div ref={backdrop} className="guarded-backdrop" aria-hidden="true">
        {segments.map((segment) =>
          segment.marks.length === 0 ? (
            segment.text
          ) : (
            <mark
              key={segment.start}
              className={`guard-mark ${segment.marks.some((i) => findings[i]?.severity === 'block') ? 'block' : 'warn'}${
                activeIndex !== null && segment.marks.includes(activeIndex) ? ' active' : ''
              }`}
              data-rules={[...new Set(segment.marks.map((i) => findings[i]?.rule))].join(' ')}
            >
              {segment.text}
            </mark>
          ),
        )}
        {/* A trailing line break in a textarea opens a new line; the backdrop needs a character to do the same. */}
        {'\n\u200b'}
      </div>
      <textarea
        {...rest}
        ref={textAreaRef}
        value={value}
        onScroll={(event) => {
          if (backdrop.current) {
            backdrop.current.scrollTop = event.currentTarget.scrollTop;
            backdrop.current.scrollLeft = event.currentTarget.scrollLeft;
          }
          onScroll?.(event);
        }}
      />
    </div>
  );
}
