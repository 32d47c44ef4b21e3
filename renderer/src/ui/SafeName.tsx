import { Fragment } from 'react';
import { bidiSegments, checkFileName, hasBidiControls } from './safe-text';
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
            title={`This name contains hidden direction characters, shown here as ⟪…⟫ markers. They make text display in another order than it is written, which can disguise what a file really is.${realType ? ` This file's real type is ${realType}.` : ''}`}
          >
            <span aria-hidden="true">⚠ </span>
            <span className="visually-hidden">This name contains </span>
            hidden direction characters{realType && `, real type ${realType}`}
          </span>
        </>
      )}
    </span>
  );
}
