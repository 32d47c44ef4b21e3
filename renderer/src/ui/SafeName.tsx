import { Fragment } from 'react';
import { useT } from './i18n';
import { bidiSegments, checkFileName, hasBidiControls } from './safe-text';
import { messages } from './ui.messages';
import './ui.css';

interface Props {
  /** The name as the marketplace or the disk gave it: a file name, a buyer's name, a topic. */
  text: string;
  /**
   * `file`: shown left to right, so its extension stands at the right end whatever script the
   * name is in, and the note says which extension it really has. `text` (default): shown in its
   * own direction (an Arabic buyer name reads right to left).
   */
  kind?: 'file' | 'text';
}

/**
 * A name from outside shown so it can neither disguise itself nor reorder what stands around it:
 * isolated in a <bdi>, with any hidden direction character shown as a marker (⟪RLO⟫) and a note
 * saying so. An ordinary name renders as its plain text, so accessible names built around it stay
 * as they were. Build aria-labels and titles from neutraliseBidi(), never from the raw name.
 */
export function SafeName({ text, kind = 'text' }: Props) {
  const file = kind === 'file' ? checkFileName(text) : null;
  const hidden = file ? file.hiddenDirection : hasBidiControls(text);
  const realType = file?.extension ? `.${file.extension}` : null;
  const t = useT();
  return (
    <span className={hidden ? 'safe-name hidden-direction' : 'safe-name'}>
      <bdi dir={file ? 'ltr' : undefined}>
        {bidiSegments(text).map((segment, index) => (
          <Fragment key={index}>{segment.control ? <span className="bidi-marker">{segment.text}</span> : segment.text}</Fragment>
        ))}
      </bdi>
      {hidden && (
        <>
          {' '}
          <span
            className="bidi-note"
            title={`${t(messages.hiddenDirectionTitle)}${realType ? ` ${t(messages.realTypeTitle, { type: realType })}` : ''}`}
          >
            <span aria-hidden="true">⚠ </span>
            <span className="visually-hidden">{t(messages.hiddenDirectionSpoken)}</span>
            <span aria-hidden="true">{t(messages.hiddenDirectionNote)}</span>
            {realType && t(messages.realTypeNote, { type: realType })}
          </span>
        </>
      )}
    </span>
  );
}
