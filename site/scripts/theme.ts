/** The dark-mode switch: see ThemeToggle.astro. */
const KEY = 'theme';

export function setUpThemeToggle(): void {
  const root = document.documentElement;
  const media = matchMedia('(prefers-color-scheme: dark)');
  const system = () => (media.matches ? 'dark' : 'light');
  const effective = () => root.dataset['theme'] ?? system();

  const show = () => {
    const dark = effective() === 'dark';
    for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
      button.setAttribute('aria-pressed', String(dark));
      button.title = (dark ? button.dataset['labelLight'] : button.dataset['labelDark']) ?? '';
    }
  };

  const choose = (theme: 'light' | 'dark') => {
    if (theme === system()) {
      delete root.dataset['theme'];
      localStorage.removeItem(KEY);
    } else {
      root.dataset['theme'] = theme;
      localStorage.setItem(KEY, theme);
    }
    show();
  };

  for (const button of document.querySelectorAll('[data-theme-toggle]'))
    button.addEventListener('click', () => choose(effective() === 'dark' ? 'light' : 'dark'));
  media.addEventListener('change', show);
  // Another tab changed the choice.
  addEventListener('storage', (event) => {
    if (event.key !== KEY) return;
    if (event.newValue === 'light' || event.newValue === 'dark') root.dataset['theme'] = event.newValue;
    else delete root.dataset['theme'];
    show();
  });
  show();
}
