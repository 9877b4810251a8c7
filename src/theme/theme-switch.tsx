import { useId } from 'react';
import type { MessageKey } from '../i18n/messages-id';
import { useI18n } from '../i18n/use-i18n';
import { THEME_CHOICES, type ThemeChoice } from './theme-choice';

const LABEL: Record<ThemeChoice, MessageKey> = {
  system: 'theme.system',
  light: 'theme.light',
  dark: 'theme.dark',
  contrast: 'theme.contrast',
};

/** Light, dark, high contrast (projectors) or whatever the operating system asks for. */
export function ThemeSwitch({
  value,
  onChange,
}: {
  value: ThemeChoice;
  onChange: (theme: ThemeChoice) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="theme-switch">
      <label htmlFor={id}>{t('theme.label')}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const next = THEME_CHOICES.find((choice) => choice === event.target.value);
          if (next) onChange(next);
        }}
      >
        {THEME_CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {t(LABEL[choice])}
          </option>
        ))}
      </select>
    </div>
  );
}
