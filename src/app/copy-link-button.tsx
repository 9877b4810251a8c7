import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/use-i18n';

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; url: string };

/**
 * "Salin tautan": the address of the view as it is now (every filter is in it). Where the
 * clipboard is refused (an insecure origin, a denied permission) the link is shown selected, to
 * copy by hand.
 */
export function CopyLinkButton() {
  const { t } = useI18n();
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();

  useEffect(() => {
    if (state.kind === 'manual') inputRef.current?.select();
    if (state.kind !== 'copied') return;
    const timer = setTimeout(() => setState({ kind: 'idle' }), 4000);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = () => {
    const url = window.location.href;
    const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
    if (!clipboard) {
      setState({ kind: 'manual', url });
      return;
    }
    clipboard.writeText(url).then(
      () => setState({ kind: 'copied' }),
      () => setState({ kind: 'manual', url }),
    );
  };

  return (
    <div className="copy-link">
      <button type="button" onClick={copy}>
        {t('share.copyLink')}
      </button>
      <span role="status" className={state.kind === 'copied' ? 'copy-link-status' : 'visually-hidden'}>
        {state.kind === 'copied' ? t('share.copied') : ''}
      </span>
      {state.kind === 'manual' && (
        <span className="copy-link-manual">
          <label htmlFor={inputId}>{t('share.copyManually')}</label>
          <input
            id={inputId}
            ref={inputRef}
            type="text"
            readOnly
            value={state.url}
            onBlur={() => setState({ kind: 'idle' })}
          />
        </span>
      )}
    </div>
  );
}
