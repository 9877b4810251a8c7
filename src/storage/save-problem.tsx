import { useI18n } from '../i18n/use-i18n';
import { useUnsaved } from './persisted-store';

/**
 * Beside a control that changes something kept in this browser: says, where the person acted,
 * that the change could not be saved and lasts only until the tab is closed.
 */
export function SaveProblem({ storageKey, id }: { storageKey: string; id?: string }) {
  const { t } = useI18n();
  const problem = useUnsaved(storageKey);
  if (!problem) return null;
  return (
    <span id={id} className="save-problem" role="alert">
      {t(
        problem === 'quota'
          ? 'storage.notSaved.quota'
          : problem === 'blocked'
            ? 'storage.notSaved.blocked'
            : 'storage.notSaved.unknown',
      )}
    </span>
  );
}
