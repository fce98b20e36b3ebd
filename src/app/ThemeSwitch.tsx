import { useEffect, useId } from 'react';
import { THEMES, usePrefsStore, type Theme } from '../state/prefs';

const LABEL: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/** Light or dark, following the system unless the person picks one; remembered in this browser. */
export function ThemeSwitch() {
  const theme = usePrefsStore((s) => s.theme);
  const setTheme = usePrefsStore((s) => s.setTheme);
  const id = useId();
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
  return (
    <div className="theme-switch">
      <label htmlFor={id}>Theme</label>
      <select id={id} value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
        {THEMES.map((t) => (
          <option key={t} value={t}>
            {LABEL[t]}
          </option>
        ))}
      </select>
    </div>
  );
}
